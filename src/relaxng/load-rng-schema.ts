/**
 * Loads a RELAX NG schema: from the on-disk cache when an entry for exactly
 * these file contents exists, else by reading, simplifying and compiling it
 * (then caching the result atomically). Every failure is a diagnostic.
 */
import { mkdir, readFile, rename, writeFile, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compileSchema, findIdTypes } from './compiled-schema.js';
import { sha256 } from '../util/sha256.js';
import { readSchemaFiles } from './read-schema-files.js';
import { makeRngSchema, type RngSchema } from './rng-schema.js';
import { deserializeSchema, serializeSchema, SCHEMA_FORMAT, type SerializedSchema } from './serialize-schema.js';
import { simplifySchema } from './simplify-schema.js';

/** Options for `loadRngSchema`. */
export interface LoadRngSchemaOptions {
  /** Where compiled schemas are cached; see `defaultCacheDir`. */
  cacheDir?: string;
}

/** The cache directory: env TEI_EDITION_CACHE, else $XDG_CACHE_HOME/tei-edition, else ~/.cache/tei-edition. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEI_EDITION_CACHE) return env.TEI_EDITION_CACHE;
  if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'tei-edition');
  return path.join(os.homedir(), '.cache', 'tei-edition');
}

/** The cache entry for a main schema file with this content hash. */
function entryPath(cacheDir: string, mainSha: string): string {
  return path.join(cacheDir, `rng-${SCHEMA_FORMAT}-${mainSha}.json`);
}

/** Reads a cache entry and checks that every file it was built from is unchanged; undefined when unusable. */
async function readEntry(file: string, mainPath: string): Promise<SerializedSchema | undefined> {
  let entry: SerializedSchema;
  try {
    entry = JSON.parse(await readFile(file, 'utf8')) as SerializedSchema;
  } catch {
    return undefined; // absent or corrupt: recompile
  }
  if (entry.format !== SCHEMA_FORMAT || !Array.isArray(entry.files) || entry.files[0]?.path !== mainPath) return undefined;
  for (const f of entry.files.slice(1)) {
    try {
      if (sha256(await readFile(f.path)) !== f.sha256) return undefined;
    } catch {
      return undefined;
    }
  }
  return entry;
}

async function writeEntry(file: string, entry: SerializedSchema): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, file); // atomic: readers see the old entry or the new one, never half of one
  } catch {
    await unlink(temp).catch(() => undefined);
    // An unwritable cache costs speed, not correctness: carry on uncached.
  }
}

/** Compiles (or loads from cache) the schema at `schemaPath` (.rng XML syntax; include/externalRef resolved relative to it). */
export async function loadRngSchema(schemaPath: string, options: LoadRngSchemaOptions = {}): Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }> {
  const mainPath = path.resolve(schemaPath);
  let mainBytes: Buffer;
  try {
    mainBytes = await readFile(mainPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { diagnostics: [diagnostic('error', 'rng', 'rng.schema-error', `cannot read the RELAX NG schema ${JSON.stringify(schemaPath)}: ${reason}; expected a readable .rng file`, { file: schemaPath })] };
  }
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const cacheFile = entryPath(cacheDir, sha256(mainBytes));

  const cached = await readEntry(cacheFile, mainPath);
  if (cached) {
    try {
      const { builder, start, idTypes } = deserializeSchema(cached);
      return { schema: makeRngSchema(schemaPath, cached.hash, compileSchema(builder, start, idTypes)), diagnostics: [] };
    } catch {
      // A damaged entry is recompiled below, never trusted.
    }
  }

  const files = await readSchemaFiles(mainPath);
  if (files.diagnostics.length) return { diagnostics: files.diagnostics.map((d) => (d.file === mainPath ? { ...d, file: schemaPath } : d)) };
  const simplified = simplifySchema(files);
  if (!simplified.schema) return { diagnostics: simplified.diagnostics.map((d) => (d.file === mainPath ? { ...d, file: schemaPath } : d)) };
  const ordered = [files.files.get(mainPath)!, ...[...files.files.values()].filter((f) => f.path !== mainPath)];
  const fileList = ordered.map((f) => ({ path: f.path, sha256: f.sha256 }));
  const hash = sha256(fileList.map((f) => f.sha256).join('\n'));
  const { builder, start } = simplified.schema;
  const idTypes = findIdTypes(start);
  await writeEntry(cacheFile, serializeSchema(start, fileList, hash, idTypes));
  return { schema: makeRngSchema(schemaPath, hash, compileSchema(builder, start, idTypes)), diagnostics: [] };
}
