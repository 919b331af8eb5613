/**
 * Diagnostics are data: every stage reports problems as `Diagnostic` objects
 * instead of throwing, so that the CLI, the JSON/SARIF writers and library
 * users all see the same facts.
 */

/** How serious a diagnostic is. `error` makes the CLI exit with 1. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The validation layer (or pipeline stage) that produced a diagnostic.
 * - `io`: reading or writing files
 * - `wf`: well-formedness and character encoding
 * - `rng`: RELAX NG
 * - `sch`: Schematron
 * - `refs`: pointers and identifiers
 * - `transform`: XSLT
 * - `import`: plain-text import
 * - `usage`: command-line usage
 */
export type Layer = 'io' | 'wf' | 'rng' | 'sch' | 'refs' | 'transform' | 'import' | 'usage';

/** All layers, in the order the validator runs them. */
export const VALIDATION_LAYERS = ['wf', 'rng', 'sch', 'refs'] as const;
export type ValidationLayer = (typeof VALIDATION_LAYERS)[number];

/** One problem found in one file. Field names are stable: they are the JSON output format. */
export interface Diagnostic {
  severity: Severity;
  layer: Layer;
  /** A stable identifier of the rule that fired, e.g. `refs.dangling-pointer` or a Schematron assert id. */
  ruleId: string;
  /** What was found and what was expected, quoting the value. */
  message: string;
  /** The file as the user named it (relative paths stay relative). */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column in UTF-16 code units; 0 when the problem concerns the whole file. */
  column: number;
  /** An XPath to the offending node, where one is known. */
  xpath?: string;
}

/** Builds a diagnostic; a small helper so call sites stay on one line. */
export function diagnostic(
  severity: Severity,
  layer: Layer,
  ruleId: string,
  message: string,
  where: { file: string; line?: number; column?: number; xpath?: string },
): Diagnostic {
  const d: Diagnostic = {
    severity,
    layer,
    ruleId,
    message,
    file: where.file,
    line: where.line ?? 0,
    column: where.column ?? 0,
  };
  if (where.xpath !== undefined) d.xpath = where.xpath;
  return d;
}

/** True when at least one diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts diagnostics by file, line, column, then layer order, for stable output. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const layerOrder: Record<Layer, number> = { usage: 0, io: 1, wf: 2, rng: 3, sch: 4, refs: 5, transform: 6, import: 7 };
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      layerOrder[a.layer] - layerOrder[b.layer] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
