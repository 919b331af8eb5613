import { describe, expect, it } from 'vitest';
import { columnOf, groupBlocks, locate, splitLines } from '../../src/import/source-lines.js';

describe('source lines', () => {
  it('normalises spaces (no-break included) and keeps the way back to input columns', () => {
    const [line] = splitLines('  Printed:\u00a0 3   copies \t');
    expect(line!.text).toBe('Printed: 3 copies');
    expect(columnOf(line!, 0)).toBe(3);
    expect(columnOf(line!, line!.text.indexOf('3'))).toBe(13);
    expect(columnOf(line!, line!.text.indexOf('copies'))).toBe(17);
  });

  it('groups lines into blocks at blank lines and locates offsets of a block', () => {
    const blocks = groupBlocks(splitLines('a\r\nb\n\n\nc d\n  e'));
    expect(blocks.map((b) => b.text)).toEqual(['a\nb', 'c d\ne']);
    expect(locate(blocks[1]!, 2)).toEqual({ line: 5, column: 3 });
    expect(locate(blocks[1]!, 4)).toEqual({ line: 6, column: 3 });
  });
});
