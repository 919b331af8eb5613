/**
 * The collection's full-text search, made at build time: an inverted index
 * cut into shards by term, and the passages it finds, written as small
 * scripts in `html/search/` that the index page loads as a query needs them
 * (xslt/collection/assets/search-engine.js). Scripts, not JSON, because a page
 * opened from file:// may load scripts but not fetch files; each calls
 * `teSearchFile(name, data)`.
 *
 * - `search/meta.js`: the counts the ranking needs, loaded with the page.
 * - `search/terms/<shard>.js`: the words whose first three letters name the
 *   shard (search-options.js, shardOf), each with the passages it stands in;
 *   a facet term (person, place, keyword, year) in a shard of its own.
 * - `search/docs/<block>.js`: the page and title of a block of documents.
 * - `search/text/<doc>-<part>.js`: a document's passages, for the snippets,
 *   cut into parts of about 4,000 characters.
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

/** The shared search options file, relative to the package. */
export const SEARCH_OPTIONS_FILE = path.join(packageRoot, 'xslt', 'collection', 'assets', 'search-options.js');

/** The folder of the search files, relative to the output folder. */
export const SEARCH_FOLDER = 'html/search';

/** Documents per file of `search/docs/`. */
export const DOCUMENT_BLOCK = 100;

/** A part of a document's passages holds about this many characters (a longer passage has a part of its own). */
export const PART_CHARACTERS = 4_000;

/** What search-options.js defines. */
export interface SharedOptions {
  version: number;
  shardOf: (term: string) => string;
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
}

/**
 * One term of a shard: the term, its postings (for each document that has it: the gap from the previous
 * document's number, the number of its records that have it, then their record numbers as gaps, the first
 * from -1), and the documents (as gaps) whose title has it.
 */
export type TermPostings = [term: string, postings: number[], titles: number[]];

/** `search/docs/<block>.js`: per document, its page (relative to html/), title, and the first record of each text part. */
export type DocumentInfo = [href: string, title: string, parts: number[]];

/**
 * `search/text/<doc>-<part>.js`: records as [anchor ('' for the about record), place label, text], and
 * for a document split into parts (src/pipeline/split-long-page.ts) the page of the part that holds it.
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

/** Cuts a document's records into parts of about PART_CHARACTERS; returns the first record of each part. */
function partStarts(records: readonly Passage[]): number[] {
  const starts = [0];
  let size = 0;
  records.forEach((r, i) => {
    if (size > 0 && size + r[2].length > PART_CHARACTERS) {
      starts.push(i);
      size = 0;
    }
    size += r[2].length;
  });
  return starts;
}

/** Builds the search files of the collection: `model` gives the documents, `entries` their passages. */
export function buildSearchFiles(model: CollectionModel, entries: readonly DocumentEntry[]): SearchFile[] {
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
    // This document's terms and the records (ascending) each stands in.
    const local = new Map<string, number[]>();
    const add = (term: string, r: number) => {
      const list = local.get(term);
      if (!list) local.set(term, [r]);
      else if (list.at(-1) !== r) list.push(r);
    };
    const records: Passage[] = [['', '', doc.summary ?? doc.opening]];
    for (const t of termsOf(doc.title, fold)) {
      add(t, 0);
      const st = state(t);
      if (st.lastTitle !== d) st.titles.push(d - st.lastTitle);
      st.lastTitle = d;
    }
    for (const t of termsOf(about, fold)) add(t, 0);
    for (const t of facetTerms(doc)) add(t, 0);
    for (const p of byName.get(doc.name)?.page.passages ?? []) {
      for (const t of termsOf(p.text, fold)) add(t, records.length);
      records.push(p.part ? [p.id, p.label, p.text, partHref(doc.href, p.part)] : [p.id, p.label, p.text]);
    }
    for (const [term, list] of local) {
      const st = state(term);
      st.flat.push(d - st.last, list.length);
      list.forEach((r, i) => st.flat.push(r - (i === 0 ? -1 : list[i - 1]!)));
      st.last = d;
    }
    recordCount += records.length;
    const starts = partStarts(records);
    starts.forEach((start, i) => {
      const name = `text/${d}-${i}`;
      files.push({ path: `${SEARCH_FOLDER}/${name}.js`, content: script(name, records.slice(start, starts[i + 1] ?? records.length)) });
    });
    infos.push([doc.href, doc.title, starts]);
  });

  for (let b = 0; b * DOCUMENT_BLOCK < infos.length; b++) {
    const name = `docs/${b}`;
    files.push({ path: `${SEARCH_FOLDER}/${name}.js`, content: script(name, infos.slice(b * DOCUMENT_BLOCK, (b + 1) * DOCUMENT_BLOCK)) });
  }

  const shards = new Map<string, TermPostings[]>();
  for (const term of [...index.keys()].sort()) {
    const st = index.get(term)!;
    const shard = o.shardOf(term);
    const list = shards.get(shard) ?? [];
    list.push([term, st.flat, st.titles]);
    shards.set(shard, list);
  }
  for (const [shard, terms] of shards) files.push({ path: `${SEARCH_FOLDER}/terms/${shard}.js`, content: script(`terms/${shard}`, terms) });

  const meta: SearchMeta = { version: o.version, documents: documents.length, records: recordCount, block: DOCUMENT_BLOCK };
  files.push({ path: `${SEARCH_FOLDER}/meta.js`, content: script('meta', meta) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
