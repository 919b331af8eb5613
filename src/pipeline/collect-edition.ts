/**
 * `tei-edition collect`: the last step of a build split across machines.
 * Once the output folders of every `build --shard i/n` are copied into one,
 * it merges their partial collection data (collection-parts.ts) and writes
 * the collection pages and the search index, exactly as a one-machine build
 * of the same sources would.
 */
import path from 'node:path';
import type { CollectionResult } from '../collection/build-collection.js';
import { rejectUnknownOptions, type OptionKeys } from '../config/check-options.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Shard } from './select-shard.js';

export interface CollectOptions {
  /** The output folder holding every shard's outputs (default `output`). */
  outDir?: string;
  /** The collection's title on its pages; by default the title the shards were built with (each part records it), else "Collection". */
  collectionTitle?: string;
  /** Write the pages even if nothing changed since the last collect. */
  force?: boolean;
  /** Documents, and entities, per page of the collection's lists; by default the shards' page size (each part records it), else 100. */
  collectionPageSize?: number;
}

export interface CollectResult {
  /** The shards merged, in order. */
  shards: Shard[];
  /** What the collection step did (absent when the parts were unusable or listed no document). */
  collection?: CollectionResult;
  /** Every diagnostic of the run, sorted; `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
}

const COLLECT_OPTION_KEYS: OptionKeys<CollectOptions> = { outDir: true, collectionTitle: true, force: true, collectionPageSize: true };

/** Merges the shards' partial collection data in `options.outDir` into the collection pages. Throws a TypeError for an unknown option; never throws for bad input. */
export async function collectEdition(options: CollectOptions = {}): Promise<CollectResult> {
  rejectUnknownOptions('collectEdition', options, COLLECT_OPTION_KEYS);
  const outDir = path.resolve(options.outDir ?? 'output');
  const [{ readCollectionParts }, { buildCollection }] = await Promise.all([import('../collection/collection-parts.js'), import('../collection/build-collection.js')]);
  const { documents, shards, settings, diagnostics } = await readCollectionParts(outDir);
  if (documents.length === 0) return { shards, diagnostics: sortDiagnostics(diagnostics) };
  const title = options.collectionTitle ?? settings.title;
  const pageSize = options.collectionPageSize ?? settings.pageSize;
  const collection = await buildCollection(documents, { outDir, title, force: options.force, pageSize });
  return { shards, collection, diagnostics: sortDiagnostics([...diagnostics, ...collection.diagnostics]) };
}
