/**
 * The exchange copy of a document: what another project's tools can read
 * without ours. XIncludes resolved, internal entities expanded and the
 * DOCTYPE dropped (so nothing outside the file is needed), UTF-8, and
 * `xml-model` pointing at tei_all as the TEI Consortium writes it. Nothing
 * else changes: the text is the document's own text, character for
 * character, so that its line breaks, indentation and attribute quoting
 * survive, and the copy is checked to be canonical-XML-equal to the
 * source (apart from the xml-model declarations) before it is handed out.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseXml } from '../parse/parse-xml.js';
import { namespacesInScope, serializeNode } from '../parse/serialize-xml.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import type { XmlDocument, XmlElement } from '../parse/xml-tree.js';
import { TEI_ALL_URL } from '../validate/resolve-schemas.js';
import { canonicalDocument, canonicalElement, firstDifference } from './canonical-xml.js';

export { TEI_ALL_URL };

/** The two declarations TEI's own tools (Roma, the TEI stylesheets) write: RELAX NG, and the Schematron embedded in it. */
export const TEI_ALL_XML_MODELS = [
  `<?xml-model href="${TEI_ALL_URL}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
  `<?xml-model href="${TEI_ALL_URL}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`,
];

/** True for the processing instructions the exchange copy replaces. */
export const isXmlModel = (target: string) => target === 'xml-model';

export interface ExchangeCopy {
  /** The copy's text (to be written as UTF-8); absent when the copy could not be made faithfully. */
  text?: string;
  /** The copy, parsed: what collections are assembled from. */
  document?: XmlDocument;
  diagnostics: Diagnostic[];
}

/** The XML declaration the copy gets: the source's version and standalone, encoding UTF-8. */
function xmlDeclaration(document: XmlDocument): string {
  const version = document.xmlDeclaration?.version ?? '1.0';
  const standalone = document.xmlDeclaration?.standalone;
  return `<?xml version="${version}" encoding="UTF-8"${standalone ? ` standalone="${standalone}"` : ''}?>`;
}

/**
 * Splits `text` (a document without DOCTYPE) into its prolog items and the
 * rest from the root's `<` on. Each prolog item is a comment or a processing
 * instruction; white space between them is dropped, the XML declaration skipped.
 */
function splitProlog(text: string): { items: string[]; rest: string } {
  const items: string[] = [];
  const item = /[ \t\r\n]*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/y;
  let pos = 0;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    pos = item.lastIndex;
    if (!/^<\?xml[ \t\r\n?]/.test(m[1]!)) items.push(m[1]!);
  }
  const rest = text.slice(pos).replace(/^[ \t\r\n]+/, '');
  return { items, rest };
}

/** Compares the copy with what it was made from; a diagnostic when they differ. */
function verify(file: string, expected: string, copyText: string, canonicalOf: (d: XmlDocument) => string): { document?: XmlDocument; problem?: Diagnostic } {
  const reparsed = parseXml(file, copyText);
  if (!reparsed.document) {
    const reason = reparsed.diagnostics[0]?.message ?? 'not well-formed';
    return { problem: diagnostic('error', 'io', 'export.copy-malformed', `the exchange copy would not be well-formed (${reason}); expected well-formed XML, so nothing was written for this document`, { file }) };
  }
  const difference = firstDifference(expected, canonicalOf(reparsed.document));
  if (difference) {
    return {
      problem: diagnostic('error', 'io', 'export.copy-differs',
        `the exchange copy would differ from the source at canonical offset ${difference.offset}: found ${JSON.stringify(difference.found)}, expected ${JSON.stringify(difference.expected)}; nothing was written for this document`, { file }),
    };
  }
  return { document: reparsed.document };
}

const withoutXmlModels = (document: XmlDocument) => canonicalDocument(document, { skipPi: isXmlModel });

/**
 * The exchange copy of a whole document (already XInclude-resolved). Its
 * text is `parsed.xmlText` (entities expanded, DOCTYPE removed) with a new
 * prolog: UTF-8 declaration, the tei_all declarations, then the source's
 * other prolog comments and processing instructions in their order.
 */
export function exchangeCopy(parsed: ParsedDocument): ExchangeCopy {
  const { items, rest } = splitProlog(parsed.xmlText);
  const kept = items.filter((i) => !/^<\?xml-model[ \t\r\n?]/.test(i));
  const text = [xmlDeclaration(parsed.document), ...TEI_ALL_XML_MODELS, ...kept, rest].join('\n');
  const { document, problem } = verify(parsed.source.file, withoutXmlModels(parsed.document), text, withoutXmlModels);
  return problem ? { diagnostics: [problem] } : { text: ensureFinalNewline(text), ...(document ? { document } : {}), diagnostics: [] };
}

/**
 * The exchange copy of one `TEI` element inside a larger document (a member
 * of a teiCorpus): the element on its own, with every namespace in scope
 * declared on it, so that it means what it meant inside the corpus.
 */
export function exchangeCopyOfElement(file: string, element: XmlElement, xmlVersion = '1.0'): ExchangeCopy {
  const body = serializeNode(element, { rootNamespaces: namespacesInScope(element) });
  const text = [`<?xml version="${xmlVersion}" encoding="UTF-8"?>`, ...TEI_ALL_XML_MODELS, body].join('\n');
  const { document, problem } = verify(file, canonicalElement(element), text, (d) => canonicalElement(d.root));
  return problem ? { diagnostics: [problem] } : { text: ensureFinalNewline(text), ...(document ? { document } : {}), diagnostics: [] };
}

function ensureFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
