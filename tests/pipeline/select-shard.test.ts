import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard, shardKey, shardOf, shardProblem } from '../../src/pipeline/select-shard.js';

const key = fc.stringMatching(/^[a-z0-9/._-]{1,40}$/);

describe('selectShard', () => {
  it('reads i/n and refuses what is not a shard, saying what was expected', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad)).toMatch(/^shard ".*" is not of the form i\/n with 1 ≤ i ≤ n; expected e\.g\. 1\/4/);
    expect(shardProblem({ index: 1.5, count: 2 })).toMatch(/expected \{ index, count \}/);
    expect(shardProblem({ index: 2, count: 2 })).toBeUndefined();
  });

  it('gives every source exactly one shard, the same on every call', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 30 }), fc.integer({ min: 1, max: 9 }), (keys, count) => {
        const parts = Array.from({ length: count }, (_, i) => selectShard(keys, { index: i + 1, count }, (k) => k));
        expect(parts.flat().sort()).toEqual([...keys].sort());
        for (const k of keys) expect(shardOf(k, count)).toBe(shardOf(k, count));
      }),
    );
  });

  it('moves a source only to the new shard when one more shard is added', () => {
    fc.assert(
      fc.property(key, fc.integer({ min: 1, max: 12 }), (k, count) => {
        const after = shardOf(k, count + 1);
        expect(after === count + 1 || after === shardOf(k, count)).toBe(true);
      }),
    );
  });

  it('spreads sources about evenly', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `tei/volume-${i}.xml`);
    const sizes = Array.from({ length: 4 }, (_, i) => selectShard(keys, { index: i + 1, count: 4 }, (k) => k).length);
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(150);
  });

  it('decides by the path relative to the working folder, with forward slashes', () => {
    expect(shardKey('/work/project/tei/a.xml', '/work/project')).toBe('tei/a.xml');
    expect(shardKey('tei/sub/a.xml', '/elsewhere')).toBe('tei/sub/a.xml');
  });
});
