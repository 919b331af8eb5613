import { lastAtOrBefore } from './last-at-or-before.js';

/** A 1-based line and column (UTF-16 code units), as editors and jing report them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps character offsets in a text to 1-based line and column numbers.
 * Built once per document (one pass over the text), then each lookup is a
 * binary search, so positions can be kept as plain offsets on every node.
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = [0];
    this.addText(text, 0);
  }

  /** Adds the line breaks of `text`, which starts at `offset` just after the text seen so far (for a text read in chunks). */
  addText(text: string, offset: number): void {
    const starts = this.starts;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(offset + i + 1);
  }

  /** The line and column of `offset`; offsets past the end clamp to the last line. */
  locate(offset: number): LineColumn {
    const line = lastAtOrBefore(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /** The offset of the start of a 1-based line, or -1 when the text has fewer lines. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? -1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
