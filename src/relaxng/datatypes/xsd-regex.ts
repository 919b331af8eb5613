/**
 * Translates XML Schema regular expressions (the `pattern` facet) into
 * JavaScript RegExps with the `u` flag. The two dialects differ in ways that
 * matter for TEI schemas: XSD patterns are implicitly anchored, `^` and `$`
 * are ordinary characters, `.` excludes only CR and LF, `\i`/`\c` name
 * XML name characters, and character classes allow subtraction
 * (`[a-z-[aeiou]]`). A translation error is returned, never thrown, so a bad
 * schema becomes a diagnostic.
 */
import { NAME_START_CHAR, NAME_CHAR } from 'xmlchars/xml/1.0/ed5.js';

/** The outcome of translating one XSD pattern. */
export type RegexTranslation = { regex: RegExp } | { error: string };

/** Unicode general categories XSD allows in `\p{…}`; JavaScript accepts the same short names. */
const CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Z', 'Zs', 'Zl', 'Zp',
  'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn', 'Cs',
]);

const SINGLE_ESCAPES: Record<string, number> = {
  n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c, '|': 0x7c, '.': 0x2e, '?': 0x3f, '*': 0x2a, '+': 0x2b,
  '(': 0x28, ')': 0x29, '{': 0x7b, '}': 0x7d, '-': 0x2d, '[': 0x5b, ']': 0x5d, '^': 0x5e,
};

/** A set of characters being assembled: `inline` goes inside `[...]`, `alternatives` are one-character regexes. */
interface CharSet {
  inline: string;
  alternatives: string[];
}

/** Multi-character escapes as sets. The complemented ones cannot sit inside a JS class, so they become alternatives. */
function multiEscape(letter: string): CharSet | undefined {
  switch (letter) {
    case 's': return { inline: ' \\t\\n\\r', alternatives: [] };
    case 'S': return { inline: '', alternatives: ['[^ \\t\\n\\r]'] };
    case 'd': return { inline: '\\p{Nd}', alternatives: [] };
    case 'D': return { inline: '\\P{Nd}', alternatives: [] };
    case 'w': return { inline: '', alternatives: ['[^\\p{P}\\p{Z}\\p{C}]'] };
    case 'W': return { inline: '\\p{P}\\p{Z}\\p{C}', alternatives: [] };
    case 'i': return { inline: NAME_START_CHAR, alternatives: [] };
    case 'I': return { inline: '', alternatives: [`[^${NAME_START_CHAR}]`] };
    case 'c': return { inline: NAME_CHAR, alternatives: [] };
    case 'C': return { inline: '', alternatives: [`[^${NAME_CHAR}]`] };
    default: return undefined;
  }
}

