/**
 * The input as lines: white space normalised the way the encoding guidelines
 * ask (no-break and other spaces become spaces, runs collapse, lines are
 * trimmed), with a way back to the column of the input for the report.
 */

export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** The line as read (without its line terminator). */
  raw: string;
  /** The normalised line: single spaces, trimmed. */
  text: string;
}

/** Space-like characters of web captures: tab, no-break, figure, narrow no-break, ideographic and other Unicode spaces. */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000 ]+/gu;

/** Splits `text` into normalised lines. */
export function splitLines(text: string): SourceLine[] {
  const raws = text.split(/\r\n|\r|\n/);
  return raws.map((raw, i) => ({ no: i + 1, raw, text: raw.replace(SPACES, ' ').trim() }));
}

/** The 1-based input column of the character at `index` of `line.text`. */
export function columnOf(line: SourceLine, index: number): number {
  let n = -1;
  let inSpace = true; // leading white space is trimmed away
  for (let i = 0; i < line.raw.length; i++) {
    const c = line.raw.charCodeAt(i);
    const space = c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
    if (space) {
      if (!inSpace) {
        n++;
        inSpace = true;
        if (n === index) return i + 1;
      }
      continue;
    }
    inSpace = false;
    n++;
    if (n >= index) return i + 1;
  }
  return line.raw.length + 1;
}

/** A run of non-blank lines, the unit the structure is read from. */
export interface Block {
  lines: SourceLine[];
  /** The block's text: its normalised lines joined by "\n". */
  text: string;
}

/** Makes a block of `lines`. */
export function makeBlock(lines: SourceLine[]): Block {
  return { lines, text: lines.map((l) => l.text).join('\n') };
}

/** Groups lines into blocks separated by blank lines. */
export function groupBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) blocks.push(makeBlock(current));
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(makeBlock(current));
  return blocks;
}

/** The input line and column of offset `offset` in `block.text`. */
export function locate(block: Block, offset: number): { line: number; column: number } {
  let start = 0;
  for (const line of block.lines) {
    const end = start + line.text.length;
    if (offset <= end) return { line: line.no, column: columnOf(line, offset - start) };
    start = end + 1;
  }
  const last = block.lines[block.lines.length - 1];
  return last ? { line: last.no, column: last.raw.length + 1 } : { line: 1, column: 1 };
}
