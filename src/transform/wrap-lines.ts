/**
 * Line breaking for the text edition: display width and wrapping, as
 * xslt/text/wrap.xsl did it (byte for byte; lengths are counted in code
 * points, as XPath counts them, never in UTF-16 units).
 *
 * A line is broken only between words (at a space) or, in Chinese and
 * Japanese, between two characters where Unicode line breaking allows it
 * (never before a closing bracket or ideographic full stop, never after an
 * opening bracket). A word longer than the width stands on a line of its own
 * rather than being cut. Widths are display widths: a CJK character takes two
 * columns, a combining mark none.
 */

/** Internal markers the stylesheet leaves in the block model: Unicode noncharacters, never left in the output. */
export const LINE = '\uFDD1';
export const BREAK = '\uFDD2';
export const GLUE = '\uFDD3';
export const JOIN = '\uFDD4';
export const MARK_START = '\uFDD7';
export const MARK_END = '\uFDD8';

/** Characters that certainly take one column (Latin, Greek, Cyrillic, common punctuation): one test rules out the costlier classes. */
const NOT_NARROW = /[^\t-\u02FF\u0370-\u0482\u048A-\u052F\u2000-\u200A\u2010-\u2027\u2030-\u205E\u20A0-\u20BF\u2100-\u214F\uFDD0-\uFDDF]/u;
/** East Asian Wide and Fullwidth characters (UAX #11): two columns each. */
const WIDE_CLASS = '\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA000-\\uA4CF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}';
const WIDE = new RegExp(`[${WIDE_CLASS}]`, 'u');
const WIDE_ALL = new RegExp(`[${WIDE_CLASS}]`, 'gu');
/** Characters that take no column: combining marks and format characters (ZWJ, ZWNJ…). */
const ZERO = /[\p{M}\p{Cf}]/u;
const ZERO_ALL = /[\p{M}\p{Cf}]/gu;
/** Scripts written without spaces, where a line may break between two characters (not Hangul, which Korean spaces). */
const BREAKABLE = /([\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}])/gu;
/** Never at the start of a line (kinsoku): a break opportunity before one of these is taken back. */
const NO_BREAK_BEFORE = new RegExp(`${BREAK}([、。，．：；？！）」』】〕〉》〙〗〟・ー゠〜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥,.:;?!)\\]}’”»›])`, 'gu');
const OPENING_CLASS = '[（「『【〔〈《〘〖〝(\\[{‘“„‚«‹]';
/** Never at the end of a line: opening brackets and quotation marks. */
const NO_BREAK_AFTER = new RegExp(`(${OPENING_CLASS})${BREAK}`, 'gu');
/** An opening bracket standing alone, glued to the word after it. */
const LONE_OPENING = new RegExp(`(^| |${GLUE})(${OPENING_CLASS}) `, 'gu');

const SURROGATE = /[\uD800-\uDFFF]/;

