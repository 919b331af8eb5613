/**
 * Reading the lines of a text edition in tests: display columns and the
 * body after the header block.
 */

/** Display columns of a line, by Unicode properties (independent of the stylesheet's block ranges). */
export function columns(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (/[\p{M}\p{Cf}]/u.test(ch)) continue;
    n += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1;
  }
  return n;
}

/** The body of an edition: what follows the header block's closing rule (or the title's, when the header has no facts). */
export function body(text: string): string {
  const rules = [...text.matchAll(/^=+$/gm)];
  return text.slice(rules.length ? rules[rules.length - 1]!.index! + rules[rules.length - 1]![0].length : 0);
}

