/**
 * Test-side measures of a draft, independent of the importer's code: the
 * printed (diplomatic) text of a TEI document's `text`, rendered from the
 * XML by the conventions of docs/encoding.md, and the tagged phenomena with
 * the word span each covers. Comparing two documents' phenomena over the
 * same source words gives recall and precision per phenomenon.
 */
import { parseXml } from '../../src/parse/parse-xml.js';
import { getAttribute, type XmlElement, type XmlNode } from '../../src/parse/xml-tree.js';
import { words } from '../helpers/words.js';

export const PHENOMENA = ['sic', 'supplied', 'abbr', 'stamp', 'remark', 'speech', 'name', 'date', 'measure', 'opener', 'closer'] as const;
export type Phenomenon = (typeof PHENOMENA)[number];

/** One tagged occurrence: which phenomenon, which words of the text it covers, and its identifying value. */
export interface Occurrence {
  phenomenon: Phenomenon;
  /** Word indices in the document's diplomatic text, end exclusive. */
  start: number;
  end: number;
  value: string;
}

const BLOCKS = new Set(['p', 'head', 'opener', 'closer', 'item', 'dateline', 'signed', 'label', 'speaker', 'div', 'list', 'listPerson', 'person', 'occupation', 'sp', 'said', 'stage', 'body', 'back', 'note']);

function kind(e: XmlElement): { phenomenon: Phenomenon; value: string } | undefined {
  const a = (name: string) => getAttribute(e, name) ?? '';
  const parent = e.parent.type === 'element' ? e.parent.local : '';
  switch (e.local) {
    case 'sic': return parent === 'choice' ? undefined : { phenomenon: 'sic', value: '' };
    case 'supplied': return { phenomenon: 'supplied', value: '' };
    case 'choice': return e.children.some((c) => c.type === 'element' && c.local === 'abbr') ? { phenomenon: 'abbr', value: '' } : undefined;
    case 'stamp': return { phenomenon: 'stamp', value: '' };
    case 'note': return a('type') === 'authorial' ? { phenomenon: 'remark', value: '' } : undefined;
    case 'said': case 'sp': return a('who') ? { phenomenon: 'speech', value: a('who') } : undefined;
    case 'persName': case 'placeName': case 'orgName': return a('ref') ? { phenomenon: 'name', value: `${e.local} ${a('ref')}` } : undefined;
    case 'date': return a('when') ? { phenomenon: 'date', value: a('when') } : undefined;
    case 'measure': return { phenomenon: 'measure', value: `${a('quantity')} ${a('unit')}` };
    case 'opener': case 'closer': return { phenomenon: e.local, value: '' };
    default: return undefined;
  }
}

/** Renders `node` as printed, recording each phenomenon's character span in `out`. */
interface Rendering {
  text: string;
  marks: { phenomenon: Phenomenon; value: string; from: number; to: number }[];
  /** Footnotes, printed after the text as on the page. */
  foot: XmlElement[];
}

function render(node: XmlNode, out: Rendering): void {
  if (node.type === 'text') {
    out.text += node.value;
    return;
  }
  if (node.type !== 'element') return;
  const e = node;
  const a = (name: string) => getAttribute(e, name) ?? '';
  if ((e.local === 'note' && a('type') === 'editorial') || (e.local === 'gap' && !e.children.length)) return;
  if (e.local === 'note' && a('place') === 'foot' && a('n') && !out.foot.includes(e)) {
    // The marker is printed where the note is anchored; the note itself after the text.
    out.text += a('n');
    out.foot.push(e);
    return;
  }
  const k = kind(e);
  const from = out.text.length;
  const children = (nodes: readonly XmlNode[] = e.children) => nodes.forEach((c) => render(c, out));
  const labelled = e.children.some((c) => c.type === 'element' && c.local === 'seg' && getAttribute(c, 'type') === 'label');
  if (BLOCKS.has(e.local)) out.text += ' ';
  switch (e.local) {
    case 'choice': {
      const expan = e.children.find((c): c is XmlElement => c.type === 'element' && c.local === 'expan');
      children(expan ? [expan] : e.children.filter((c) => c.type === 'element' && ['sic', 'orig'].includes(c.local)));
      break;
    }
    case 'ex': case 'supplied':
      out.text += '[';
      children();
      out.text += ']';
      break;
    case 'sic':
      children();
      if (k) out.text += ' [sic]';
      break;
    case 'stamp': case 'add':
      out.text += labelled ? '[' : e.local === 'stamp' ? '[stamp] ' : '[handwritten] ';
      children();
      if (labelled) out.text += ']';
      break;
    case 'unclear':
      out.text += '[[';
      children();
      out.text += ']]';
      break;
    case 'gap':
      out.text += '[';
      children();
      out.text += ']';
      break;
    case 'lb':
      out.text += ' ';
      break;
    default:
      if (e.local === 'note' && a('n')) out.text += ` ${a('n')} `;
      children();
  }
  if (BLOCKS.has(e.local)) out.text += ' ';
  if (k) out.marks.push({ ...k, from, to: out.text.length });
}

