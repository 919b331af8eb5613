/**
 * The parse stage: decoded text in, a positioned tree out, or well-formedness
 * diagnostics with `file:line:col`. saxes does the XML parsing (strict,
 * namespace-aware); this module keeps offsets on every node and turns saxes'
 * terse errors into messages that say what was found and what was expected.
 */
import { SaxesParser, type SaxesTagNS, type SaxesAttributeNS } from 'saxes';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from './line-index.js';
import { NamespaceScopes } from './namespace-scopes.js';
import { readDoctype } from './read-doctype.js';
import { expandEntities, DEFAULT_EXPANSION_LIMITS, type ExpansionLimits } from './expand-entities.js';
import { explainSaxesError, type EndTagMismatch } from './explain-wf-error.js';
import type { XmlDocument, XmlElement, XmlParent, XmlDeclaration } from './xml-tree.js';

/** Thrown from the error handler to end the parse early. */
class StopParsing extends Error {}

/** Shared by every element that declares no namespace (most of them): never written to. */
const NO_DECLARATIONS: Record<string, string> = Object.freeze({}) as Record<string, string>;

export interface ParseOptions {
  /** Bounds on DOCTYPE entity expansion. */
  expansionLimits?: ExpansionLimits;
  /**
   * When `text` was derived from another text (XInclude splices), where its
   * offsets come from: node offsets and diagnostics refer to `origin.text`.
   */
  origin?: { text: string; toOriginal(offset: number): number };
}

export interface ParseResult {
  /** The tree; absent when the text is not well-formed. */
  document?: XmlDocument;
  /**
   * The text to hand to XSLT: the source with internal entities expanded and
   * the DOCTYPE removed (saxon-js expands no DTD entities). Absent when not well-formed.
   */
  transformText?: string;
  diagnostics: Diagnostic[];
}

