/**
 * A validation run: compiled schemas are loaded once and shared by every
 * document of the run, and problems with a schema itself are reported once,
 * not once per document.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileOddCached } from '../odd/compile-odd-cached.js';
import { defaultCacheDir, loadRngSchema, type RngSchema } from '../relaxng/index.js';
import type { SchematronSchema } from '../schematron/index.js';

export class ValidationSession {
  private readonly rngSchemas = new Map<string, Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }>>();
  private readonly schematrons = new Map<string, Promise<{ schema?: SchematronSchema; diagnostics: Diagnostic[] }>>();
  private readonly reported = new Set<string>();
  private readonly odds = new Map<string, Promise<{ rng?: string; diagnostics: Diagnostic[] }>>();

  constructor(
    readonly cacheDir?: string,
    /** The Schematron phase to run (default: the schema's defaultPhase, else all patterns). */
    readonly phase?: string,
  ) {}

  /**
   * An ODD named as a schema, compiled to RELAX NG on first use (cached by
   * content); its TEI source is its @source, else $TEI_EDITION_P5SUBSET.
   */
  private odd(schemaPath: string): Promise<{ rng?: string; diagnostics: Diagnostic[] }> {
    let compiling = this.odds.get(schemaPath);
    if (!compiling) {
      const source = process.env.TEI_EDITION_P5SUBSET;
      compiling = compileOddCached(schemaPath, this.cacheDir ?? defaultCacheDir(), source ? { source } : {});
      this.odds.set(schemaPath, compiling);
    }
    return compiling;
  }

  /** The compiled RELAX NG schema at `schemaPath` (an .odd is compiled first), compiled or read from cache on first use. */
  async rng(schemaPath: string): Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }> {
    let loading = this.rngSchemas.get(schemaPath);
    if (!loading) {
      loading = /\.odd$/i.test(schemaPath)
        ? this.odd(schemaPath).then(async (odd) => (odd.rng ? { ...(await loadRngSchema(odd.rng, this.cacheDir ? { cacheDir: this.cacheDir } : {})), diagnostics: odd.diagnostics } : odd))
        : loadRngSchema(schemaPath, this.cacheDir ? { cacheDir: this.cacheDir } : {});
      this.rngSchemas.set(schemaPath, loading);
    }
    const { schema, diagnostics } = await loading;
    return { ...(schema ? { schema } : {}), diagnostics: this.once(diagnostics) };
  }

  /**
   * The Schematron rules embedded in `rng` (when given) together with those of
   * the standalone `sch` files, compiled once per combination.
   */
  async schematron(rng: string | undefined, sch: readonly string[]): Promise<{ schema?: SchematronSchema; diagnostics: Diagnostic[] }> {
    const key = JSON.stringify([rng ?? '', ...sch]);
    let loading = this.schematrons.get(key);
    if (!loading) {
      if (rng && /\.odd$/i.test(rng)) rng = (await this.odd(rng)).rng;
      // Loaded on use, like validateSchematron: only runs with the Schematron layer pay for the XPath engine.
      loading = import('../schematron/index.js').then(({ loadSchematron }) => loadSchematron({ ...(rng ? { rng } : {}), sch: [...sch] }, { ...(this.cacheDir ? { cacheDir: this.cacheDir } : {}), ...(this.phase ? { phase: this.phase } : {}) }));
      this.schematrons.set(key, loading);
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
