/**
 * Feeds the RELAX NG {@link Matcher} from a document's events (start tag with
 * its attributes, text, end tag), whoever produces them: the walk of a parsed
 * tree (validate-rng.ts) or the parser's event stream (validate-stream.ts).
 * Errors are located where jing locates them: at the end of the tag, or for
 * stray text at the end of the line-sized chunk the XML parser would have
 * delivered it in. That keeps first-error lines equal to jing's.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LineColumn } from '../parse/line-index.js';
import type { XmlAttribute, XmlElement, XmlText } from '../parse/xml-tree.js';
import type { CompiledSchema } from './compiled-schema.js';
import { quote } from './describe-expected.js';
import { Matcher, type MatchError } from './matcher.js';
import { nameKey } from './name-class.js';
import { attributeUri, resolvePrefix } from './xml-names.js';

/**
 * What the validator needs from the producer of events besides the nodes:
 * where offsets are, and the XPath of a node (the producer knows positions;
 * on a stream the elements keep their parent but not their siblings).
 */
export interface RngPlaces {
  /** The line and column of an offset in the source. */
  locate(offset: number): LineColumn;
  /** The XPath of `node`, while it is open (or, for a tree, at any time). */
  xpathOf(node: XmlElement | XmlAttribute): string;
  /** A way to compute the XPath of `attribute` after its element has closed (for the deferred ID diagnostics). */
  laterXpathOf(attribute: XmlAttribute): () => string;
}

/** Resolves prefixes in scope at `element`, for QName-valued data. */
class ElementContext {
  element: XmlElement | undefined;
  resolvePrefix(prefix: string): string | undefined {
    return this.element ? resolvePrefix(this.element, prefix) : undefined;
  }
}

/** Where an ID-typed value was seen: kept located, since the stream forgets nodes as it goes. */
interface IdOccurrence {
  at: LineColumn;
  xpath: () => string;
}

/** Validates one document's events against a compiled schema; `finish` gives the diagnostics. */
export class RngEventValidator {
  private readonly out: Diagnostic[] = [];
  private readonly m: Matcher;
  private buffering = false;
  private buffer = '';
  private readonly ids = new Map<string, IdOccurrence>();
  private readonly idrefs: { token: string; occurrence: IdOccurrence }[] = [];
  /** One reusable namespace context (values are checked one at a time), pointed at the current element. */
  private readonly valueContext = new ElementContext();

  constructor(private readonly schema: CompiledSchema, private readonly file: string, private readonly places: RngPlaces) {
    this.m = new Matcher(schema.derivatives);
  }

  /** The schema-level problem that makes validation pointless, if any (reported instead of validating). */
  schemaProblem(): Diagnostic | undefined {
    if (!this.schema.start.isNotAllowed) return undefined;
    return diagnostic('error', 'rng', 'rng.schema-error', 'the schema allows nothing: its start pattern is equivalent to <notAllowed/>', { file: this.file });
  }

  private report(err: MatchError | null, offset: number, node?: XmlElement | XmlAttribute): void {
    if (!err) return;
    const where: { file: string; line: number; column: number; xpath?: string } = { file: this.file, ...this.places.locate(offset) };
    if (node) where.xpath = this.places.xpathOf(node);
    this.out.push(diagnostic('error', 'rng', err.ruleId, err.message, where));
  }

  private context(el: XmlElement): ElementContext {
    this.valueContext.element = el;
    return this.valueContext;
  }

  /** A start tag, with its attributes (namespace declarations apart) and its `startTagEnd` offset. */
  startElement(el: XmlElement): void {
    const m = this.m;
    const at = el.startTagEnd;
    if (this.buffering) {
      this.buffering = false;
      this.report(m.textBeforeStartTag(this.buffer, el.parent.type === 'element' ? el.parent : undefined), at);
    }
    this.report(m.startTagOpen(el.uri, el.local, el.name, el), at, el);
    for (const a of el.attributes) {
      this.report(m.attributeName(attributeUri(a), a.local, a.name, el), at, a);
      this.report(m.attributeValue(a.value, a.name, this.context(el)), at, a);
      this.checkId(el, a);
    }
    this.report(m.startTagClose(el.name, el), at, el);
    if (m.textTyped) {
      this.buffering = true;
      this.buffer = '';
    }
  }

  /** The end tag of `el` (its `end` offset set). */
  endElement(el: XmlElement): void {
    const m = this.m;
    if (this.buffering) {
      this.buffering = false;
      if (this.buffer.length > 0) this.report(m.textBeforeEndTag(this.buffer, el.name, this.context(el), el), el.end, el);
    }
    this.report(m.endTag(el.name, this.context(el), el), el.end, el);
  }

