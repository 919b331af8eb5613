/**
 * Line breaking (xslt/text/wrap.xsl and the page layout): at widths 40, 78
 * and 0 (no wrapping), and for generated paragraphs at random widths, no
 * line is wider than the page unless it holds one unbreakable word, no line
 * ends after an opening bracket, CJK lines never start with a closing mark,
 * and the words come out as they went in, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../helpers/words.js';
import { renderCase } from './fixture-cases.js';
import { renderView } from './run-text.js';
import { comparableWords } from './source-words.js';
import { body, columns } from './text-lines.js';

/** True for a line that cannot be broken: one word (an opening bracket standing before it belongs to it), or one CJK unit with its attached punctuation. */
const unbreakable = (line: string) => !/ /.test(line.trim().replace(/([([{“‘„‚«‹]) (?=\S)/gu, '$1')) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}].*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line);

const OPENING = /[([{“‘„‚«‹（「『【〔〈《]$/u;
const CJK_CLOSING_START = /^[、。，．：；？！）」』】〕〉》]/u;

describe('wrapping', () => {
  for (const width of [40, 78]) {
    it(`keeps every line of the fixture within ${width} columns, unless it is one unbreakable word`, () => {
      const { reading, diplomatic } = renderCase('wrap', String(width));
      for (const text of [reading, diplomatic]) {
        const lines = text.split('\n');
        const over = lines.filter((l) => columns(l) > width && !unbreakable(l));
        expect(over).toEqual([]);
        // The long URL is the one line allowed to overflow, and it is not cut.
        expect(lines).toContain('https://history.state.gov/historicaldocuments/frus1936v03/d123-an-address-longer-than-any-line');
        expect(lines.filter((l) => OPENING.test(l.trimEnd()))).toEqual([]);
      }
    });
  }

  it('does not wrap at width 0: every paragraph is one line', () => {
    const { reading } = renderCase('wrap', '0');
    const lines = body(reading).split('\n');
    expect(lines.some((l) => l.startsWith('The Secretary said that the proposal,') && l.endsWith('for anyone who wished to read it.'))).toBe(true);
    expect(lines).toContain('A line of verse that is much longer than the narrowest page and so must wrap, with its continuation indented');
  });

  it('keeps the same words, in the same order, at every width', () => {
    const [w40, w78, w0] = ['40', '78', '0'].map((w) => words(body(renderCase('wrap', w).reading)));
    expect(w40).toEqual(w0);
    expect(w78).toEqual(w0);
  });

  it('hangs continuation lines under the text of list items and notes', () => {
    const lines = renderCase('wrap', '40').reading.split('\n');
    const first = lines.findIndex((l) => l.startsWith('1. Numbered items keep their numbers,'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first + 1]).toMatch(/^ {3}\S/);
    const bullet = lines.findIndex((l) => l.startsWith('- The first point'));
    expect(lines[bullet + 1]).toMatch(/^ {2}\S/);
  });

  it('breaks CJK text between characters, never before a closing mark or after an opening one', () => {
    const { reading } = renderCase('cjk', '30');
    const lines = body(reading).split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) {
      expect(columns(line)).toBeLessThanOrEqual(30);
      expect(line).not.toMatch(CJK_CLOSING_START);
      expect(line.trimEnd()).not.toMatch(OPENING);
    }
  });
});

/** A paragraph of generated words: Latin words, long words, brackets standing alone, CJK runs, accented and combining text. */
const token = fc.oneof(
  fc.constantFrom('the', 'Secretary', 'said', 'that', 'treaty', 'Bruxelles,', 'l’État', 'naïve', 'Zh[ou]', '5–6', '(as', 'recall)', '“so', 'be”', '—'),
  fc.constantFrom('(', '[', '“', '‘'),
  fc.constantFrom('supercalifragilisticexpialidociousness', 'https://example.org/a/very/long/path/that/cannot/be/broken'),
  fc.constantFrom('夫法性無邊，豈藉心之所度；', '真如非相。', '「色即是空」', '日本語の文章も、'),
  fc.constantFrom('e\u0301te\u0301', 'בְּרֵאשִׁית', 'Ἀφροδισιάς', 'Пушкин'),
);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const doc = (paragraph: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>${escape(paragraph)}</p></body></text></TEI>`;

describe('wrapping generated paragraphs', () => {
  it('never overflows, never strands an opening bracket, never loses or reorders a word', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 100 }), (tokens, width) => {
        const paragraph = tokens.join(' ');
        const result = renderView(doc(paragraph), 'diplomatic', { width: String(width), header: 'no' });
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const text = result.output ?? '';
        const lines = text.replace(/\n$/, '').split('\n');
        lines.forEach((line, i) => {
          if (!unbreakable(line)) expect(columns(line), JSON.stringify({ line, width })).toBeLessThanOrEqual(width);
          // An opening bracket ends a line only where the paragraph itself ends with it.
          if (i < lines.length - 1) expect(line.trimEnd()).not.toMatch(OPENING);
          expect(line).not.toMatch(CJK_CLOSING_START);
        });
        // CJK characters count one by one: a line may break between any two of them.
        expect(comparableWords(text)).toEqual(comparableWords(paragraph.normalize('NFC')));
      }),
      { numRuns: 60 },
    );
  });
});
