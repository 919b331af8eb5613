import { describe, expect, it } from 'vitest';
import { RANK } from '../../src/import/inline-span.js';
import { readingView, toBlockRange } from '../../src/import/reading-view.js';
import { el } from '../../src/import/xml-node.js';

describe('readingView', () => {
  it('reads without hidden text, with expansions, and line breaks as spaces; ranges map back', () => {
    const text = 'Zh[ou] [sic]\nsaid';
    const choice = el('choice');
    const view = readingView(text, [[6, 12]], [{ start: 0, end: 6, element: choice, rank: RANK.choice, rule: 'x', replacement: [choice], reading: 'Zhou' }]);
    expect(view.text).toBe('Zhou said');
    expect(toBlockRange(view, 0, 4)).toEqual({ start: 0, end: 6 });
    expect(toBlockRange(view, 5, 9)).toEqual({ start: 13, end: 17 });
  });
});
