/**
 * A validation run: compiled schemas are loaded once and shared by every
 * document of the run, and problems with a schema itself are reported once,
 * not once per document.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { compileOddCached } from '../odd/compile-odd-cached.js';
import type { CompileOddOptions } from '../odd/compile-odd.js';
import { defaultCacheDir, loadRngSchema, type RngSchema } from '../relaxng/index.js';
import type { SchematronSchema } from '../schematron/index.js';

/** What compiling an ODD named as a schema takes from the validation options. */
export function oddOptions(options: { oddSource?: string; allowNetwork?: boolean; catalogs?: readonly string[]; env?: NodeJS.ProcessEnv }): CompileOddOptions {
  // The option (--source, the configuration's oddSource) wins over the environment's default.
  const source = options.oddSource ?? (options.env ?? process.env).TEI_EDITION_P5SUBSET;
  return {
    ...(source ? { source } : {}),
    ...(options.allowNetwork ? { allowNetwork: true } : {}),
    ...(options.catalogs?.length ? { catalogFiles: [...options.catalogs] } : {}),
  };
}

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
   * content); its TEI source is its @source, else `odd.source` (see {@link oddOptions}).
   */
  private odd(schemaPath: string, odd: CompileOddOptions): Promise<{ rng?: string; diagnostics: Diagnostic[] }> {
    const key = JSON.stringify([schemaPath, odd]);
    let compiling = this.odds.get(key);
    if (!compiling) {
      compiling = compileOddCached(schemaPath, this.cacheDir ?? defaultCacheDir(), odd);
      this.odds.set(key, compiling);
    }
    return compiling;
  }

  /**
   * The compiled RELAX NG schema at `schemaPath` (an .odd is compiled first,
   * with `odd`'s TEI source), compiled or read from cache on first use.
   */
  async rng(schemaPath: string, odd: CompileOddOptions = {}): Promise<{ schema?: RngSchema; diagnostics: Diagnostic[] }> {
    const key = /\.odd$/i.test(schemaPath) ? JSON.stringify([schemaPath, odd]) : schemaPath;
    let loading = this.rngSchemas.get(key);
    if (!loading) {
      loading = /\.odd$/i.test(schemaPath)
        ? this.odd(schemaPath, odd).then(async (odd) => (odd.rng ? { ...(await loadRngSchema(odd.rng, this.cacheDir ? { cacheDir: this.cacheDir } : {})), diagnostics: odd.diagnostics } : odd))
        : loadRngSchema(schemaPath, this.cacheDir ? { cacheDir: this.cacheDir } : {});
      this.rngSchemas.set(key, loading);
    }
    const { schema, diagnostics } = await loading;
    return { ...(schema ? { schema } : {}), diagnostics: this.once(diagnostics) };
  }

  /**
   * The Schematron rules embedded in `rng` (when given) together with those of
   * the standalone `sch` files, compiled once per combination (an .odd is
   * compiled first, as in {@link rng}).
   */
  async schematron(rng: string | undefined, sch: readonly string[], odd: CompileOddOptions = {}): Promise<{ schema?: SchematronSchema; diagnostics: Diagnostic[] }> {
    const key = JSON.stringify([rng ?? '', ...sch, odd]);
    let loading = this.schematrons.get(key);
    if (!loading) {
      if (rng && /\.odd$/i.test(rng)) rng = (await this.odd(rng, odd)).rng;
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
