/**
 * Well-formedness and RELAX NG on the parser's event stream, with no tree:
 * the source is read and decoded a chunk at a time, saxes turns each chunk
 * into events, and the RELAX NG validator takes them as they come. What is
 * kept is a spine of the open elements (parent links and, per element, how
 * many children of each name it has had, for the XPaths of diagnostics), the
 * line starts, and what RELAX NG itself must remember (IDs): memory grows
 * with the schema and the depth, not with the document.
 *
 * The diagnostics are those of the tree path (load → parse → validate), to
 * the message, line, column and XPath. Whatever the tree path explains or
 * transforms first makes this path give up and return undefined, so that the
 * caller runs the tree path instead: bytes that do not decode cleanly, a
 * DOCTYPE (entities), an XInclude, a well-formedness error, or markup too
 * long to find its start in the window of text kept.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { diagnostic, type Diagnostic, type ValidationLayer } from '../diagnostics/diagnostic.js';
import { openSourceChunks } from '../load/read-source-chunks.js';
import { LineIndex } from '../parse/line-index.js';
import { NamespaceScopes } from '../parse/namespace-scopes.js';
import { XI_NS, type XmlDocument, type XmlElement, type XmlParent, type XmlProcessingInstruction, type XmlText } from '../parse/xml-tree.js';
import { compiledOrProblem, internalError } from '../relaxng/validate-rng.js';
import { RngEventValidator } from '../relaxng/rng-event-validator.js';
import { appendAll } from '../util/append-all.js';
import { detectTeiP4 } from './detect-tei-p4.js';
import { resolveSchemas, type SchemaSubject } from './resolve-schemas.js';
import { NO_STEP, nextStep, spinePlaces, type SpineElement } from './spine-paths.js';
import type { ValidateOptions } from './validate-document.js';
import { oddOptions, ValidationSession } from './validation-session.js';

/** The layers that run on the stream; any other needs the tree. */
const STREAM_LAYERS: ReadonlySet<ValidationLayer> = new Set<ValidationLayer>(['wf', 'rng']);

/** Whether `layers` can all run on the event stream (only when given: the default is every layer). */
export function streamsLayers(layers: readonly ValidationLayer[] | undefined): boolean {
  return layers !== undefined && layers.every((l) => STREAM_LAYERS.has(l));
}

export interface StreamOptions extends ValidateOptions {
  /** Whether XIncludes would be expanded (default true): a document with one then takes the tree path. */
  xinclude?: boolean;
  /** Called after each chunk read, with the bytes read so far and the file's size. */
  onBytes?: (read: number, total: number) => void;
}

export interface StreamResult {
  diagnostics: Diagnostic[];
  /** Absolute paths of the source and its schemas. */
  inputs: string[];
}

type StreamEvent = { kind: 'start'; el: SpineElement } | { kind: 'text'; node: XmlText; parent: SpineElement } | { kind: 'end'; el: SpineElement };

/** Thrown from a handler to stop reading: the tree path takes over. */
class GiveUp extends Error {}

