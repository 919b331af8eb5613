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
import { describeCollection } from './describe-collection.js';
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

/** Documents, and entities, per page of a collection list, unless the options say otherwise. */
export const DEFAULT_PAGE_SIZE = 50;

const collator = new Intl.Collator('und', { sensitivity: 'base', numeric: true });

/** The documents of `model` in title order: their positions in its date order (equal titles stay in date order). */
export function titleOrder(model: CollectionModel): number[] {
  return model.documents.map((d, i) => ({ title: d.title, i })).sort((a, b) => collator.compare(a.title, b.title) || a.i - b.i).map((d) => d.i);
}

/**
 * The pages, the search index, the description and the assets of the collection; no files when the
 * stylesheet cannot run. Each list has `pageSize` documents or entities a page (default DEFAULT_PAGE_SIZE).
 */
export function renderCollection(model: CollectionModel, entries: readonly DocumentEntry[], file: string, options: { pageSize?: number } = {}): { files: CollectionFile[]; diagnostics: Diagnostic[] } {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { stylesheet, diagnostics } = loadCompiledStylesheet('collection', COLLECTION_STYLESHEET.sefPath, COLLECTION_STYLESHEET.sourcePath);
  if (!stylesheet) return { files: [], diagnostics };
  const result = runStylesheet(stylesheet, '<collection/>', file, pathToFileURL(COLLECTION_STYLESHEET.sourcePath).href, { model: JSON.stringify(model), 'page-size': String(pageSize), 'title-order': JSON.stringify(titleOrder(model)) });
  diagnostics.push(...result.diagnostics);
  if (result.output === undefined) return { files: [], diagnostics };
  const files: CollectionFile[] = [...result.resultDocuments].map(([p, content]) => ({ path: p, content }));
  files.push(...buildSearchFiles(model, entries));
  files.push(...describeCollection(model, pageSize));
  files.push(...collectionAssets());
  return { files, diagnostics };
}