/** A code point written so that it is literal both inside and outside a `u`-mode class. */
function lit(cp: number): string {
  return /[A-Za-z0-9]/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\u{${cp.toString(16)}}`;
}

function setToRegex(set: CharSet): string {
  const parts = [...(set.inline ? [`[${set.inline}]`] : []), ...set.alternatives];
  if (parts.length === 0) return '[]'; // matches nothing, as an empty XSD class would
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

class Translator {
  private pos = 0;
  private readonly chars: number[];

  constructor(private readonly source: string) {
    this.chars = Array.from(source, (c) => c.codePointAt(0)!);
  }

  translate(): string {
    const out = this.regExp();
    if (this.pos < this.chars.length) throw new Error(`unexpected ${JSON.stringify(String.fromCodePoint(this.chars[this.pos]!))} at position ${this.pos + 1}`);
    return out;
  }

  private peek(): string | undefined {
    const c = this.chars[this.pos];
    return c === undefined ? undefined : String.fromCodePoint(c);
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) out += this.piece();
    return out;
  }

  private piece(): string {
    const atom = this.atom();
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.pos++;
      return atom + c;
    }
    if (c === '{') {
      const rest = this.source.slice(this.offsetOf(this.pos));
      const m = /^\{(\d+)(,(\d*))?\}/.exec(rest);
      if (!m) throw new Error(`malformed quantifier at position ${this.pos + 1}`);
      this.pos += Array.from(m[0]).length;
      return atom + m[0];
    }
    return atom;
  }

  /** The UTF-16 offset of the code point index `index` (the pattern may hold astral characters). */
  private offsetOf(index: number): number {
    let offset = 0;
    for (let i = 0; i < index; i++) offset += this.chars[i]! > 0xffff ? 2 : 1;
    return offset;
  }

  private atom(): string {
    const c = this.peek()!;
    switch (c) {
      case '(': {
        this.pos++;
        const inner = this.regExp();
        if (this.peek() !== ')') throw new Error('missing ")"');
        this.pos++;
        return `(?:${inner})`;
      }
      case '[':
        return this.classExpr();
      case '.':
        this.pos++;
        return '[^\\n\\r]';
      case '\\':
        return setToRegex(this.escape());
      case '?': case '*': case '+': case '{': case '}': case ')': case ']':
        throw new Error(`unescaped ${JSON.stringify(c)} at position ${this.pos + 1}`);
      default:
        this.pos++;
        return lit(c.codePointAt(0)!);
    }
  }

  /** Reads an escape after `\`, as a set (a single-character escape is a one-character set). */
  private escape(): CharSet {
    this.pos++; // the backslash
    const c = this.peek();
    if (c === undefined) throw new Error('pattern ends with "\\"');
    this.pos++;
    if (c in SINGLE_ESCAPES) return { inline: lit(SINGLE_ESCAPES[c]!), alternatives: [] };
    const multi = multiEscape(c);
    if (multi) return multi;
    if (c === 'p' || c === 'P') {
      if (this.peek() !== '{') throw new Error(`"\\${c}" must be followed by "{"`);
      const close = this.chars.indexOf(0x7d, this.pos);
      if (close < 0) throw new Error(`"\\${c}{" is not closed`);
      const name = String.fromCodePoint(...this.chars.slice(this.pos + 1, close));
      this.pos = close + 1;
      if (!CATEGORIES.has(name)) {
        if (name.startsWith('Is')) throw new Error(`the Unicode block escape "\\${c}{${name}}" is not supported; use a character range instead`);
        throw new Error(`unknown Unicode category "${name}"`);
      }
      return { inline: `\\${c}{${name}}`, alternatives: [] };
    }
    throw new Error(`unknown escape "\\${c}"`);
  }

  /** `[` posCharGroup | negCharGroup, optionally `-[` subtraction `]`, then `]`. */
  private classExpr(): string {
    this.pos++; // [
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const set: CharSet = { inline: '', alternatives: [] };
    let subtraction: string | undefined;
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Error('character class is not closed');
      if (c === ']' && !first) {
        this.pos++;
        break;
      }
      if (c === '-' && this.chars[this.pos + 1] === 0x5b /* [ */ && !first) {
        this.pos++;
        subtraction = this.classExpr();
        if (this.peek() !== ']') throw new Error('a subtraction must end the character class');
        this.pos++;
        break;
      }
      first = false;
      if (c === '\\') {
        const escaped = this.escape();
        const single = escaped.alternatives.length === 0 ? this.singleCodePoint(escaped.inline) : undefined;
        if (single !== undefined && this.peek() === '-' && this.chars[this.pos + 1] !== 0x5b && this.chars[this.pos + 1] !== 0x5d) {
          set.inline += this.rangeFrom(single);
        } else {
          set.inline += escaped.inline;
          set.alternatives.push(...escaped.alternatives);
        }
        continue;
      }
      if (c === '[') throw new Error(`unescaped "[" in a character class at position ${this.pos + 1}`);
      this.pos++;
      const cp = c.codePointAt(0)!;
      if (this.peek() === '-' && this.chars[this.pos + 1] !== 0x5b && this.chars[this.pos + 1] !== 0x5d && this.chars[this.pos + 1] !== undefined) {
        set.inline += this.rangeFrom(cp);
      } else set.inline += lit(cp);
    }
    let out: string;
    if (negated) out = set.alternatives.length === 0 ? `[^${set.inline}]` : `(?:(?!${setToRegex(set)})[^])`;
    else out = setToRegex(set);
    return subtraction ? `(?:(?!${subtraction})${out})` : out;
  }

  /** The code point of a one-character inline escape such as `\u{2d}`, else undefined. */
  private singleCodePoint(inline: string): number | undefined {
    const m = /^\\u\{([0-9a-f]+)\}$/.exec(inline);
    if (m) return parseInt(m[1]!, 16);
    return Array.from(inline).length === 1 ? inline.codePointAt(0) : undefined;
  }

  /** Reads `-end` after a range start. */
  private rangeFrom(start: number): string {
    this.pos++; // -
    let end: number;
    if (this.peek() === '\\') {
      const escaped = this.escape();
      const single = escaped.alternatives.length === 0 ? this.singleCodePoint(escaped.inline) : undefined;
      if (single === undefined) throw new Error('a range must end with a single character');
      end = single;
    } else {
      end = this.chars[this.pos]!;
      this.pos++;
    }
    if (end < start) throw new Error(`range ${String.fromCodePoint(start)}-${String.fromCodePoint(end)} is out of order`);
    return `${lit(start)}-${lit(end)}`;
  }
}

// TEI schemas repeat a handful of patterns hundreds of times: translate each once per process.
const translations = new Map<string, RegexTranslation>();

/** Translates an XSD pattern into an anchored JavaScript RegExp, or explains why it cannot. */
export function translateXsdRegex(pattern: string): RegexTranslation {
  let result = translations.get(pattern);
  if (result) return result;
  try {
    const body = new Translator(pattern).translate();
    result = { regex: new RegExp(`^(?:${body})$`, 'u') };
  } catch (e) {
    result = { error: `invalid XML Schema regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}` };
  }
  translations.set(pattern, result);
  return result;
}
