/**
 * The on-disk cache of compiled schemas. Extracting 95 rules from the
 * 1 MB tei_all.rng and compiling them costs far more than validating a
 * typical file, so the result is kept as JSON, keyed by the hash of the
 * schema's content, the phase and the engine version. An entry also lists
 * every file it was built from with its hash; it is used only while all of
 * them are unchanged. Writes are atomic (temporary file, then rename); an
 * unreadable or malformed entry is simply recompiled and replaced.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { sha256 } from '../util/sha256.js';
import type { Dependency } from './schema-files.js';
import type { CompiledSchematron } from './schematron-model.js';

/** The directory cached schemas live in: the option, else `TEI_EDITION_CACHE`, else the XDG cache, else `~/.cache/tei-edition`. */
export function cacheDirectory(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = option ?? env.TEI_EDITION_CACHE ?? (env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, 'tei-edition') : path.join(homedir(), '.cache', 'tei-edition'));
  return path.join(base, 'schematron');
}

interface CacheEntry {
  format: number;
  dependencies: Dependency[];
  compiled: CompiledSchematron;
}

/** Reads the entry for `key`, with the files it was built from; undefined when absent, malformed, of another format, or stale. */
export async function readCached(directory: string, key: string, format: number): Promise<{ compiled: CompiledSchematron; dependencies: Dependency[] } | undefined> {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(await readFile(path.join(directory, `${key}.json`), 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
  if (!isEntry(entry, format)) return undefined;
  for (const dependency of entry.dependencies) {
    try {
      if (sha256(await readFile(dependency.path)) !== dependency.sha256) return undefined;
    } catch {
      return undefined;
    }
  }
  return { compiled: entry.compiled, dependencies: entry.dependencies };
}

function isEntry(value: unknown, format: number): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    entry.format === format &&
    Array.isArray(entry.dependencies) &&
    entry.dependencies.every((d) => typeof d?.path === 'string' && typeof d.sha256 === 'string') &&
    typeof entry.compiled === 'object' &&
    entry.compiled !== null &&
    entry.compiled.format === format &&
    Array.isArray(entry.compiled.patterns) &&
    Array.isArray(entry.compiled.lets) &&
    Array.isArray(entry.compiled.keys) &&
    Array.isArray(entry.compiled.diagnostics)
  );
}

/**
 * Writes the entry atomically. A failure to write (read-only home, full
 * disk) only costs the next run a recompilation, so it is not reported.
 */
export async function writeCached(directory: string, key: string, compiled: CompiledSchematron, dependencies: Dependency[]): Promise<boolean> {
  const target = path.join(directory, `${key}.json`);
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(directory, { recursive: true });
    const entry: CacheEntry = { format: compiled.format, dependencies, compiled };
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, target);
    return true;
  } catch {
    await unlink(temporary).catch(() => undefined);
    return false;
  }
}