const NO_CHILDREN: XmlElement['children'] = Object.freeze([]) as unknown as XmlElement['children'];
const NO_DECLARATIONS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Validates `file` with the layers of `options` (which must satisfy
 * {@link streamsLayers}) on the event stream. Returns undefined when the
 * document needs the tree path (see the module's comment); never throws for
 * bad input.
 */
export async function validateStream(file: string, options: StreamOptions): Promise<StreamResult | undefined> {
  const source = await openSourceChunks(file);
  if (!source) return undefined;
  const layers = new Set(options.layers ?? []);
  const wantRng = layers.has('rng');
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  const lines = new LineIndex('');
  const locate = (offset: number) => lines.locate(offset);
  const inputs = [source.path];
  const diagnostics: Diagnostic[] = [];
  const rngDiagnostics: Diagnostic[] = [];

  // The text of the last two chunks, for the few offsets found by searching back (as parse-xml does).
  let window = '';
  let windowStart = 0;
  const charAt = (offset: number) => window[offset - windowStart] ?? '';
  const lastIndexOf = (markup: string, before: number): number => {
    const i = window.lastIndexOf(markup, before - windowStart);
    if (i < 0) throw new GiveUp('markup longer than the window');
    return windowStart + i;
  };

  const prolog: XmlProcessingInstruction[] = [];
  const documentNode = { type: 'document', children: prolog, locate } as unknown as XmlDocument;
  const stack: XmlParent[] = [documentNode];
  const scopes = new NamespaceScopes();
  let cursor = 0;
  let p4: Diagnostic | undefined;
  /** The schema is being decided (root seen, not loaded yet): events wait in the queue. */
  let schemaPending: string | undefined;
  let validator: RngEventValidator | undefined;
  let queueing = wantRng;
  const queue: StreamEvent[] = [];

  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', () => {
    throw new GiveUp('not well-formed');
  });
  parser.on('doctype', () => {
    throw new GiveUp('a DOCTYPE');
  });
  parser.on('xmldecl', () => {
    cursor = parser.position;
  });
  parser.on('processinginstruction', (pi) => {
    const start = lastIndexOf('<?', parser.position);
    if (stack.length === 1) prolog.push({ type: 'pi', target: pi.target, data: pi.body, start, parent: documentNode });
    cursor = parser.position;
  });
  parser.on('comment', () => {
    cursor = parser.position;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    scopes.enter(tag);
    if (tag.uri === XI_NS && options.xinclude !== false) throw new GiveUp('an XInclude');
    const startTagEnd = parser.position;
    const parent = stack[stack.length - 1]!;
    const isRoot = parent.type === 'document';
    // Only the root's start is ever located (schema and P4 diagnostics); RELAX NG reports at tag ends.
    const start = isRoot ? lastIndexOf('<', startTagEnd - 1) : startTagEnd;
    const step = queueing ? nextStep(parent, tag.uri, tag.local) : NO_STEP;
    const element: SpineElement = {
      type: 'element',
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes: [],
      children: NO_CHILDREN,
      parent,
      namespaceDeclarations: NO_DECLARATIONS,
      start,
      startTagEnd,
      end: startTagEnd,
      step,
      counts: undefined,
    };
    for (const name in tag.attributes) {
      const attr = tag.attributes[name]!;
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') {
        if (element.namespaceDeclarations === NO_DECLARATIONS) element.namespaceDeclarations = {};
        element.namespaceDeclarations[attr.prefix === 'xmlns' ? attr.local : ''] = attr.value;
        continue;
      }
      if (queueing) element.attributes.push({ type: 'attribute', name: attr.name, prefix: attr.prefix, local: attr.local, uri: attr.uri, value: attr.value, start: -1, owner: element });
    }
    stack.push(element);
    cursor = startTagEnd;
    if (isRoot) {
      documentNode.root = element;
      p4 = detectTeiP4(documentNode, file);
      if (p4) queueing = false;
      else if (wantRng) schemaPending = decideSchema({ source: { file, path: source.path }, document: documentNode });
      if (schemaPending === undefined) queueing = false;
    }
    if (queueing) queue.push({ kind: 'start', el: element });
  });
  parser.on('closetag', () => {
    scopes.leave();
    const element = stack.pop() as SpineElement;
    cursor = parser.position;
    element.end = cursor;
    if (queueing) queue.push({ kind: 'end', el: element });
  });
  if (wantRng) {
    parser.on('text', (value) => {
      const parent = stack[stack.length - 1]!;
      // Character data outside the root is only white space (anything else is an error saxes reports).
      if (parent.type === 'document') return;
      const end = charAt(parser.position - 1) === '<' ? parser.position - 1 : parser.position;
      if (queueing) queue.push({ kind: 'text', node: { type: 'text', value, cdata: false, start: cursor, end, parent }, parent: parent as SpineElement });
      cursor = end;
    });
    parser.on('cdata', (value) => {
      const parent = stack[stack.length - 1]!;
      const start = lastIndexOf('<![CDATA[', parser.position);
      if (queueing) queue.push({ kind: 'text', node: { type: 'text', value, cdata: true, start, end: parser.position, parent }, parent: parent as SpineElement });
      cursor = parser.position;
    });
  }

  /** Resolves the schemas at the root (the prolog is complete): returns the RELAX NG schema to load, if any. */
  function decideSchema(subject: SchemaSubject): string | undefined {
    const choice = resolveSchemas(subject, options);
    inputs.push(...[choice.rng ?? [], ...choice.sch].flat());
    diagnostics.push(...choice.diagnostics.filter((d) => layers.has(d.layer as ValidationLayer)));
    return choice.rng;
  }

  const places = spinePlaces(locate);
  const feed = (): void => {
    if (!validator) {
      queue.length = 0;
      return;
    }
    try {
      for (const e of queue) {
        if (e.kind === 'start') validator.startElement(e.el);
        else if (e.kind === 'text') validator.text(e.node, e.parent);
        else validator.endElement(e.el);
      }
    } catch (err) {
      rngDiagnostics.length = 0;
      rngDiagnostics.push(internalError(err, file));
      validator = undefined;
      queueing = false;
    }
    queue.length = 0;
  };

  const loadSchema = async (schemaPath: string): Promise<void> => {
    const { schema, diagnostics: loadProblems } = await session.rng(schemaPath, oddOptions(options));
    diagnostics.push(...loadProblems);
    const compiled = schema ? compiledOrProblem(schema, file) : undefined;
    if (compiled && 'derivatives' in compiled) {
      validator = new RngEventValidator(compiled, file, places);
      const problem = validator.schemaProblem();
      if (problem) {
        rngDiagnostics.push(problem);
        validator = undefined;
      }
    } else if (compiled) rngDiagnostics.push(compiled);
    if (!validator) queueing = false;
  };

  try {
    let offset = 0;
    let lastChunk = '';
    for await (const chunk of source.chunks()) {
      lines.addText(chunk, offset);
      windowStart = offset - lastChunk.length;
      window = lastChunk + chunk;
      lastChunk = chunk;
      offset += chunk.length;
      parser.write(chunk);
      if (schemaPending !== undefined) {
        await loadSchema(schemaPending);
        schemaPending = undefined;
      }
      feed();
      options.onBytes?.(source.bytesRead, source.totalBytes);
    }
    if (source.failed) return undefined;
    parser.close();
    if (schemaPending !== undefined) await loadSchema(schemaPending);
    feed();
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    // Reading failed part way (the file vanished, a disk error): the tree path reports it as load does.
    if ((e as NodeJS.ErrnoException).code !== undefined) return undefined;
    throw e;
  }
  if (!documentNode.root) return undefined;
  const loaded = source.problems.map((p) => diagnostic(p.severity, 'wf', p.ruleId, p.message, { file, ...locate(p.offset) }));
  if (p4) return { diagnostics: [...loaded, p4], inputs: [source.path] };
  if (validator) appendAll(rngDiagnostics, validator.finish());
  return { diagnostics: [...loaded, ...diagnostics, ...rngDiagnostics], inputs: [...new Set(inputs)] };
}
