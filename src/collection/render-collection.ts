/**
 * Renders the collection pages from the model with the collection
 * stylesheet (xslt/collection/collection.xsl, compiled to SEF by
 * `npm run compile`), and gathers the files that go with them: the search
 * index's scripts (html/search/) and the pages' assets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';
import { loadCompiledStylesheet } from '../transform/load-stylesheet.js';
import { runStylesheet } from '../transform/run-stylesheet.js';
import { buildSearchFiles } from './build-search-index.js';
import type { CollectionModel } from './collection-model.js';
import type { DocumentEntry } from './document-entry.js';

/** Where the collection stylesheet is, and where `npm run compile` puts its SEF. */
export const COLLECTION_STYLESHEET = {
  sefPath: path.join(packageRoot, 'dist', 'xslt', 'collection.sef.json'),
  sourcePath: path.join(packageRoot, 'xslt', 'collection', 'collection.xsl'),
};

/** A file of the collection, relative to the output folder. */
export interface CollectionFile {
  path: string;
  content: string | Uint8Array;
}

const ASSETS = path.join(packageRoot, 'xslt', 'collection', 'assets');

/** The collection's own assets (css, scripts), copied beside the edition's in html/assets/. */
export function collectionAssets(): CollectionFile[] {
  return readdirSync(ASSETS, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort()
    .map((name) => ({ path: `html/assets/${name}`, content: readFileSync(path.join(ASSETS, name)) as Uint8Array }));
}

/** The pages, the search index and the assets of the collection; no files when the stylesheet cannot run. */
export function renderCollection(model: CollectionModel, entries: readonly DocumentEntry[], file: string): { files: CollectionFile[]; diagnostics: Diagnostic[] } {
  const { stylesheet, diagnostics } = loadCompiledStylesheet('collection', COLLECTION_STYLESHEET.sefPath, COLLECTION_STYLESHEET.sourcePath);
  if (!stylesheet) return { files: [], diagnostics };
  const result = runStylesheet(stylesheet, '<collection/>', file, pathToFileURL(COLLECTION_STYLESHEET.sourcePath).href, { model: JSON.stringify(model) });
  diagnostics.push(...result.diagnostics);
  if (result.output === undefined) return { files: [], diagnostics };
  const files: CollectionFile[] = [...result.resultDocuments].map(([p, content]) => ({ path: p, content }));
  files.push(...buildSearchFiles(model, entries));
  files.push(...collectionAssets());
  return { files, diagnostics };
}
