/**
 * Suggests the closest known names for a mistyped one ("did you mean"),
 * by edit distance; used to make dangling-pointer messages actionable.
 */

/** The two rows of the distance table, kept between calls (grown as needed) so that a call allocates nothing. */
let previous = new Uint32Array(64);
let current = new Uint32Array(64);

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previous.length <= b.length) {
    previous = new Uint32Array(b.length * 2 + 1);
    current = new Uint32Array(b.length * 2 + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const insertion = current[j - 1]! + 1;
      const deletion = previous[j]! + 1;
      const value = substitution < insertion ? (substitution < deletion ? substitution : deletion) : insertion < deletion ? insertion : deletion;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** Up to `count` candidates within an edit distance of a third of `name`'s length (at least 1), nearest first. */
export function closestMatches(name: string, candidates: Iterable<string>, count: number): string[] {
  const limit = Math.max(1, Math.floor(name.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const distance = candidate.startsWith(name) || name.startsWith(candidate) ? 1 : editDistance(name, candidate, limit);
    if (distance <= limit) scored.push([candidate, distance]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  return scored.slice(0, count).map(([candidate]) => candidate);
}
