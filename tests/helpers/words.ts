/**
 * Word-level comparison of an edition with its source: the words of a text
 * (letters and digits, Unicode-aware) and the longest common subsequence of
 * two word lists, which measures how many source words survive, in order.
 */

/** The words of `text`: maximal runs of letters, marks and digits, NFC-normalised. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * Length of the longest common subsequence of `a` and `b` (dynamic programming
 * over two rows: O(|a|·|b|) time, O(|b|) memory; fine for records of a few thousand words).
 */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The source words missing from `edition` (not part of a common subsequence), for readable failures. */
export function missingWords(source: readonly string[], edition: readonly string[]): string[] {
  // Backtrack through a full table; records are small enough for it.
  const n = source.length;
  const m = edition.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      table[i]![j] = source[i - 1] === edition[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const missing: string[] = [];
  for (let i = n, j = m; i > 0; ) {
    if (j > 0 && source[i - 1] === edition[j - 1]) {
      i--;
      j--;
    } else if (j > 0 && table[i]![j - 1]! >= table[i - 1]![j]!) j--;
    else missing.unshift(`${source[--i]}@${i}`);
  }
  return missing;
}
