/**
 * The collection step of `tei-edition build`, run once after the documents:
 * reads the entry of every document that has a page (made with the page,
 * cached with it), and writes the collection pages, the search index and
 * their assets, unless none of their inputs changed since the last build:
 * the entries, the tool's version, the collection stylesheet, the assets
 * and the options. What was written last, and from what, is remembered in
 * `.tei-edition/collection-build.json` inside the output folder.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { sha256 } from '../util/sha256.js';
import { removeOutputs } from '../write/remove-outputs.js';
import { writeIfChanged } from '../write/write-if-changed.js';
import { collectionModel } from './collection-model.js';
import { ENTRY_FOLDER, parseEntry, type DocumentEntry } from './document-entry.js';
import { collectionAssets, COLLECTION_STYLESHEET, DEFAULT_PAGE_SIZE, renderCollection } from './render-collection.js';

/** Output names the collection pages take in html/ (with their further pages, `index-2`…): a document may not have them. */
export const RESERVED_NAMES = ['index', 'by-title', 'persons', 'places', 'organisations'] as const;

/** True when `name` is the name of a collection page (`index`, `persons-3`…). */
const isReserved = (name: string) => (RESERVED_NAMES as readonly string[]).includes(name.replace(/-\d+$/, ''));

/** The record of the last collection build, relative to the output folder. */
export const COLLECTION_STAMP = '.tei-edition/collection-build.json';

/** The default title of the collection. */
export const DEFAULT_TITLE = 'Collection';

export interface CollectionDocument {
  /** The source, as diagnostics name it. */
  file: string;
  /** The output name. */
  name: string;
  /** Its entry, relative to the output folder (absent when the document has no page). */
  entry?: string;
}

export interface CollectionOptions {
  outDir: string;
  /** The collection's title, shown on its pages (default "Collection"). */
  title?: string;
  /** Write the pages even if nothing changed. */
  force?: boolean;
  /** Documents, and entities, per page of a list (default DEFAULT_PAGE_SIZE, 50). */
  pageSize?: number;
}

export interface CollectionResult {
  /** False when the pages were already up to date. */
  rebuilt: boolean;
  /** The files of the collection, relative to the output folder. */
  outputs: string[];
  diagnostics: Diagnostic[];
}

interface Stamp {
  fingerprint: string;
  outputs: string[];
  /** What the build that wrote them reported, replayed while they stay current. */
  diagnostics: Diagnostic[];
}

async function readStamp(file: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(file, 'utf8')) as Stamp;
    return typeof stamp.fingerprint === 'string' && Array.isArray(stamp.outputs) && Array.isArray(stamp.diagnostics) ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Builds (or keeps) the collection of `documents` in `options.outDir`. Never throws for bad input. */
