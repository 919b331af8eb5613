/** Writes a compiled ODD: DIR/IDENT.rng and (unless asked not to) DIR/IDENT.sch, each atomically. */
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import type { CompiledOdd } from './compile-odd.js';

export interface WrittenOdd {
  rng?: string;
  schematron?: string;
  diagnostics: Diagnostic[];
}

/**
 * Writes the schemas of `compiled` into `outDir`; returns their paths. With
 * `schematron: false` only the RELAX NG is written (its Schematron stays
 * embedded), so that a hand-written DIR/IDENT.sch is left alone.
 */
export async function writeCompiledOdd(compiled: CompiledOdd, outDir: string, options: { schematron?: boolean } = {}): Promise<WrittenOdd> {
  if (!compiled.ident || compiled.rng === undefined || compiled.schematron === undefined) return { diagnostics: [] };
  const rng = path.join(outDir, `${compiled.ident}.rng`);
  const schematron = path.join(outDir, `${compiled.ident}.sch`);
  try {
    await writeFileAtomic(rng, compiled.rng);
    if (options.schematron === false) return { rng, diagnostics: [] };
    await writeFileAtomic(schematron, compiled.schematron);
    return { rng, schematron, diagnostics: [] };
  } catch (e) {
    return { diagnostics: [diagnostic('error', 'io', 'io.write-failed', `cannot write ${JSON.stringify(outDir)}: ${(e as Error).message}; expected a writable folder`, { file: outDir })] };
  }
}