  /**
   * Text in `parent`. Untyped text is matched chunk by chunk as Xerces
   * delivers it to jing: a chunk runs up to (not including) the next line
   * break, and a run of `]` is a chunk of its own (outside CDATA), so an error
   * is reported at the end of the offending chunk, and once per offending chunk.
   */
  text(node: XmlText, parent: XmlElement): void {
    const v = node.value;
    if (this.buffering) {
      this.buffer += v;
      return;
    }
    // Fast path: blank text is ignored, and where text is allowed and matching it changes nothing
    // (the usual mixed content), every chunk would match the same way: no need to split it.
    if (!NON_BLANK.test(v)) return;
    if (this.m.textIsStable()) return;
    let chunkStart = 0;
    for (let i = 0; i <= v.length; i++) {
      const atBoundary = i === v.length || (i > 0 && isChunkBoundary(v.charCodeAt(i - 1), v.charCodeAt(i), node.cdata));
      if (!atBoundary) continue;
      if (i > chunkStart && !isBlankRange(v, chunkStart, i)) this.report(this.m.untypedText(parent), this.offsetInText(node, i), parent);
      chunkStart = i;
    }
  }

  /** The end of the document: references to IDs are checked, and every diagnostic returned. */
  finish(): Diagnostic[] {
    for (const ref of this.idrefs) {
      if (this.ids.has(ref.token)) continue;
      this.out.push(diagnostic('error', 'rng', 'rng.missing-id', `IDREF ${quote(ref.token)} has no matching ID; expected an element with that ID in this document`, { file: this.file, ...ref.occurrence.at, xpath: ref.occurrence.xpath() }));
    }
    this.idrefs.length = 0;
    return this.out;
  }

  /** The source offset of index `i` of a text node's value (exact unless entity references changed its length). */
  private offsetInText(node: XmlText, i: number): number {
    // Xerces ends the last chunk of a CDATA section before its closing `>`.
    if (i >= node.value.length) return node.cdata ? node.end - 1 : node.end;
    const start = node.cdata ? node.start + '<![CDATA['.length : node.start;
    const raw = node.cdata ? node.end - start - ']]>'.length : node.end - start;
    if (raw === node.value.length) return start + i;
    // Lengths differ (CRLF or references): count lines, then columns from the last line break.
    const before = node.value.lastIndexOf('\n', i - 1);
    if (before < 0) return start + i;
    const lines = countNewlines(node.value, i);
    const startLine = this.places.locate(start).line;
    return this.offsetOfLineColumn(startLine + lines, i - before, node);
  }

  private offsetOfLineColumn(line: number, column: number, node: XmlText): number {
    // Binary search for the offset whose line is `line` within the node's span.
    let lo = node.start;
    let hi = node.end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.places.locate(mid).line < line) lo = mid + 1;
      else hi = mid;
    }
    return lo + column - 1;
  }

  private checkId(el: XmlElement, a: XmlAttribute): void {
    if (!this.schema.idAttributeLocals.has(a.local)) return; // most attributes are never ID-typed
    const type = this.schema.idTypes.get(`${nameKey(el.uri, el.local)} ${nameKey(attributeUri(a), a.local)}`);
    if (!type) return;
    const tokens = a.value.split(/[ \t\n\r]+/).filter((t) => t !== '');
    if (type === 'ID') {
      if (tokens.length !== 1) return; // the datatype check has already reported it
      const token = tokens[0]!;
      const first = this.ids.get(token);
      if (!first) {
        this.ids.set(token, this.occurrence(el, a));
        return;
      }
      const where = { file: this.file, ...this.places.locate(el.startTagEnd), xpath: this.places.xpathOf(a) };
      this.out.push(diagnostic('error', 'rng', 'rng.duplicate-id', `ID ${quote(token)} has already been defined; expected each xml:id value to be unique`, where));
      // jing points back to the first occurrence after every duplicate.
      this.out.push(diagnostic('error', 'rng', 'rng.duplicate-id', `first occurrence of ID ${quote(token)}`, { file: this.file, ...first.at, xpath: first.xpath() }));
      return;
    }
    if (tokens.length === 0) return;
    const occurrence = this.occurrence(el, a);
    for (const token of tokens) this.idrefs.push({ token, occurrence });
  }

  private occurrence(el: XmlElement, a: XmlAttribute): IdOccurrence {
    return { at: this.places.locate(el.startTagEnd), xpath: this.places.laterXpathOf(a) };
  }
}

/** Where Xerces ends one character chunk and starts the next: before a line break, and around runs of `]`. */
const NON_BLANK = /[^ \t\n\r]/;

function isChunkBoundary(previous: number, current: number, cdata: boolean): boolean {
  if (current === 0x0a) return previous !== 0x0a;
  if (cdata) return false;
  return (current === 0x5d) !== (previous === 0x5d);
}

function isBlankRange(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

function countNewlines(s: string, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
