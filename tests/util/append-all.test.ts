import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/util/append-all.js';

describe('appendAll', () => {
  it('appends in order', () => {
    const target = [1, 2];
    appendAll(target, [3, 4]);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than push(...items) can pass as arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const target = [-1];
    appendAll(target, many);
    expect(target.length).toBe(1_000_001);
    expect(target[1_000_000]).toBe(999_999);
  });
});
