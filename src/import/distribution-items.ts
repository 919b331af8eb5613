/**
 * Splits the lines of a distribution or copy list into the list's parts: a
 * line that runs its recipients on ("Distribution list - 6 copies: 1 -
 * Stalin, 2 - Molotov, …") gives its label and one item a recipient; any
 * other line is one item. Offsets index the line's normalised text; every
 * character of a part stays in that part (a separating comma ends its item),
 * so no word is lost.
 */
import { DISTRIBUTION_LABEL } from './block-patterns.js';

export type Range = [start: number, end: number];

export interface DistributionLine {
  /** The label up to its colon, when the line runs items on after it. */
  label?: Range;
  items: Range[];
}

/** Item starts after ", " or "; " before a number and a dash ("2 - Molotov", "3. Beria", "4) the file"). */
const NUMBERED_ITEM = /[,;]\s+(?=\d{1,3}\s*[-–—.)]\s*\S)/gu;
const SEPARATED_ITEM = /[,;]\s+/gu;

/** The parts of one line of a distribution list. */
export function splitDistributionLine(text: string): DistributionLine {
  const colon = text.indexOf(':');
  if (!DISTRIBUTION_LABEL.test(text) || colon < 0 || colon > 80) return { items: [[0, text.length]] };
  const restStart = colon + 1 + (/^\s*/u.exec(text.slice(colon + 1))?.[0].length ?? 0);
  const rest = text.slice(restStart);
  const cut = (pattern: RegExp) => {
    const starts = [0, ...[...rest.matchAll(pattern)].map((m) => m.index + m[0].length)];
    return starts.map((s, i): Range => [restStart + s, restStart + (i + 1 < starts.length ? starts[i + 1]! : rest.length)]).map(([s, e]): Range => [s, s + text.slice(s, e).trimEnd().length]);
  };
  const numbered = cut(NUMBERED_ITEM);
  // Recipients named without numbers are split on commas only when there are several short ones ("Copies: Molotov, Malenkov, the file").
  const separated = cut(SEPARATED_ITEM);
  const items = numbered.length >= 2 ? numbered : separated.length >= 3 && separated.every(([s, e]) => text.slice(s, e).split(' ').length <= 6) ? separated : undefined;
  return items ? { label: [0, colon + 1], items } : { items: [[0, text.length]] };
}