/** The diplomatic words of a TEI document's `text` element and its phenomena, by word index. */
export function readPhenomena(xml: string): { words: string[]; occurrences: Occurrence[] } {
  const { document } = parseXml('document.xml', xml);
  if (!document) throw new Error('the document is not well-formed');
  const text = document.root.children.find((c): c is XmlElement => c.type === 'element' && c.local === 'text');
  const out: Rendering = { text: '', marks: [], foot: [] };
  if (text) render(text, out);
  for (let i = 0; i < out.foot.length; i++) render(out.foot[i]!, out);
  const tokens = [...out.text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const firstAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const occurrences = out.marks.map((m) => {
    const start = firstAtOrAfter(m.from);
    let end = start;
    while (end < tokens.length && tokens[end]!.end <= m.to) end++;
    return { phenomenon: m.phenomenon, value: m.value, start, end };
  });
  return { words: words(out.text), occurrences };
}

/** For each word of `from`, its index in `to` under a longest common subsequence (-1 when unmatched). */
export function alignWords(from: readonly string[], to: readonly string[]): Int32Array {
  const n = from.length;
  const m = to.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = from[i] === to[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const map = new Int32Array(n).fill(-1);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (from[i] === to[j]) map[i++] = j++;
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return map;
}

/** Occurrences with their word spans moved to the words of `source`. */
export function inSourceWords(doc: { words: string[]; occurrences: Occurrence[] }, source: readonly string[]): Occurrence[] {
  const map = alignWords(doc.words, source);
  return doc.occurrences.map((o) => {
    let s = o.start;
    while (s < o.end && map[s] === -1) s++;
    let e = o.end - 1;
    while (e >= s && map[e] === -1) e--;
    return { ...o, start: s < o.end ? map[s]! : -1, end: e >= s ? map[e]! + 1 : -1 };
  });
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
}

const score = (expected: number, found: number, matched: number): Score => ({ expected, found, matched, recall: expected ? matched / expected : 1, precision: found ? matched / found : 1 });

/** Recall and precision of `found` against `expected`, per phenomenon and overall: an occurrence matches when phenomenon, words and value agree. */
export function compare(expected: readonly Occurrence[], found: readonly Occurrence[]): Record<Phenomenon | 'overall', Score> {
  const key = (o: Occurrence) => `${o.phenomenon}|${o.start}|${o.end}|${o.value}`;
  const pool = new Map<string, number>();
  for (const o of expected) pool.set(key(o), (pool.get(key(o)) ?? 0) + 1);
  const matched = new Map<Phenomenon, number>();
  for (const o of found) {
    const n = pool.get(key(o)) ?? 0;
    if (n > 0) {
      pool.set(key(o), n - 1);
      matched.set(o.phenomenon, (matched.get(o.phenomenon) ?? 0) + 1);
    }
  }
  const result = {} as Record<Phenomenon | 'overall', Score>;
  let [e, f, m] = [0, 0, 0];
  for (const p of PHENOMENA) {
    const pe = expected.filter((o) => o.phenomenon === p).length;
    const pf = found.filter((o) => o.phenomenon === p).length;
    const pm = matched.get(p) ?? 0;
    result[p] = score(pe, pf, pm);
    [e, f, m] = [e + pe, f + pf, m + pm];
  }
  result.overall = score(e, f, m);
  return result;
}
