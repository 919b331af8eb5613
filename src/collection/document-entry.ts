/**
 * A document's entry in the collection: what the collection pages need from
 * it, made when the document is rendered and written beside its outputs
 * (`.tei-edition/collection/<name>.json`), so that it is cached with the
 * document and an unchanged document costs the collection nothing but a read.
 * Header facts and entities come from the exchange data (the same meaning of
 * each header field as everywhere else); passages and anchors from the page.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { deriveDocumentFacts, type DocumentMetadata, type Entity } from './derive-document-data.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import type { PreparedSource } from '../transform/run-stylesheet.js';
import { readPageFacts, readSplitPageFacts, type PageFacts, type PageParts } from './read-page-facts.js';

/** The folder of the entries, inside the output folder: build state, not part of the published edition. */
export const ENTRY_FOLDER = '.tei-edition/collection';

/** Bumped whenever the shape of an entry changes, so that entries of an older build are not misread. */
export const ENTRY_FORMAT = 1;

export interface DocumentEntry {
  format: number;
  /** The document's output name; its page is `html/<name>.html`. */
  name: string;
  /** What the header says, or null when the data stylesheet could not run (the page title stands in). */
  metadata: DocumentMetadata | null;
  entities: Entity[];
  page: PageFacts;
}

/** Where the entry of the document named `name` is written, relative to the output folder. */
export const entryPath = (name: string) => `${ENTRY_FOLDER}/${name}.json`;

/**
 * Makes the entry of `parsed` (output name `name`) from the document and its rendered page `html`
 * (the whole page, and its `parts` when it was split); `prepared` as for deriveDocumentFacts.
 */
export function documentEntry(parsed: ParsedDocument, name: string, html: string, prepared?: PreparedSource, parts?: PageParts): { path: string; content: string; diagnostics: Diagnostic[] } {
  const { facts, diagnostics } = deriveDocumentFacts(parsed, name, prepared);
  const entry: DocumentEntry = {
    format: ENTRY_FORMAT,
    name,
    metadata: facts?.metadata ?? null,
    entities: facts?.entities ?? [],
    page: parts ? readSplitPageFacts(html, parts) : readPageFacts(html),
  };
  return { path: entryPath(name), content: JSON.stringify(entry), diagnostics };
}

/** Reads an entry written by `documentEntry`; a missing, unreadable or outdated entry is a warning and undefined. */
export function parseEntry(text: string, file: string): { entry?: DocumentEntry; diagnostics: Diagnostic[] } {
  try {
    const entry = JSON.parse(text) as DocumentEntry;
    if (entry && entry.format === ENTRY_FORMAT && typeof entry.name === 'string' && entry.page && Array.isArray(entry.page.passages)) return { entry, diagnostics: [] };
  } catch {
    // Reported below, like an entry of another format.
  }
  return {
    diagnostics: [diagnostic('warning', 'io', 'collection.entry-unreadable', `the collection entry ${JSON.stringify(file)} cannot be read; expected the JSON a build of this version writes (rebuild with --no-incremental to remake it)`, { file })],
  };
}
