/**
 * The import report's unit: one decision the importer took, where, by which
 * rule, and — when it guessed — how sure it is and what else it could have
 * been. Editors review a draft by walking these.
 */

/** How sure the importer is; mirrors TEI's @cert values. */
export type Confidence = 'high' | 'medium' | 'low';

export interface Decision {
  /** 1-based line in the input text. */
  line: number;
  /** 1-based column in the input line (UTF-16 code units). */
  column: number;
  /** The rule that fired, e.g. `bracket.sic` or `speech.reporting-verb`. */
  rule: string;
  /** What was encoded, e.g. `sic`, `persName ref="#kim"`, or `kept as text`. */
  encoded: string;
  /** The printed text the decision is about, as in the input. */
  text: string;
  /** Present when the importer guessed. */
  confidence?: Confidence;
  /** Other readings the importer considered, most likely first. */
  alternatives?: string[];
}

/** Collects decisions in input order. */
export class DecisionLog {
  readonly decisions: Decision[] = [];

  add(decision: Decision): void {
    this.decisions.push(decision);
  }

  /** Decisions sorted by position, then rule, for a stable report. */
  sorted(): Decision[] {
    return [...this.decisions].sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  }
}
