/**
 * Stand-off markup over a block's text: every stage proposes elements as
 * spans of the text (or as replacements of it), and nest-spans.ts turns the
 * spans into one tree. Proposing spans rather than editing a tree lets each
 * rule stay independent of the others and lets conflicts be reported.
 */
import type { XElement, XNode } from './xml-node.js';

export interface InlineSpan {
  /** Offsets in the block's text (T), end exclusive. */
  start: number;
  end: number;
  /** The element to wrap the range in (its children are filled by nesting). */
  element: XElement;
  /** Nesting order for spans over the same range: lower is outer. */
  rank: number;
  /** The rule that proposed the span, for the report. */
  rule: string;
  /** Content that replaces the range's text (an abbreviation's choice, a gap); nothing inside is nested. */
  replacement?: XNode[];
  /** What the finders read for a replaced range (an abbreviation's expansion); default: the text. */
  reading?: string;
  /** Hidden ranges that exist for this span only (its brackets): printed again if the span cannot be nested. */
  hides?: HiddenRange[];
}

/** A range of the block's text that is not printed in the draft (brackets, the translator's "[sic]"). */
export type HiddenRange = readonly [start: number, end: number];

/** Nesting ranks: outer first. */
export const RANK = {
  container: 5,
  said: 10,
  remark: 12,
  supplied: 20,
  gap: 21,
  date: 25,
  measure: 26,
  name: 30,
  sic: 40,
  label: 45,
  choice: 50,
} as const;
