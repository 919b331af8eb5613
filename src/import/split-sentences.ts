/**
 * Splits a paragraph into sentences without being fooled by the period of a
 * title ("Com.", "Col."), an initial ("S. S. Zudin") or a number ("No. 5"):
 * speech and asides are read sentence by sentence.
 */

export interface Sentence {
  start: number;
  /** End offset, after the final punctuation and any closing quote or bracket. */
  end: number;
}

const ABBREVIATIONS = new Set([
  'com', 'cde', 'col', 'gen', 'lt', 'maj', 'capt', 'adm', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'nr', 'vol', 'pp', 'p', 'ca',
  'cf', 'e.g', 'i.e', 'etc', 'vs', 'amb', 'dept', 'gov', 'govt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'op', 'f', 'd', 'l', 'll', 'att', 'ref', 'tel', 'approx', 'incl', 'tov', 'ed', 'eds', 'trans', 'tr',
]);

/** The sentences of `text`, covering it without gaps (white space between sentences belongs to neither). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = text.search(/\S/u);
  if (start < 0) return sentences;
  const re = /[.!?…]+["”’»)\]]*(?=\s+["“‘«(\[]?[\p{Lu}\p{N}]|\s*$)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 12), m.index))?.[1] ?? '';
      // A title, an initial or a known abbreviation does not end a sentence.
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    if (end > start) sentences.push({ start, end });
    const next = text.slice(end).search(/\S/u);
    if (next < 0) return sentences;
    start = end + next;
  }
  if (start < text.trimEnd().length) sentences.push({ start, end: text.trimEnd().length });
  return sentences;
}