/** The length of `s` in code points (XPath's string-length). */
export function codePoints(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

const count = (s: string, pattern: RegExp) => s.match(pattern)?.length ?? 0;

/** True when every character of `s` takes exactly one column. */
export function isSimple(s: string): boolean {
  return !NOT_NARROW.test(s) || (!WIDE.test(s) && !ZERO.test(s));
}

/** The number of columns `s` takes on a terminal or in a monospaced font. */
export function displayWidth(s: string): number {
  return isSimple(s) ? codePoints(s) : codePoints(s) + count(s, WIDE_ALL) - count(s, ZERO_ALL);
}

/** The width of `s`, a part of a text already known to be simple when `simple`. */
export function widthIn(s: string, simple: boolean): number {
  return simple ? codePoints(s) : displayWidth(s);
}

/** `n` spaces (none for n ≤ 0). */
export function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

/** XPath's normalize-space: XML white space only (a no-break space is text). */
export function normalizeSpace(s: string): string {
  return s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/** The width left for content after `used` columns; 0 (no wrapping) stays 0, and a block never gets narrower than 20 columns. */
export function innerWidth(width: number, used: number): number {
  return width <= 0 ? 0 : Math.max(width - used, 20);
}

/** Lines with indentation: `indent` before every non-blank line, `hang` more before all but the first. */
export function indentLines(lines: string[], indent: number, hang: number): string[] {
  if (indent === 0 && hang === 0) return lines;
  return lines.map((line, i) => (line === '' ? '' : spaces(indent + (i > 0 ? hang : 0)) + line));
}

const greedy = new Map<number, RegExp>();
/** The longest run of at most `width` characters followed by a space or the end; else a word too long to fit, alone. */
function greedyPattern(width: number): RegExp {
  let pattern = greedy.get(width);
  if (!pattern) greedy.set(width, (pattern = new RegExp(`([^\\n\\r]{1,${width}}|[^ ]+)( |$)`, 'gu')));
  return pattern;
}

/** The break units of `line`: each starts with a space when a space separates it from the previous one; units inside a run of CJK characters follow each other directly. */
function breakUnits(line: string): string[] {
  const marked = line.replace(BREAKABLE, `$1${BREAK}`).replace(NO_BREAK_BEFORE, '$1').replace(NO_BREAK_AFTER, '$1');
  const units: string[] = [];
  let word = 0;
  for (const token of marked.split(' ')) {
    if (token === '') continue;
    word++;
    let first = true;
    for (const unit of token.split(BREAK)) {
      if (unit === '') continue;
      units.push(first && word > 1 ? ` ${unit}` : unit);
      first = false;
    }
  }
  return units;
}

/** Greedy line filling over break units, by display width. */
function wrapUnits(units: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const unit of units) {
    const bare = unit.startsWith(' ') ? unit.slice(1) : unit;
    const cost = displayWidth(unit);
    if (line === '') {
      line = bare;
      used = displayWidth(bare);
    } else if (used + cost <= width) {
      line += unit;
      used += cost;
    } else {
      lines.push(line);
      line = bare;
      used = displayWidth(bare);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const unglue = (s: string) => (s.includes(GLUE) ? s.replaceAll(GLUE, ' ') : s);

/** The lines of one logical line (white space already normalised) at most `width` columns wide; `width` 0 means no wrapping. Glue markers become plain spaces. */
export function wrapLine(line: string, width: number): string[] {
  const simple = isSimple(line);
  if (width <= 0 || (simple ? codePoints(line) : displayWidth(line)) <= width) return [unglue(line)];
  // Twice: in "( ( word" the first match takes the space the second one needs.
  const glued = line.replace(LONE_OPENING, `$1$2${GLUE}`).replace(LONE_OPENING, `$1$2${GLUE}`);
  const lines = simple
    ? glued.replace(greedyPattern(width), '$1\n').split('\n').filter((l) => l !== '')
    : wrapUnits(breakUnits(glued), width);
  return glued.includes(GLUE) ? lines.map(unglue) : lines;
}

/** Blank first and last lines dropped (`blank` says which are blank). */
function trimBlank(lines: string[], blank: (line: string) => boolean): string[] {
  const first = lines.findIndex((l) => !blank(l));
  if (first < 0) return [];
  let last = lines.length - 1;
  while (blank(lines[last]!)) last--;
  return lines.slice(first, last + 1);
}

const xmlBlank = (l: string) => !/[^ \t\r\n]/.test(l);

/** The lines of preformatted text: spacing and line ends kept, blank edges and the common indentation removed. */
function preformatted(text: string): string[] {
  if (text === '') return [];
  const kept = trimBlank(text.replaceAll(LINE, '\n').replace(/\r\n?/g, '\n').split('\n'), xmlBlank);
  const margins = kept.filter((l) => !xmlBlank(l)).map((l) => /^[ \t]*/.exec(l)![0].length);
  const margin = margins.length > 0 ? Math.min(...margins) : 0;
  return kept.map((l) => l.slice(margin).replace(/[ \t]+$/, ''));
}

const JOINED = new RegExp(`[ \\t\\r\\n]*${JOIN}[ \\t\\r\\n]*`, 'g');
const PAGE_MARK = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}([^ \\t\\r\\n${LINE}]*)`, 'g');

/**
 * The lines of a block's text at `width`: forced breaks kept, white space (XML white space only)
 * collapsed, words joined across lb break="no", a page mark inside a word moved after it. With
 * `pre`, spacing and line ends are kept as they are.
 */
export function fillLines(text: string, width: number, pre: boolean): string[] {
  if (pre) return preformatted(text);
  const joined = text.includes(JOIN) ? text.replace(JOINED, '') : text;
  const marked = joined.includes(MARK_START) ? joined.replace(PAGE_MARK, '$2 $1') : joined;
  if (!marked.includes(LINE)) {
    const line = normalizeSpace(marked);
    return line === '' ? [] : wrapLine(line, width);
  }
  return trimBlank(marked.split(LINE).map(normalizeSpace), (l) => l === '').flatMap((l) => (l === '' ? [''] : wrapLine(l, width)));
}