export async function buildCollection(documents: readonly CollectionDocument[], options: CollectionOptions): Promise<CollectionResult> {
  const outDir = path.resolve(options.outDir);
  const title = options.title?.trim() || DEFAULT_TITLE;
  const diagnostics: Diagnostic[] = [];
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const reserved = documents.filter((d) => isReserved(d.name));
  if (reserved.length > 0) {
    for (const d of reserved) {
      diagnostics.push(diagnostic('error', 'usage', 'collection.reserved-name', `the output name ${JSON.stringify(d.name)} is taken by the collection page html/${d.name}.html, so the collection pages were not written; expected a document name other than ${RESERVED_NAMES.map((n) => JSON.stringify(n)).join(', ')} (or one of them followed by a page number, like "index-2") at the top of the source folder (rename the file or move it into a sub-folder)`, { file: d.file }));
    }
    return { rebuilt: false, outputs: [], diagnostics };
  }

  // Read every entry: their bytes decide whether anything changed.
  const read: { doc: CollectionDocument; text: string }[] = [];
  for (const doc of documents) {
    if (!doc.entry) continue;
    try {
      read.push({ doc, text: await readFile(path.join(outDir, doc.entry), 'utf8') });
    } catch (e) {
      diagnostics.push(diagnostic('warning', 'io', 'collection.entry-missing', `the collection entry ${JSON.stringify(doc.entry)} cannot be read (${(e as Error).message}), so the document is left out of the collection pages; expected the file the build writes with the page`, { file: doc.file }));
    }
  }
  if (read.length === 0) return { rebuilt: false, outputs: [], diagnostics };
  // In output-name order, whatever order the documents came in (a one-machine build, or `collect` merging shards): same pages, same index.
  read.sort((a, b) => (a.doc.name < b.doc.name ? -1 : a.doc.name > b.doc.name ? 1 : 0));

  const assets = collectionAssets();
  const sef = await readFile(COLLECTION_STYLESHEET.sefPath).then(sha256, () => 'missing');
  const fingerprint = sha256(JSON.stringify({
    version: packageVersion,
    title,
    pageSize,
    sef,
    assets: assets.map((a) => [a.path, sha256(a.content)]),
    entries: read.map(({ doc, text }) => [doc.name, sha256(text)]),
  }));
  const stampFile = path.join(outDir, COLLECTION_STAMP);
  const stamp = await readStamp(stampFile);
  if (!options.force && stamp?.fingerprint === fingerprint && stamp.outputs.every((o) => existsSync(path.join(outDir, o)))) {
    return { rebuilt: false, outputs: stamp.outputs, diagnostics: [...diagnostics, ...stamp.diagnostics] };
  }

  const reported = diagnostics.length;
  const entries: DocumentEntry[] = [];
  for (const { doc, text } of read) {
    const parsed = parseEntry(text, doc.entry!);
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, file: doc.file })));
    if (parsed.entry) entries.push(parsed.entry);
  }
  const model = collectionModel(entries, title, `tei-edition ${packageVersion}`);
  // Problems of the collection as a whole are reported against its index page.
  const rendered = renderCollection(model, entries, path.relative(process.cwd(), path.join(outDir, 'html', 'index.html')), { pageSize });
  diagnostics.push(...rendered.diagnostics);
  if (rendered.files.length === 0) return { rebuilt: false, outputs: [], diagnostics };

  const outputs = rendered.files.map((f) => f.path);
  try {
    // Only files whose bytes change are written: one edited document touches only its own search files and the pages it alters.
    for (const f of rendered.files) await writeIfChanged(path.join(outDir, f.path), f.content);
    // Pages (and search files) of an earlier build that this one does not make would be stale: they go.
    const made = new Set(outputs);
    for (const old of stamp?.outputs ?? []) if (!made.has(old) && old.startsWith('html/')) await rm(path.join(outDir, old), { force: true });
    await writeIfChanged(stampFile, JSON.stringify({ fingerprint, outputs, diagnostics: diagnostics.slice(reported) } satisfies Stamp));
  } catch (e) {
    diagnostics.push(diagnostic('error', 'io', 'io.write-failed', `cannot write the collection pages: ${(e as Error).message}`, { file: path.join(outDir, 'html') }));
  }
  return { rebuilt: true, outputs, diagnostics };
}

/**
 * Removes the collection pages an earlier build wrote (its stamp lists them),
 * with the stamp: called when the last documents of the collection are gone,
 * so that no index page lists documents that no longer exist. Resolves to the
 * outputs removed, relative to `outDir`.
 */
export async function removeCollection(outDir: string): Promise<string[]> {
  const stampFile = path.join(path.resolve(outDir), COLLECTION_STAMP);
  const stamp = await readStamp(stampFile);
  if (!stamp) return [];
  const removed = await removeOutputs(outDir, stamp.outputs);
  await rm(stampFile, { force: true });
  return removed;
}

/** The documents of a build that have a collection entry, from their outputs (a teiCorpus source has one per member). */
export function collectionDocuments(built: readonly { file: string; outputs: readonly string[] }[]): CollectionDocument[] {
  const prefix = `${ENTRY_FOLDER}/`;
  return built.flatMap((d) =>
    d.outputs.filter((o) => o.startsWith(prefix) && o.endsWith('.json')).map((o) => ({ file: d.file, name: o.slice(prefix.length, -'.json'.length), entry: o })));
}
