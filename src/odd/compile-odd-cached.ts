/**
 * An ODD as a schema for validation: compiled on first use and kept in the
 * schema cache, keyed by the ODD's content; the entry records the content
 * hash of every file the compilation read (chained ODDs, the TEI source), so
 * a change to any of them compiles again.
 */
import { sha256 } from '../util/sha256.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { compileOdd, type CompileOddOptions } from './compile-odd.js';


interface Manifest {
  version: string;
  files: Record<string, string>;
}

async function hashOf(file: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(file));
  } catch {
    return undefined;
  }
}

/** The compiled RELAX NG (with embedded Schematron) of the ODD at `oddPath`, from the cache or compiled now. */
export async function compileOddCached(oddPath: string, cacheDir: string, options: CompileOddOptions = {}): Promise<{ rng?: string; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(oddPath);
  } catch (e) {
    return { diagnostics: [diagnostic('error', 'rng', 'rng.schema-error', `cannot read the ODD ${JSON.stringify(oddPath)}: ${(e as Error).message}; expected a readable .odd file`, { file: oddPath })] };
  }
  const key = sha256(`${packageVersion}\n${JSON.stringify(options)}\n${sha256(bytes)}`);
  const rng = path.join(cacheDir, `odd-${key}.rng`);
  const manifestPath = path.join(cacheDir, `odd-${key}.json`);
  try {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    const current = await Promise.all(Object.keys(manifest.files).map(async (f) => [f, await hashOf(f)] as const));
    if (manifest.version === packageVersion && current.every(([f, h]) => h === manifest.files[f]) && (await hashOf(rng))) return { rng, diagnostics: [] };
  } catch {
    // No usable entry: compile.
  }
  const compiled = await compileOdd(oddPath, options);
  if (!compiled.rng || compiled.diagnostics.some((d) => d.severity === 'error')) return { diagnostics: compiled.diagnostics };
  const files: Record<string, string> = {};
  for (const f of compiled.files) {
    const h = await hashOf(f);
    if (h) files[path.resolve(f)] = h;
  }
  try {
    await writeFileAtomic(rng, compiled.rng);
    await writeFileAtomic(manifestPath, JSON.stringify({ version: packageVersion, files } satisfies Manifest));
  } catch (e) {
    return { diagnostics: [...compiled.diagnostics, diagnostic('error', 'io', 'io.write-failed', `cannot write the compiled ODD to the cache ${JSON.stringify(cacheDir)}: ${(e as Error).message}; expected a writable cache folder (--cache-dir)`, { file: oddPath })] };
  }
  return { rng, diagnostics: compiled.diagnostics };
}
