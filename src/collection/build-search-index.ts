/**
 * The collection's full-text search, made at build time: a MiniSearch index
 * of every passage of every page (and of each document's title, summary and
 * keywords), written with the passages themselves as one script,
 * `html/search-index.js`, that assigns them to `self.teCollectionSearch`. A
 * script, not JSON, because a page opened from file:// may load scripts but
 * not fetch files; the index page loads it when a reader first searches.
 *
 * Words are cut and folded by xslt/collection/assets/search-options.js, the
 * same file the page searches with: run here in a sandbox, so that the index
 * and the queries can never disagree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import MiniSearch, { type Options } from 'minisearch';
import { packageRoot } from '../package-root.js';
import type { CollectionModel } from './collection-model.js';
import type { DocumentEntry } from './document-entry.js';

/** The shared search options file, relative to the package. */
export const SEARCH_OPTIONS_FILE = path.join(packageRoot, 'xslt', 'collection', 'assets', 'search-options.js');

/** What search-options.js defines. */
interface SharedOptions {
  version: number;
  fields: string[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
  searchOptions: Options['searchOptions'];
}

interface SearchRecord {
  id: number;
  title: string;
  text: string;
}

/** `self.teCollectionSearch`, as the page reads it. */
export interface SearchData {
  version: number;
  /** Per document: its page (relative to html/) and its title. */
  documents: [href: string, title: string][];
  /** Per search record (its MiniSearch id is its position): document, anchor ('' for the page), place label, text for the snippet. */
  passages: [document: number, anchor: string, label: string, text: string][];
  /** The serialised MiniSearch index (MiniSearch.loadJS). */
  index: unknown;
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

/** The MiniSearch options of the index (the page passes the same ones to MiniSearch.loadJS). */
export function miniSearchOptions(): Options<SearchRecord> {
  const o = sharedSearchOptions();
  // Folding runs in the sandbox's context for every word of every passage, and most words recur:
  // remembering each word's term cut the collection step over the shared corpus from 3.8 s to 3.35 s (same index).
  const folded = new Map<string, string | null>();
  const processTerm = (term: string): string | null => {
    let f = folded.get(term);
    if (f === undefined) folded.set(term, (f = o.processTerm(term)));
    return f;
  };
  return { fields: o.fields, tokenize: o.tokenize, processTerm, searchOptions: o.searchOptions };
}

/** Builds the search data of the collection: `model` gives the order and titles, `entries` the passages. */
export function buildSearchData(model: CollectionModel, entries: readonly DocumentEntry[]): SearchData {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const documents: SearchData['documents'] = [];
  const passages: SearchData['passages'] = [];
  const records: SearchRecord[] = [];
  // Every name of every indexed entity, by its anchor on the index pages.
  const entityNames = new Map<string, string[]>();
  for (const list of Object.values(model.entities)) for (const e of list) entityNames.set(e.anchor, [e.label, ...e.names]);
  model.documents.forEach((doc, d) => {
    documents.push([doc.href, doc.title]);
    // The document as a whole: found by its title, summary, keywords, authors, date and place, and by every
    // name its index gives the people, places and organisations it names (so "Choe" finds a text that prints "Coj").
    const names = Object.values(doc.entities).flatMap((anchors) => anchors.flatMap((a) => entityNames.get(a) ?? []));
    const about = [doc.summary, doc.keywords.map((k) => k.label).join(' '), doc.authors.join(' '), doc.date, doc.place, [...new Set(names)].join(' ')]
      .filter(Boolean)
      .join(' ');
    records.push({ id: passages.length, title: doc.title, text: about });
    passages.push([d, '', '', doc.summary ?? doc.opening]);
    for (const p of byName.get(doc.name)?.page.passages ?? []) {
      records.push({ id: passages.length, title: '', text: p.text });
      passages.push([d, p.id, p.label, p.text]);
    }
  });
  const search = new MiniSearch<SearchRecord>(miniSearchOptions());
  search.addAll(records);
  return { version: sharedSearchOptions().version, documents, passages, index: search.toJSON() };
}

/**
 * The script that carries the search data. The data is a JSON string given to
 * JSON.parse rather than an object literal: engines parse JSON faster than
 * JavaScript, which counts for a file of megabytes.
 */
export function searchIndexScript(data: SearchData): string {
  return `// tei-edition: the collection's search index (MiniSearch) and passages. Generated; do not edit.\nself.teCollectionSearch = JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}
