/**
 * Unicode in the text edition: right-to-left and non-Latin scripts come out
 * as correct Unicode, NFC, in logical order, with no bidi control characters
 * injected; decomposed input is composed; output is byte-identical from run
 * to run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, fixturesRoot } from '../helpers/fixtures.js';
import { words } from '../helpers/words.js';
import { caseVariants, renderCase } from './fixture-cases.js';
import { body } from './text-lines.js';

/** Bidi embeddings, overrides, isolates and marks (UAX #9): never added by the edition. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('right-to-left text', () => {
  const input = readFileSync(path.join(fixturesRoot, 'text', 'rtl', 'input.xml'), 'utf8');

  it('is given decomposed in the fixture, so that composing is tested', () => {
    expect(input.normalize('NFC')).not.toBe(input);
  });

  for (const width of ['78', '30']) {
    it(`comes out NFC, in logical order, without bidi controls (width ${width})`, () => {
      const { reading, diplomatic, errors } = renderCase('rtl', width);
      expect(errors).toEqual([]);
      for (const text of [reading, diplomatic]) {
        expect(text.normalize('NFC')).toBe(text);
        expect(text).not.toMatch(BIDI_CONTROLS);
        // Hebrew, Arabic and Yiddish words, points and all, in the order of the source.
        const source = input.normalize('NFC');
        for (const lang of ['he', 'ar', 'yi']) {
          const paragraph = new RegExp(`<p xml:lang="${lang}">([^<]*)`).exec(source)![1]!;
          const bodyWords = words(body(text));
          const expected = words(paragraph);
          const start = bodyWords.indexOf(expected[0]!);
          expect(bodyWords.slice(start, start + expected.length)).toEqual(expected);
        }
      }
    });
  }

  it('quotes Yiddish with the marks of Yiddish, in the reading view only', () => {
    const { reading, diplomatic } = renderCase('rtl', '78');
    expect(reading).toContain('„אַ ציטאַט“');
    expect(diplomatic).not.toContain('„');
  });
});

describe('every fixture', () => {
  for (const { name, dir } of fixtureCases('text')) {
    for (const { variant } of caseVariants(dir)) {
      it(`${name}${variant ? ` (${variant})` : ''}: NFC, no bidi controls, no internal markers, byte-identical on a second run`, () => {
        const first = renderCase(name, variant);
        const second = renderCase(name, variant);
        for (const text of [first.reading, first.diplomatic]) {
          expect(text.normalize('NFC')).toBe(text);
          expect(text).not.toMatch(BIDI_CONTROLS);
          expect(text).not.toMatch(/[\uFDD0-\uFDEF]/u);
          expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
          expect(text).not.toMatch(/[ \t]$/m);
        }
        expect(second.reading).toBe(first.reading);
        expect(second.diplomatic).toBe(first.diplomatic);
        expect(second.dropsText).toBe(first.dropsText);
      });
    }
  }
});
