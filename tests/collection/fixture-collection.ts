/**
 * The fixture collections (tests/fixtures/collection/<case>/tei/): each
 * document rendered through the pipeline's own render stage, and its
 * collection entry made from the page as the build makes it (processDocument).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { documentEntry, parseEntry, type DocumentEntry } from '../../src/collection/document-entry.js';
import { fixturesRoot } from '../helpers/fixtures.js';
import { renderHtml } from '../html/render-html.js';

/** The folder of a fixture case. */
export const collectionCase = (name: string) => path.join(fixturesRoot, 'collection', name);

/** The TEI files of a case, with their output names (their path below tei/, without .xml). */
export function caseSources(name: string): { file: string; name: string }[] {
  const root = path.join(collectionCase(name), 'tei');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.xml'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ file, name: path.relative(root, file).split(path.sep).join('/').replace(/\.xml$/, '') }));
}

/** The collection entries of `sources`, each made from its page rendered through the pipeline's render stage. */
export function caseEntriesOf(sources: readonly { file: string; name: string }[]): DocumentEntry[] {
  return sources.map((s) => {
    const page = renderHtml(s.file, s.name);
    const made = documentEntry(page.parsed, s.name, page.html, page.prepared);
    const { entry, diagnostics } = parseEntry(made.content, s.file);
    if (!entry) throw new Error(`unreadable entry for ${s.file}: ${JSON.stringify(diagnostics)}`);
    return entry;
  });
}

const cache = new Map<string, DocumentEntry[]>();

/** The entries of a case's documents, in source order (rendered once per test file). */
export function caseEntries(name: string): DocumentEntry[] {
  let entries = cache.get(name);
  if (!entries) {
    entries = caseEntriesOf(caseSources(name));
    cache.set(name, entries);
  }
  return entries;
}