/** Parses `text` (already decoded) of the file `file` (the name used in diagnostics). */
export function parseXml(file: string, text: string, options: ParseOptions = {}): ParseResult {
  const lines = new LineIndex(options.origin?.text ?? text);
  const fromOrigin = options.origin ? (offset: number) => options.origin!.toOriginal(offset) : (offset: number) => offset;
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => ({ file, ...lines.locate(fromOrigin(offset)) });

  const { doctype, problems } = readDoctype(text);
  let parsedText = text;
  let toOriginal = (offset: number) => offset;
  if (doctype && (doctype.internalEntities.size > 0 || doctype.externalEntities.size > 0)) {
    const expansion = expandEntities(text, doctype, options.expansionLimits ?? DEFAULT_EXPANSION_LIMITS);
    problems.push(...expansion.problems);
    if (!expansion.complete) {
      for (const p of problems) diagnostics.push(diagnostic(p.severity, 'wf', p.ruleId, p.message, at(p.offset)));
      return { diagnostics };
    }
    parsedText = expansion.text;
    toOriginal = expansion.toOriginal;
  }
  if (options.origin) {
    const expanded = toOriginal;
    toOriginal = (offset: number) => fromOrigin(expanded(offset));
  }
  for (const p of problems) diagnostics.push(diagnostic(p.severity, 'wf', p.ruleId, p.message, at(p.offset)));

  const parser = new SaxesParser({ xmlns: true, position: true });
  const documentChildren: XmlDocument['children'] = [];
  const documentNode = { type: 'document', children: documentChildren } as unknown as XmlDocument;
  const stack: XmlParent[] = [documentNode];
  let xmlDeclaration: XmlDeclaration | undefined;
  // Positions of the current start tag's attributes, in document order (reused from tag to tag).
  const attributeNames: string[] = [];
  const attributeOffsets: number[] = [];
  let cursor = 0;
  let firstError: { message: string; position: number } | undefined;
  let mismatch: EndTagMismatch | undefined;
  let lastOpenTagEnd = -1;
  const top = () => stack[stack.length - 1]!;
  const orig = toOriginal;
  const scopes = new NamespaceScopes();

  parser.on('xmldecl', (decl) => {
    xmlDeclaration = { version: decl.version ?? '1.0' };
    if (decl.encoding !== undefined) xmlDeclaration.encoding = decl.encoding;
    if (decl.standalone !== undefined) xmlDeclaration.standalone = decl.standalone;
    cursor = parser.position;
  });
  parser.on('opentagstart', () => {
    attributeNames.length = 0;
    attributeOffsets.length = 0;
  });
  parser.on('attribute', (attr: SaxesAttributeNS) => {
    // saxes reports the position after the closing quote; walk back to the name.
    // (Namespaces are resolved only at opentag, so only the position is taken here.)
    const end = parser.position;
    const quote = parsedText[end - 1]!;
    const valueStart = parsedText.lastIndexOf(quote, end - 2);
    const nameStart = parsedText.lastIndexOf(attr.name, valueStart);
    attributeNames.push(attr.name);
    attributeOffsets.push(orig(nameStart < 0 ? valueStart : nameStart));
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    scopes.enter(tag);
    const startTagEnd = parser.position;
    // '<' cannot occur inside a start tag (attribute values must escape it), so the last one is ours.
    const start = parsedText.lastIndexOf('<', startTagEnd - 1);
    const parent = top();
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes: [],
      children: [],
      parent,
      namespaceDeclarations: NO_DECLARATIONS,
      start: orig(start),
      startTagEnd: orig(startTagEnd),
      end: orig(startTagEnd),
    };
    for (let i = 0; i < attributeNames.length; i++) {
      const attr = tag.attributes[attributeNames[i]!]!;
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') {
        if (element.namespaceDeclarations === NO_DECLARATIONS) element.namespaceDeclarations = {};
        element.namespaceDeclarations[attr.prefix === 'xmlns' ? attr.local : ''] = attr.value;
        continue;
      }
      element.attributes.push({ type: 'attribute', name: attr.name, prefix: attr.prefix, local: attr.local, uri: attr.uri, value: attr.value, start: attributeOffsets[i]!, owner: element });
    }
    parent.children.push(element);
    stack.push(element);
    cursor = startTagEnd;
    lastOpenTagEnd = startTagEnd;
  });
  parser.on('closetag', () => {
    scopes.leave();
    const element = stack.pop() as XmlElement;
    // saxes closes the open element on any end tag and complains afterwards; check the name written.
    if (parser.position !== lastOpenTagEnd && !firstError && !mismatch) {
      const endTag = parsedText.lastIndexOf('</', parser.position - 1);
      const found = /^<\/([^\s>]*)/.exec(parsedText.slice(endTag, endTag + 256))?.[1] ?? '';
      if (found !== element.name) mismatch = { offset: endTag, found, open: { name: element.name, start: element.start } };
    }
    cursor = parser.position;
    element.end = orig(cursor);
  });
  parser.on('text', (value) => {
    const parent = top();
    // Character data outside the root is only white space (anything else is an error saxes reports).
    if (parent.type === 'document') return;
    const end = parsedText[parser.position - 1] === '<' ? parser.position - 1 : parser.position;
    parent.children.push({ type: 'text', value, cdata: false, start: orig(cursor), end: orig(end), parent });
    cursor = end;
  });
  parser.on('cdata', (value) => {
    const parent = top();
    const start = parsedText.lastIndexOf('<![CDATA[', parser.position);
    parent.children.push({ type: 'text', value, cdata: true, start: orig(start), end: orig(parser.position), parent });
    cursor = parser.position;
  });
  parser.on('comment', (value) => {
    const parent = top();
    parent.children.push({ type: 'comment', value, start: orig(parsedText.lastIndexOf('<!--', parser.position)), parent });
    cursor = parser.position;
  });
  parser.on('processinginstruction', (pi) => {
    const parent = top();
    parent.children.push({ type: 'pi', target: pi.target, data: pi.body, start: orig(parsedText.lastIndexOf('<?', parser.position)), parent });
    cursor = parser.position;
  });
  parser.on('doctype', () => {
    cursor = parser.position;
  });
  parser.on('error', (err) => {
    if (firstError) return;
    firstError = { message: err.message, position: parser.position };
    // An unbound prefix is looked up through every open element (the lookup fails): stop at the
    // first one rather than repeat that on every element below it. Its message needs no more.
    if (err.message.includes('unbound namespace prefix')) throw new StopParsing();
  });

  try {
    parser.write(parsedText).close();
  } catch (e) {
    // saxes throws only after an error was already reported through the handler, or on internal faults.
    firstError ??= { message: e instanceof Error ? e.message : String(e), position: parser.position };
  }

  if (firstError) {
    const describe = (offset: number) => {
      const lc = lines.locate(offset);
      return `${lc.line}:${lc.column}`;
    };
    const explained = explainSaxesError(parsedText, firstError.message, firstError.position, stack, describe, mismatch);
    const position = explained.original ? explained.offset : orig(explained.offset);
    diagnostics.push(diagnostic('error', 'wf', explained.ruleId, explained.message, at(position)));
    return { diagnostics };
  }
  const root = documentChildren.find((n): n is XmlElement => n.type === 'element');
  if (!root) {
    diagnostics.push(diagnostic('error', 'wf', 'wf.no-root', 'the document has no root element; expected one element such as <TEI>', at(0)));
    return { diagnostics };
  }
  documentNode.root = root;
  documentNode.locate = (offset: number) => lines.locate(offset);
  if (doctype) documentNode.doctype = doctype;
  if (xmlDeclaration) documentNode.xmlDeclaration = xmlDeclaration;
  const transformText = doctype ? parsedText.slice(0, doctype.start) + parsedText.slice(doctype.end) : parsedText;
  return { document: documentNode, transformText, diagnostics };
}
