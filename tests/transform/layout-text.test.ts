/**
 * The text edition's layout stage (src/transform/layout-text.ts, wrap-lines.ts,
 * layout-table.ts): block models in tests/fixtures/transform/layout-text/<case>/
 * (model.xml) laid out into the page (expected.txt, written by the XSLT layout
 * this stage replaced, so the bytes are the ones it gave); and, for generated
 * paragraphs at random widths, no line wider than the width unless it holds
 * one word too long to fit, and the words kept, in order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutText } from '../../src/transform/layout-text.js';
import { displayWidth, wrapLine } from '../../src/transform/wrap-lines.js';
import { expectFile, fixtureCases } from '../helpers/fixtures.js';

describe('layoutText on block models', () => {
  for (const { name, dir } of fixtureCases('transform').filter((c) => c.name === 'layout-text')) {
    for (const sub of ['paragraphs', 'tables', 'cjk']) {
      it(`lays out ${name}/${sub} as the XSLT layout did`, () => {
        const model = readFileSync(path.join(dir, sub, 'model.xml'), 'utf8');
        expectFile(layoutText(model), path.join(dir, sub, 'expected.txt'));
      });
    }
  }

  it('rejects output that is not a block model', () => {
    expect(() => layoutText('<html/>')).toThrow(/expected a tx:page element/);
    expect(() => layoutText('plain text')).toThrow();
  });

  it('turns glue into a space, leaves no internal marker in the page and ends it with one newline', () => {
    const page = layoutText('<tx:page xmlns:tx="urn:x-tei-edition:text" width="20"><tx:p>a&#xFDD3;b&#xFDD1;</tx:p><tx:p>   </tx:p></tx:page>');
    expect(page).toBe('a b\n');
  });
});

/** A Latin word (never broken) or a run of Han characters (broken between any two). */
const word = fc.oneof(fc.stringMatching(/^[A-Za-zé]{1,30}$/), fc.stringMatching(/^[一-龥]{1,12}$/));
const paragraph = fc.array(word, { minLength: 1, maxLength: 60 });

describe('wrapping, for any paragraph and width', () => {
  it('keeps every line within the width unless it is one word too long, and keeps the words in order', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 1, max: 100 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapLine(text, width);
        for (const line of lines) if (displayWidth(line) > width) expect(line.includes(' ') || /[一-龥].*[一-龥]/u.test(line)).toBe(false);
        // CJK runs may be broken inside a word, so words are compared without the breaks.
        expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        expect(lines.join(' ').split(' ').filter((w) => /^[A-Za-zé]+$/.test(w))).toEqual(words.filter((w) => /^[A-Za-zé]+$/.test(w)));
      }),
    );
  });

  it('lays out a paragraph with a hanging indent inside the page width', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 24, max: 100 }), fc.integer({ min: 0, max: 4 }), (words, width, hang) => {
        const page = layoutText(`<tx:page xmlns:tx="urn:x-tei-edition:text" width="${width}"><tx:p hang="${hang}">${words.join(' ')}</tx:p></tx:page>`);
        const lines = page.slice(0, -1).split('\n');
        for (const line of lines) if (displayWidth(line) > width) expect(/\S\s+\S/.test(line.trim()) && !/^[一-龥]+$/u.test(line.trim())).toBe(false);
        lines.slice(1).forEach((line) => expect(line.startsWith(' '.repeat(hang))).toBe(true));
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
      }),
    );
  });
});
