/**
 * The import report written beside each draft (NAME.import.json): every
 * decision with its line, rule, and, where the importer guessed, confidence
 * and alternatives; the bracket forms left as printed; what of the page was
 * dropped; and a one-line summary for the terminal.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Decision } from './decision.js';
import type { Unrecognised } from './import-context.js';
import type { DroppedItem } from './read-page-layout.js';

export interface ImportReport {
  tool: string;
  input: string;
  /** The draft's file, once written. */
  draft?: string;
  record: { title: string; when?: string; firstLine?: number; lastLine?: number };
  /** How many decisions each rule took, and how many of them were guesses. */
  summary: Record<string, { count: number; guessed: number }>;
  decisions: Decision[];
  unrecognised: Unrecognised[];
  dropped: DroppedItem[];
  /** Words of the record missing from the draft's printed text: always empty unless the importer has a bug. */
  lostWords: string[];
  diagnostics: Diagnostic[];
}

/** Counts decisions by rule. */
export function summarise(decisions: readonly Decision[]): ImportReport['summary'] {
  const summary: ImportReport['summary'] = {};
  for (const d of decisions) {
    const entry = (summary[d.rule] ??= { count: 0, guessed: 0 });
    entry.count++;
    if (d.confidence && d.confidence !== 'high') entry.guessed++;
  }
  return Object.fromEntries(Object.entries(summary).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const total = (report: ImportReport, prefix: string) =>
  Object.entries(report.summary).filter(([rule]) => rule.startsWith(prefix)).reduce((n, [, v]) => ({ count: n.count + v.count, guessed: n.guessed + v.guessed }), { count: 0, guessed: 0 });

/** One line for the terminal: what was found, what was guessed, what was left as printed. */
export function summaryLine(report: ImportReport): string {
  const part = (label: string, prefix: string) => {
    const t = total(report, prefix);
    return t.count ? `${t.count} ${label}${t.guessed ? ` (${t.guessed} guessed)` : ''}` : undefined;
  };
  const parts = [
    part('bracket marks', 'bracket.'),
    part('names', 'names.'),
    part('dates', 'date.'),
    part('measures', 'measure'),
    part('remarks', 'remark.'),
    part('speech', 'speech.'),
    report.unrecognised.length ? `${report.unrecognised.length} bracket forms kept as printed` : undefined,
    report.dropped.length ? `${report.dropped.length} page items dropped` : undefined,
  ].filter(Boolean);
  return `${report.input}: ${parts.join(', ') || 'no markup found'}`;
}
