import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/util/sha256.js';

describe('sha256', () => {
  it('gives the standard digest, as lower-case hex', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a string as its UTF-8 bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => sha256(s) === sha256(new TextEncoder().encode(s))));
  });
});
