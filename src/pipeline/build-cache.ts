/**
 * The incremental build's memory: for each source, the content hashes of
 * everything its result depends on (source, XIncludes, schemas), the
 * build's own fingerprint (tool version, stylesheets, options), the
 * outputs it wrote and the diagnostics it gave. An unchanged document is
 * neither validated nor transformed again; its diagnostics are replayed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

const FORMAT = 1;

/** What is remembered of one document. */
export interface CacheEntry {
  /** The build fingerprint the entry was made under. */
  fingerprint: string;
  /** Every input with the SHA-256 of its content when the entry was made. */
  inputs: { path: string; sha256: string }[];
  /** Output files, relative to the output folder. */
  outputs: string[];
  diagnostics: Diagnostic[];
}

interface CacheFile {
  format: number;
  entries: Record<string, CacheEntry>;
}

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Hashes files, memoised for one build (a schema shared by every document is read once). */
export class FileHasher {
  private readonly hashes = new Map<string, Promise<string | undefined>>();

  hash(file: string): Promise<string | undefined> {
    let hashing = this.hashes.get(file);
    if (!hashing) {
      hashing = readFile(file).then(sha256, () => undefined);
      this.hashes.set(file, hashing);
    }
    return hashing;
  }
}

export class BuildCache {
  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {}

  /** Opens the cache stored at `file` (an absent or unreadable cache is empty). */
  static async open(file: string): Promise<BuildCache> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') return new BuildCache(file, data);
    } catch {
      // Absent or corrupt: start afresh; the cache only ever saves time.
    }
    return new BuildCache(file, { format: FORMAT, entries: {} });
  }

  /** The entry for `source` if it is still valid: same fingerprint, same input contents, outputs present. */
  async lookup(source: string, fingerprint: string, outDir: string, hasher: FileHasher): Promise<CacheEntry | undefined> {
    const entry = this.data.entries[source];
    if (!entry || entry.fingerprint !== fingerprint) return undefined;
    for (const input of entry.inputs) if ((await hasher.hash(input.path)) !== input.sha256) return undefined;
    if (!entry.outputs.every((o) => existsSync(path.join(outDir, o)))) return undefined;
    return entry;
  }

  /** Remembers the result for `source`. */
  async store(source: string, fingerprint: string, inputs: readonly string[], outputs: readonly string[], diagnostics: readonly Diagnostic[], hasher: FileHasher): Promise<void> {
    const hashed: CacheEntry['inputs'] = [];
    for (const input of inputs) {
      const digest = await hasher.hash(input);
      if (digest) hashed.push({ path: input, sha256: digest });
    }
    this.data.entries[source] = { fingerprint, inputs: hashed, outputs: [...outputs], diagnostics: [...diagnostics] };
  }

  /** Forgets sources no longer in the build. */
  retain(sources: ReadonlySet<string>): void {
    for (const key of Object.keys(this.data.entries)) if (!sources.has(key)) delete this.data.entries[key];
  }

  async save(): Promise<void> {
    // Entries in source order, whatever order the workers finished in: the same build writes the same file.
    const entries = Object.fromEntries(Object.entries(this.data.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFileAtomic(this.file, JSON.stringify({ ...this.data, entries }));
  }
}
