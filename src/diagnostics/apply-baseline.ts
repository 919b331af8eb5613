/**
 * Baselines: a corpus adopts tei-edition without fixing thousands of old
 * problems first. A baseline is a JSON array of earlier diagnostics (what
 * `--format json` prints); a diagnostic is "old" when the baseline holds one
 * with the same file, layer, rule, node and message. Lines are not compared,
 * since unrelated edits move them.
 */
import type { Diagnostic } from './diagnostic.js';

/** The identity of a problem across edits that move it. */
function fingerprint(d: Pick<Diagnostic, 'file' | 'layer' | 'ruleId' | 'message' | 'xpath'>): string {
  return [d.file.split('\\').join('/'), d.layer, d.ruleId, d.xpath ?? '', d.message].join('\u0000');
}

/** Reads a baseline file's content; returns an error message instead of throwing on bad input. */
export function parseBaseline(text: string): { baseline?: Diagnostic[]; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `it is not JSON (${(e as Error).message}); expected the output of "tei-edition validate --format json"` };
  }
  if (!Array.isArray(value) || value.some((d) => typeof d !== 'object' || d === null || typeof (d as Diagnostic).ruleId !== 'string' || typeof (d as Diagnostic).file !== 'string')) {
    return { error: 'it is not an array of diagnostics; expected the output of "tei-edition validate --format json"' };
  }
  return { baseline: value as Diagnostic[] };
}

/** The diagnostics not accounted for by the baseline (each baseline entry excuses one occurrence). */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: readonly Diagnostic[]): Diagnostic[] {
  const budget = new Map<string, number>();
  for (const d of baseline) budget.set(fingerprint(d), (budget.get(fingerprint(d)) ?? 0) + 1);
  return diagnostics.filter((d) => {
    const key = fingerprint(d);
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      return false;
    }
    return true;
  });
}
