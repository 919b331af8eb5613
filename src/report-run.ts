/**
 * How the CLI reports a run: diagnostics in the chosen format (text, with a
 * source excerpt on a terminal; JSON; SARIF), after a baseline removed the
 * known ones, then a one-line summary and the exit code the run deserves.
 */
import { readFileSync } from 'node:fs';
import { applyBaseline } from './diagnostics/apply-baseline.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { formatDiagnosticsJson, formatDiagnosticsText } from './diagnostics/format-diagnostics.js';
import { formatDiagnosticsSarif } from './diagnostics/format-sarif.js';
import { decodeSource } from './load/load-source.js';
import { packageVersion } from './package-root.js';
import type { FileReport } from './pipeline/validate-files.js';

/** Exit codes of the command. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export type OutputFormat = 'text' | 'json' | 'sarif';

/** Where the CLI writes. */
export interface Printer {
  out(text: string): void;
  err(text: string): void;
  /** True when `out` is a terminal: text diagnostics then carry a source excerpt. */
  isTTY?: boolean;
}

export interface ReportOptions {
  format: OutputFormat;
  baseline?: readonly Diagnostic[];
  /** Fail (exit 1) when more warnings than this are reported. */
  maxWarnings?: number;
  /** Milliseconds the run took, for the summary line. */
  elapsed?: number;
}

/** The decoded text of each file that has a diagnostic, for excerpts (unreadable files are skipped). */
function sourcesOf(diagnostics: readonly Diagnostic[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of new Set(diagnostics.filter((d) => d.line > 0).map((d) => d.file))) {
    try {
      const text = decodeSource(file, readFileSync(file)).source?.text;
      if (text !== undefined) sources.set(file, text);
    } catch {
      // The file vanished or is unreadable: its diagnostics print without an excerpt.
    }
  }
  return sources;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Prints the run's diagnostics and summary; returns the exit code. */
export function reportRun(printer: Printer, files: readonly FileReport[], general: readonly Diagnostic[], options: ReportOptions): number {
  let all = sortDiagnostics([...general, ...files.flatMap((f) => f.diagnostics)]);
  const before = all.length;
  if (options.baseline) all = applyBaseline(all, options.baseline);

  if (options.format === 'json') printer.out(formatDiagnosticsJson(all));
  else if (options.format === 'sarif') printer.out(formatDiagnosticsSarif(all, { name: 'tei-edition', version: packageVersion }));
  else printer.out(formatDiagnosticsText(all, printer.isTTY ? { sources: sourcesOf(all) } : {}));

  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const summary = [
    plural(files.length, 'file'),
    plural(errors, 'error'),
    plural(warnings, 'warning'),
    ...(options.baseline ? [`${before - all.length} in the baseline`] : []),
  ].join(', ');
  printer.err(`${summary}${options.elapsed !== undefined ? ` (${(options.elapsed / 1000).toFixed(2)} s)` : ''}\n`);
  if (tooManyWarnings) printer.err(`more than ${plural(options.maxWarnings!, 'warning')} (--max-warnings)\n`);

  const ioOrUsage = (d: Diagnostic) => d.severity === 'error' && (d.layer === 'usage' || d.layer === 'io');
  if (general.some(ioOrUsage) || files.some((f) => f.diagnostics.some(ioOrUsage))) return EXIT.usage;
  return errors || tooManyWarnings ? EXIT.errors : EXIT.ok;
}
