/**
 * @minOccurs/@maxOccurs: what `occurrences` reads and how many times the
 * pattern `repeat` writes lets the repeated item occur, for any bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences, repeat } from '../../src/odd/occurrences.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { kids, r, type RNode } from '../../src/odd/rng-node.js';

/** How few and how many times (Infinity: unbounded) a sequence of nodes matches the item `ref`. */
function range(nodes: RNode[]): [number, number] {
  return nodes.map(one).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}
function one(node: RNode): [number, number] {
  const [lo, hi] = range(kids(node));
  if (node.n === 'ref') return [1, 1];
  if (node.n === 'optional') return [0, hi];
  if (node.n === 'zeroOrMore') return [0, hi ? Infinity : 0];
  if (node.n === 'oneOrMore') return [lo, hi ? Infinity : 0];
  return [lo, hi];
}

const element = (attributes: string) => parseXml('x.xml', `<elementRef xmlns="http://www.tei-c.org/ns/1.0" key="p" ${attributes}/>`).document!.root;

describe('occurrences and repeat', () => {
  it('default to exactly once', () => {
    expect(occurrences(element(''))).toEqual({ min: 1, max: 1, wrapper: '' });
    expect(repeat([r('ref', { name: 'p' })], occurrences(element('')))).toEqual([r('ref', { name: 'p' })]);
  });

  it('use one wrapper for ?, * and +', () => {
    expect(occurrences(element('minOccurs="0"')).wrapper).toBe('optional');
    expect(occurrences(element('minOccurs="0" maxOccurs="unbounded"')).wrapper).toBe('zeroOrMore');
    expect(occurrences(element('maxOccurs="unbounded"')).wrapper).toBe('oneOrMore');
  });

  it('let the item occur between min and max times, whatever the bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), (min, extra) => {
        const max = extra === undefined ? 'unbounded' : String(min + extra);
        const o = occurrences(element(`minOccurs="${min}" maxOccurs="${max}"`));
        const [lo, hi] = range(repeat([r('ref', { name: 'p' })], o));
        expect(lo).toBe(min);
        expect(hi).toBe(extra === undefined ? Infinity : min + extra);
      }),
    );
  });
});
