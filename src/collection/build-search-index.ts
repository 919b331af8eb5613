/**
 * The collection's full-text search, made at build time: an inverted index
 * cut into shards by term, and the passages it finds, written as small
 * scripts in `html/search/` that the index page loads as a query needs them
 * (xslt/collection/assets/search-engine.js). Scripts, not JSON, because a page
 * opened from file:// may load scripts but not fetch files; each calls
 * `teSearchFile(name, data)`.
 *
 * - `search/meta.js`: the counts the ranking needs and the list of the
 *   word shards that exist, loaded with the page.
 * - `search/terms/<shard>.js`: the words whose first three letters name the
 *   shard (search-options.js, keyOf), each with the passages it stands in;
 *   a shard larger than SHARD_BYTES is cut by the next letter (recorded in
 *   meta's list), and the postings of a single word larger than that into
 *   chunks (`<shard>.1.js`, …); a facet term (person, place, keyword) in a
 *   shard of its own, the years in one.
 * - `search/docs/<block>.js`: the page and title of a block of documents.
 * - `search/text/<doc>-<part>.js`: a document's passages, for the snippets,
 *   cut into parts of about PART_CHARACTERS; a longer passage is cut into
 *   pieces of that size, a part each, and the postings say which pieces of
 *   it hold each word, so that a hit loads its piece alone.
 *
 * Documents are numbered in the order of their names, so that editing one
 * changes only its own files and the shards of its words. A search record is
 * a document's "about" (record 0: title, summary, keywords, authors, date,
 * place and every name its index gives the entities it names) or one of its
 * passages (records 1…). Words are cut and folded by search-options.js, the
 * same file the page searches with, run here in a sandbox, so that the index
 * and the queries can never disagree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { packageRoot } from '../package-root.js';
import { partHref, type CollectionModel, type ListedDocument } from './collection-model.js';
import type { DocumentEntry } from './document-entry.js';
import { shardTerms } from './shard-terms.js';

/** The shared search options file, relative to the package. */
export const SEARCH_OPTIONS_FILE = path.join(packageRoot, 'xslt', 'collection', 'assets', 'search-options.js');

/** The folder of the search files, relative to the output folder. */
export const SEARCH_FOLDER = 'html/search';

/** Documents per file of `search/docs/`: a page of 20 results touches up to 20 blocks, so blocks are small. */
export const DOCUMENT_BLOCK = 20;

/** A part of a document's passages holds at most this many characters (a longer passage is cut into pieces of this size). */
export const PART_CHARACTERS = 2_000;

/** A shard file holds at most about this many bytes (a larger one is cut by the next letter, or a word's postings into chunks). */
export const SHARD_BYTES = 64 * 1024;

/** Sizes the search files are cut to (tests make them small to cut small collections). */
export interface SearchLimits {
  partCharacters: number;
  shardBytes: number;
}

