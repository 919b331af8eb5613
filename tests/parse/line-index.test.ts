import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';

/** The obvious way: count newlines before the offset. */
function naive(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('LineIndex', () => {
  it('locates offsets as 1-based lines and columns', () => {
    const index = new LineIndex('ab\ncd\r\n\nx');
    expect(index.locate(0)).toEqual({ line: 1, column: 1 });
    expect(index.locate(3)).toEqual({ line: 2, column: 1 });
    expect(index.locate(8)).toEqual({ line: 4, column: 1 });
    expect(index.lineStart(3)).toBe(7);
    expect(index.lineCount).toBe(4);
  });

  it('agrees with counting newlines, for any text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', ' ') }), fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0;
        expect(new LineIndex(text).locate(offset)).toEqual(naive(text, offset));
      }),
    );
  });
});
