/**
 * The incremental build's memory: for each source, the content hashes of
 * everything its result depends on (source, XIncludes, schemas), the
 * build's own fingerprint (tool version, stylesheets, options), the
 * outputs it wrote and the diagnostics it gave. An unchanged document is
 * neither validated nor transformed again; its diagnostics are replayed.
 * Paths are stored relative to the cache's folder (the output folder), so
 * that nothing written to the output names the machine's folders; the
 * methods take and give absolute paths.
 */
import { sha256 } from '../util/sha256.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

/** 2: paths relative to the cache's folder (1 had absolute paths). */
const FORMAT = 2;

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

/** An entry as stored: the diagnostics that named a file by its absolute path name it relative to the cache's folder, and are listed. */
interface StoredEntry extends CacheEntry {
  absoluteFiles?: number[];
}

interface CacheFile {
  format: number;
  entries: Record<string, StoredEntry>;
}

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
  /** The folder paths are stored relative to. */
  private readonly base: string;

  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {
    this.base = path.dirname(path.resolve(file));
  }

  private stored(absolute: string): string {
    return path.relative(this.base, absolute).split(path.sep).join('/');
  }

  private absolute(stored: string): string {
    return path.resolve(this.base, stored);
  }

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
    const entry = this.data.entries[this.stored(source)];
    if (!entry || entry.fingerprint !== fingerprint) return undefined;
    const inputs = entry.inputs.map((i) => ({ path: this.absolute(i.path), sha256: i.sha256 }));
    for (const input of inputs) if ((await hasher.hash(input.path)) !== input.sha256) return undefined;
    if (!entry.outputs.every((o) => existsSync(path.join(outDir, o)))) return undefined;
    const absolute = new Set(entry.absoluteFiles ?? []);
    const diagnostics = entry.diagnostics.map((d, i) => (absolute.has(i) && d.file ? { ...d, file: this.absolute(d.file) } : d));
    return { fingerprint: entry.fingerprint, inputs, outputs: entry.outputs, diagnostics };
  }

  /** Every remembered source (absolute) with the outputs it wrote. */
  sources(): { source: string; outputs: string[] }[] {
    return Object.entries(this.data.entries).map(([source, entry]) => ({ source: this.absolute(source), outputs: entry.outputs }));
  }

  /** Remembers the result for `source`. */
  async store(source: string, fingerprint: string, inputs: readonly string[], outputs: readonly string[], diagnostics: readonly Diagnostic[], hasher: FileHasher): Promise<void> {
    const hashed: CacheEntry['inputs'] = [];
    for (const input of inputs) {
      const digest = await hasher.hash(input);
      if (digest) hashed.push({ path: this.stored(input), sha256: digest });
    }
    // Diagnostics name files as the user gave them, absolute if given so: stored relative, restored on lookup.
    const absoluteFiles = diagnostics.flatMap((d, i) => (d.file && path.isAbsolute(d.file) ? [i] : []));
    const stored = diagnostics.map((d, i) => (absoluteFiles.includes(i) ? { ...d, file: this.stored(d.file!) } : d));
    this.data.entries[this.stored(source)] = { fingerprint, inputs: hashed, outputs: [...outputs], diagnostics: stored, ...(absoluteFiles.length ? { absoluteFiles } : {}) };
  }

  /** Forgets sources no longer in the build. */
  retain(sources: ReadonlySet<string>): void {
    for (const key of Object.keys(this.data.entries)) if (!sources.has(this.absolute(key))) delete this.data.entries[key];
  }

  async save(): Promise<void> {
    // Entries in source order, whatever order the workers finished in: the same build writes the same file.
    const entries = Object.fromEntries(Object.entries(this.data.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFileAtomic(this.file, JSON.stringify({ ...this.data, entries }));
  }
}