/** What search-options.js defines. */
export interface SharedOptions {
  version: number;
  shardOf: (term: string, split?: ReadonlySet<string>) => string;
  keyOf: (term: string, split?: ReadonlySet<string>) => string;
  hexName: (key: string) => string;
  prefixFrom: number;
  titleBoost: number;
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** `search/meta.js`. */
export interface SearchMeta {
  version: number;
  documents: number;
  records: number;
  block: number;
  /**
   * The keys of the word shards that exist, sorted, front-coded: each is the number of characters it shares
   * with the one before (one base-36 digit) and the rest, then "*" and its number of chunks when it has more
   * than one; separated by spaces.
   */
  shards: string;
}

/**
 * One term of a shard: the term, its postings (for each document that has it: the gap from the previous
 * document's number, the number of its records that have it, then their record numbers as gaps, the first
 * from -1), and the documents (as gaps) whose title has it.
 */
export type TermPostings = [term: string, postings: number[], titles: number[]];

/** `search/docs/<block>.js`: per document, its page (relative to html/), title, and the first record of each text part (a passage cut into pieces: its number once per piece). */
export type DocumentInfo = [href: string, title: string, parts: number[]];

/**
 * `search/text/<doc>-<part>.js`: records as [anchor ('' for the about record), place label, text (a piece of a
 * passage: the piece's text alone)], and for a document split into parts (src/pipeline/split-long-page.ts)
 * the page of the part that holds it.
 */
export type Passage = [anchor: string, label: string, text: string, page?: string];

/** A file of the collection, relative to the output folder. */
export interface SearchFile {
  path: string;
  content: string;
}

let shared: SharedOptions | undefined;

/** Loads search-options.js once, in a sandbox of its own. */
export function sharedSearchOptions(): SharedOptions {
  if (!shared) {
    const sandbox: { teSearchOptions?: SharedOptions } = {};
    vm.runInNewContext(readFileSync(SEARCH_OPTIONS_FILE, 'utf8'), sandbox, { filename: SEARCH_OPTIONS_FILE });
    if (!sandbox.teSearchOptions) throw new Error(`${SEARCH_OPTIONS_FILE} defines no teSearchOptions`);
    shared = sandbox.teSearchOptions;
  }
  return shared;
}

/** The folded terms of `text`, as the page cuts and folds a query. */
export function termsOf(text: string, fold: (term: string) => string | null): string[] {
  const out: string[] = [];
  for (const word of sharedSearchOptions().tokenize(text)) {
    const term = fold(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/** A folding function that remembers: folding runs in the sandbox's context, and most words recur. */
function memoFold(): (term: string) => string | null {
  const o = sharedSearchOptions();
  const folded = new Map<string, string | null>();
  return (term) => {
    let f = folded.get(term);
    if (f === undefined) folded.set(term, (f = o.processTerm(term)));
    return f;
  };
}

/** The facet terms of a document: its persons, places, organisations, keywords and year. */
export function facetTerms(doc: ListedDocument): string[] {
  const terms = [
    ...doc.entities.person.map((a) => `~person:${a}`),
    ...doc.entities.place.map((a) => `~place:${a}`),
    ...doc.entities.org.map((a) => `~org:${a}`),
    ...doc.keywords.map((k) => `~keyword:${k.key}`),
  ];
  const year = /^-?\d{4}/.exec(doc.dateIso ?? '');
  if (year) terms.push(`~year:${Number(year[0])}`);
  return terms;
}

/** A script that hands `data` to the page under `name`. */
const script = (name: string, data: unknown) => `teSearchFile(${JSON.stringify(name)},${JSON.stringify(data)});\n`;

/** Where a passage may be cut without cutting a word: beside a character that is not part of one, or between two characters of an unspaced script. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
function cuttable(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before >= 0xd800 && before <= 0xdbff) return false;
  const a = String.fromCodePoint(text.codePointAt(at - 1 - (before >= 0xdc00 && before <= 0xdfff ? 1 : 0))!);
  const b = String.fromCodePoint(text.codePointAt(at)!);
  return !WORD_CHARACTER.test(a) || !WORD_CHARACTER.test(b) || (UNSPACED_CHARACTER.test(a) && UNSPACED_CHARACTER.test(b));
}

/** A passage's text in pieces of at most `size` characters, cut between words (a word longer than that stays whole). */
export function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let at = from + size;
    while (at > from && !cuttable(text, at)) at--;
    if (at === from) for (at = from + size + 1; at < text.length && !cuttable(text, at); at++);
    if (at >= text.length) break;
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** Cuts a document's records (each in its pieces) into parts of at most `size` characters; returns the parts and the first record of each. */
function partsOf(records: readonly (readonly Passage[])[], size: number): { parts: Passage[][]; starts: number[] } {
  const parts: Passage[][] = [];
  const starts: number[] = [];
  let length = Infinity;
  records.forEach((pieces, r) => {
    for (const piece of pieces) {
      if (pieces.length > 1 || length + piece[2].length > size) {
        parts.push([]);
        starts.push(r);
        length = 0;
      }
      parts.at(-1)!.push(piece);
      length = pieces.length > 1 ? Infinity : length + piece[2].length;
    }
  });
  return { parts, starts };
}

/** Builds the search files of the collection: `model` gives the documents, `entries` their passages. */
export function buildSearchFiles(model: CollectionModel, entries: readonly DocumentEntry[], limits: SearchLimits = { partCharacters: PART_CHARACTERS, shardBytes: SHARD_BYTES }): SearchFile[] {
  const o = sharedSearchOptions();
  const fold = memoFold();
  const byName = new Map(entries.map((e) => [e.name, e]));
  // Every name of every indexed entity, by its anchor on the index pages.
  const entityNames = new Map<string, string[]>();
  for (const list of Object.values(model.entities)) for (const e of list) entityNames.set(e.anchor, [e.label, ...e.names]);
  const documents = [...model.documents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Each term's postings, encoded as they are written, document after document (numbered in ascending order):
  // the collection's postings are held once, as numbers, never as a map per term and document.
  const index = new Map<string, { flat: number[]; last: number; titles: number[]; lastTitle: number }>();
  const state = (term: string) => {
    let st = index.get(term);
    if (!st) index.set(term, (st = { flat: [], last: -1, titles: [], lastTitle: -1 }));
    return st;
  };
  const files: SearchFile[] = [];
  const infos: DocumentInfo[] = [];
  let recordCount = 0;
  documents.forEach((doc, d) => {
    const names = Object.values(doc.entities).flatMap((anchors) => anchors.flatMap((a) => entityNames.get(a) ?? []));
    const about = [doc.summary, doc.keywords.map((k) => k.label).join(' '), doc.authors.join(' '), doc.date, doc.place, [...new Set(names)].join(' ')]
      .filter(Boolean)
      .join(' ');
    // This document's terms, the records (ascending) each stands in, and, in a passage cut into pieces, which.
    const local = new Map<string, { record: number; pieces: number[] | null }[]>();
    const add = (term: string, r: number, piece: number | null) => {
      let list = local.get(term);
      if (!list) local.set(term, (list = []));
      let last = list.at(-1);
      if (last?.record !== r) list.push((last = { record: r, pieces: piece === null ? null : [] }));
      if (piece !== null && last.pieces!.at(-1) !== piece) last.pieces!.push(piece);
    };
    const records: Passage[][] = [[['', '', doc.summary ?? doc.opening]]];
    for (const t of termsOf(doc.title, fold)) {
      add(t, 0, null);
      const st = state(t);
      if (st.lastTitle !== d) st.titles.push(d - st.lastTitle);
      st.lastTitle = d;
    }
    for (const t of termsOf(about, fold)) add(t, 0, null);
    for (const t of facetTerms(doc)) add(t, 0, null);
    for (const p of byName.get(doc.name)?.page.passages ?? []) {
      const pieces = piecesOf(p.text, limits.partCharacters);
      pieces.forEach((text, k) => {
        for (const t of termsOf(text, fold)) add(t, records.length, pieces.length > 1 ? k : null);
      });
      records.push(pieces.map((text): Passage => (p.part ? [p.id, p.label, text, partHref(doc.href, p.part)] : [p.id, p.label, text])));
    }
    for (const [term, list] of local) {
      const st = state(term);
      st.flat.push(d - st.last, list.length);
      list.forEach(({ record, pieces }, i) => {
        st.flat.push(2 * (record - (i === 0 ? -1 : list[i - 1]!.record)) + (pieces ? 1 : 0));
        if (pieces) st.flat.push(pieces.length, ...pieces.map((k, j) => k - (j === 0 ? -1 : pieces[j - 1]!)));
      });
      st.last = d;
    }
    recordCount += records.length;
    const { parts, starts } = partsOf(records, limits.partCharacters);
    parts.forEach((part, i) => {
      const name = `text/${d}-${i}`;
      files.push({ path: `${SEARCH_FOLDER}/${name}.js`, content: script(name, part) });
    });
    infos.push([doc.href, doc.title, starts]);
  });

  for (let b = 0; b * DOCUMENT_BLOCK < infos.length; b++) {
    const name = `docs/${b}`;
    files.push({ path: `${SEARCH_FOLDER}/${name}.js`, content: script(name, infos.slice(b * DOCUMENT_BLOCK, (b + 1) * DOCUMENT_BLOCK)) });
  }

  const terms: TermPostings[] = [...index.keys()].sort().map((term) => [term, index.get(term)!.flat, index.get(term)!.titles]);
  const { shards, list } = shardTerms(terms, limits.shardBytes, o);
  for (const [name, data] of shards) files.push({ path: `${SEARCH_FOLDER}/terms/${name}.js`, content: script(`terms/${name}`, data) });

  const meta: SearchMeta = { version: o.version, documents: documents.length, records: recordCount, block: DOCUMENT_BLOCK, shards: list };
  files.push({ path: `${SEARCH_FOLDER}/meta.js`, content: script('meta', meta) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
