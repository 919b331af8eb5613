/**
 * A validation run: compiled schemas are loaded once and shared by every
 * document of the run, and problems with a schema itself are reported once,
 * not once per document.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadRngSchema, type RngSchema } from './rng/index.js';

export class ValidationSession {
  private readonly rngSchemas = new Map<string, Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }>>();
  private readonly reported = new Set<string>();

  constructor(readonly cacheDir?: string) {}

  /** The compiled RELAX NG schema at `schemaPath`, compiled or read from cache on first use. */
  async rng(schemaPath: string): Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }> {
    let loading = this.rngSchemas.get(schemaPath);
    if (!loading) {
      loading = loadRngSchema(schemaPath, this.cacheDir ? { cacheDir: this.cacheDir } : {});
      this.rngSchemas.set(schemaPath, loading);
    }
    const { schema, diagnostics } = await loading;
    return { ...(schema ? { schema } : {}), diagnostics: this.once(diagnostics) };
  }

  /** The diagnostics not yet reported in this session. */
  once(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message}`;
      if (this.reported.has(key)) return false;
      this.reported.add(key);
      return true;
    });
  }
}
