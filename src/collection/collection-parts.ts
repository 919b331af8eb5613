/**
 * The partial collection data of a sharded build: `build --shard i/n`
 * writes, instead of the collection pages, the list of its documents and
 * their collection entries to `.tei-edition-parts/shard-i-of-n.json` in the
 * output folder; `collect` reads every shard's list once the output folders
 * of all shards are copied together, and builds the pages from the lot.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { writeIfChanged } from '../write/write-if-changed.js';
import type { CollectionDocument } from './build-collection.js';

/** The folder of the parts, inside the output folder: build state, not part of the published edition. */
export const PARTS_FOLDER = '.tei-edition-parts';

/** One shard of a split: shard `index` (1-based) of `count` (src/pipeline/select-shard.ts decides which documents). */
export interface Shard {
  index: number;
  count: number;
}

/** The name the shard's part goes by: `shard-2-of-8`. */
const shardName = (shard: Shard) => `shard-${shard.index}-of-${shard.count}`;

/** Bumped whenever the shape of a part changes. */
const PART_FORMAT = 2;

/**
 * The collection settings a shard was built with. They travel with the part so
 * that `collect` makes the pages a one-machine build would, without being told
 * the builds' options again.
 */
export interface CollectionSettings {
  title?: string;
  pageSize?: number;
}

interface CollectionPart {
  format: number;
  shard: Shard;
  settings: CollectionSettings;
  documents: CollectionDocument[];
}

/** Where the part of `shard` is written, relative to the output folder. */
export const partPath = (shard: Shard) => `${PARTS_FOLDER}/${shardName(shard)}.json`;

/** Writes the part of `shard`: its documents that have a collection entry. Resolves to its path, relative to `outDir`. */
export async function writeCollectionPart(outDir: string, shard: Shard, documents: readonly CollectionDocument[], settings: CollectionSettings = {}): Promise<string> {
  const part: CollectionPart = { format: PART_FORMAT, shard, settings: { ...(settings.title !== undefined ? { title: settings.title } : {}), ...(settings.pageSize !== undefined ? { pageSize: settings.pageSize } : {}) }, documents: [...documents] };
  await writeIfChanged(path.join(outDir, partPath(shard)), `${JSON.stringify(part, null, 1)}\n`);
  return partPath(shard);
}

const isShard = (s: unknown): s is Shard => typeof s === 'object' && s !== null && Number.isInteger((s as Shard).index) && Number.isInteger((s as Shard).count);
const isSettings = (s: unknown): s is CollectionSettings =>
  typeof s === 'object' && s !== null && ['string', 'undefined'].includes(typeof (s as CollectionSettings).title) && ['number', 'undefined'].includes(typeof (s as CollectionSettings).pageSize);
const isDocument = (d: unknown): d is CollectionDocument =>
  typeof d === 'object' && d !== null && typeof (d as CollectionDocument).file === 'string' && typeof (d as CollectionDocument).name === 'string' && ['string', 'undefined'].includes(typeof (d as CollectionDocument).entry);

/**
 * Reads every part in `outDir` and checks that they are the n shards of one
 * split, each once, built with the same collection settings. Resolves to their
 * documents in a fixed order (by output name) and those settings, or to none
 * and error diagnostics when a shard is missing, a part is unreadable or the
 * parts disagree.
 */
export async function readCollectionParts(outDir: string): Promise<{ documents: CollectionDocument[]; shards: Shard[]; settings: CollectionSettings; diagnostics: Diagnostic[] }> {
  const folder = path.join(outDir, PARTS_FOLDER);
  const shown = path.relative(process.cwd(), folder) || '.';
  const diagnostics: Diagnostic[] = [];
  const fail = (ruleId: string, message: string, file = shown) => {
    diagnostics.push(diagnostic('error', 'usage', ruleId, message, { file }));
    return { documents: [], shards: [], settings: {}, diagnostics };
  };
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /^shard-\d+-of-\d+\.json$/.test(n)).sort();
  if (names.length === 0) return fail('collect.no-parts', `no partial collection data in ${JSON.stringify(shown)}; expected the shard-i-of-n.json files that \`tei-edition build --shard i/n\` writes into the output folder (copy every shard's output folder into this one first)`);

  const parts: CollectionPart[] = [];
  for (const name of names) {
    const file = path.join(shown, name);
    try {
      const part = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as CollectionPart;
      if (part.format !== PART_FORMAT || !isShard(part.shard) || !isSettings(part.settings) || !Array.isArray(part.documents) || !part.documents.every(isDocument)) throw new Error('not a part of this version');
      parts.push(part);
    } catch (e) {
      return fail('collect.part-unreadable', `the partial collection data ${JSON.stringify(file)} cannot be read (${(e as Error).message}); expected the JSON a \`build --shard\` of this version writes (rebuild that shard)`, file);
    }
  }
  const counts = [...new Set(parts.map((p) => p.shard.count))];
  if (counts.length > 1) return fail('collect.mixed-shards', `the partial collection data mixes splits into ${counts.join(' and ')} shards; expected the parts of one split (remove those of the other, then collect)`);
  const count = counts[0]!;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !parts.some((p) => p.shard.index === i));
  if (missing.length) return fail('collect.missing-shard', `the partial collection data lacks shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}; expected every shard 1/${count} to ${count}/${count} (build the missing ones with --shard and copy their output folders here)`);

  const settings = [...new Set(parts.map((p) => JSON.stringify(p.settings)))];
  if (settings.length > 1) return fail('collect.mixed-settings', `the shards were built with different collection settings (${settings.join(' and ')}); expected every shard built with the same collection title and page size (rebuild the shards that differ)`);
  const documents = parts.flatMap((p) => p.documents).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (let i = 1; i < documents.length; i++) {
    if (documents[i]!.name === documents[i - 1]!.name) {
      return fail('collect.duplicate-document', `the document ${JSON.stringify(documents[i]!.name)} is in more than one shard (from ${JSON.stringify(documents[i - 1]!.file)} and ${JSON.stringify(documents[i]!.file)}); expected each document in one shard (build every shard from the same sources)`);
    }
  }
  return { documents, shards: parts.map((p) => p.shard).sort((a, b) => a.index - b.index), settings: parts[0]!.settings, diagnostics };
}
