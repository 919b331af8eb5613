import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK, type InlineSpan } from '../../src/import/inline-span.js';
import { nestSpans } from '../../src/import/nest-spans.js';
import { el, isElement, textOf, type XNode } from '../../src/import/xml-node.js';

const span = (start: number, end: number, name: string, rank: number = RANK.name): InlineSpan => ({ start, end, element: el(name), rank, rule: name });
const show = (nodes: XNode[]): string => nodes.map((n) => (isElement(n) ? `<${n.name}>${show(n.children)}</${n.name}>` : n)).join('');

describe('nestSpans', () => {
  it('nests by containment, equal ranges by rank, and writes line breaks as lb', () => {
    const text = 'of the Embassy\nin Pyongyang';
    const { children, dropped } = nestSpans(text, [], [span(7, 27, 'orgName'), span(18, 27, 'placeName'), span(18, 27, 'sic', RANK.sic)]);
    expect(show(children)).toBe('of the <orgName>Embassy\n<lb></lb>in <placeName><sic>Pyongyang</sic></placeName></orgName>');
    expect(dropped).toEqual([]);
  });

  it('leaves hidden ranges out, and extends spans over hidden brackets at their edges', () => {
    const text = 'but [will do so] on';
    const { children } = nestSpans(text, [[4, 5], [15, 16]], [span(5, 15, 'said', RANK.said), span(4, 16, 'supplied', RANK.supplied)]);
    expect(show(children)).toBe('but <said><supplied>will do so</supplied></said> on');
  });

  it('drops a crossing span, reports it, and prints the brackets it hid', () => {
    const text = 'x [a b] c';
    const crossing = { ...span(2, 7, 'supplied'), hides: [[2, 3], [6, 7]] as [number, number][] };
    const { children, dropped } = nestSpans(text, [[2, 3], [6, 7]], [span(0, 4, 'said', RANK.said), crossing]);
    expect(dropped.map((d) => d.rule)).toEqual(['supplied']);
    expect(show(children)).toBe('<said>x [a</said> b] c');
  });

  it('replaces the text of a replacement span', () => {
    const choice = el('choice', {}, ['X']);
    const { children } = nestSpans('a Zh[ou] b', [], [{ ...span(2, 8, 'choice', RANK.choice), element: choice, replacement: [choice] }, span(2, 8, 'persName')]);
    expect(show(children)).toBe('a <persName><choice>X</choice></persName> b');
  });

  it('keeps every character that is not hidden, for any spans (property)', () => {
    const text = 'The quick brown fox\njumps over the lazy dog';
    const arbitrarySpan = fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('a', 'b', 'c')).map(([x, y, n]) => span(Math.min(x, y), Math.max(x, y), n));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 12 }), (spans) => {
        const { children } = nestSpans(text, [], spans);
        expect(children.map(textOf).join('')).toBe(text);
      }),
    );
  });
});
