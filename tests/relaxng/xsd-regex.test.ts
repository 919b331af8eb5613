import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translateXsdRegex } from '../../src/relaxng/datatypes/xsd-regex.js';

function regex(pattern: string): RegExp {
  const t = translateXsdRegex(pattern);
  if ('error' in t) throw new Error(t.error);
  return t.regex;
}

describe('translateXsdRegex', () => {
  it('anchors the whole value, as XSD patterns are implicitly anchored', () => {
    expect(regex('\\S+').test('a b')).toBe(false);
    expect(regex('\\S+').test('ab')).toBe(true);
    expect(regex('ab').test('xaby')).toBe(false);
  });

  it('treats ^ and $ as ordinary characters', () => {
    expect(regex('a^b$').test('a^b$')).toBe(true);
    expect(regex('a^b$').test('ab')).toBe(false);
  });

  it('translates the TEI patterns as jing reads them', () => {
    expect(regex('[^\\p{C}\\p{Z}]+').test('𝔸bc')).toBe(true);
    expect(regex('[^\\p{C}\\p{Z}]+').test('a b')).toBe(false);
    expect(regex('(\\-?[\\d]+/\\-?[\\d]+)').test('-3/4')).toBe(true);
    expect(regex('[0-9.,DHMPRSTWYZ/:+\\-]+').test('P1Y-2')).toBe(true);
    expect(regex('[\\-+]?\\d+(\\.\\d+)?(%|cm|mm|in|pt)').test('+1.5cm')).toBe(true);
    expect(regex('[\\d]+(\\.[\\d]+){0,2}').test('1.2.3.4')).toBe(false);
    expect(regex('[^/\\s]+:\\S*').test('tei:x')).toBe(true);
  });

  it('supports character class subtraction and negation with multi-character escapes', () => {
    expect(regex('[a-z-[aeiou]]+').test('bcd')).toBe(true);
    expect(regex('[a-z-[aeiou]]+').test('bad')).toBe(false);
    expect(regex('[^\\s\\d]+').test('ab')).toBe(true);
    expect(regex('[^\\s\\d]+').test('a1')).toBe(false);
    expect(regex('[\\S\\s]').test('\n')).toBe(true);
  });

  it('knows XML name characters (\\i, \\c) and that . excludes only CR and LF', () => {
    expect(regex('\\i\\c*').test('xml:id-1')).toBe(true);
    expect(regex('\\i\\c*').test('1x')).toBe(false);
    expect(regex('.').test('\u2028')).toBe(true);
    expect(regex('.').test('\n')).toBe(false);
  });

  it('explains invalid patterns instead of throwing', () => {
    for (const bad of ['[z-a]', '(a', 'a{2', '\\q', '[a', '\\p{Xx}', '*a']) {
      const t = translateXsdRegex(bad);
      expect('error' in t, bad).toBe(true);
    }
    const block = translateXsdRegex('\\p{IsBasicLatin}');
    expect('error' in block && block.error).toMatch(/block escape/);
  });

  it('matches any literal string against itself once escaped (property)', () => {
    const special = new Set([...'\\|.?*+(){}[]^-']);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), (s) => {
        const chars = Array.from(s).filter((c) => c !== '\n' && c !== '\r');
        if (chars.length === 0) return;
        const pattern = chars.map((c) => (special.has(c) ? '\\' + c : c)).join('');
        const r = regex(pattern);
        expect(r.test(chars.join(''))).toBe(true);
        expect(r.test(chars.join('') + 'x')).toBe(false);
      }),
    );
  });
});
