import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBrackets, type BracketGroup } from '../../src/import/parse-brackets.js';

const shape = (g: BracketGroup): unknown => ({ at: [g.start, g.end], double: g.double, children: g.children.map(shape) });

describe('parseBrackets', () => {
  it('nests groups as printed and recognises double brackets', () => {
    const text = '[faded image of a stamp: [[TOP SECRET]]]';
    const { groups, stray } = parseBrackets(text);
    expect(stray).toEqual([]);
    expect(groups.map(shape)).toEqual([{ at: [0, 40], double: false, children: [{ at: [25, 39], double: true, children: [] }] }]);
    expect(text.slice(groups[0]!.children[0]!.innerStart, groups[0]!.children[0]!.innerEnd)).toBe('TOP SECRET');
  });

  it('reports unpaired brackets and keeps the groups inside an unclosed one', () => {
    const { groups, stray } = parseBrackets('a ] b [ c [d] e');
    expect(stray).toEqual([{ offset: 2, char: ']' }, { offset: 6, char: '[' }]);
    expect(groups.map((g) => [g.start, g.end])).toEqual([[10, 13]]);
  });

  it('does not take "[[a] b]" for a double group', () => {
    expect(parseBrackets('[[a] b]').groups.map(shape)).toEqual([{ at: [0, 7], double: false, children: [{ at: [1, 4], double: false, children: [] }] }]);
  });

  it('accounts for every bracket of any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', 'a', ' ', '[[', ']]')).map((a) => a.join('')), (text) => {
        const { groups, stray } = parseBrackets(text);
        const count = (gs: readonly BracketGroup[]): number => gs.reduce((n, g) => n + (g.double ? 4 : 2) + count(g.children), 0);
        expect(count(groups) + stray.length).toBe([...text].filter((c) => c === '[' || c === ']').length);
        for (const g of groups) expect(text[g.start]).toBe('[');
      }),
    );
  });
});
