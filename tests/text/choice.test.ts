/**
 * A choice is resolved by the type of its children, never by their order
 * (xslt/common/interventions.xsl, rendered by xslt/text/conventions.xsl):
 * the reading view shows corr, reg and expan, the diplomatic view sic, orig
 * and abbr (or an expansion the source itself printed, with its expanded
 * part in brackets). The TEI Stylesheets' text output shows whichever child
 * comes first; here the order cannot change a byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCase } from './fixture-cases.js';
import { renderText } from './run-text.js';

describe('choice', () => {
  it('gives byte-identical output, and drop report, whichever child comes first', () => {
    const a = renderCase('choice-order-a');
    const b = renderCase('choice-order-b');
    expect(a.errors).toEqual([]);
    expect(b.reading).toBe(a.reading);
    expect(b.diplomatic).toBe(a.diplomatic);
    expect(b.dropsText).toBe(a.dropsText);
  });

  it('reads corr, reg and expan; shows sic, orig and abbr in the diplomatic view, with a printed expansion bracketed', () => {
    const { reading, diplomatic } = renderCase('choice-order-a');
    expect(reading).toContain('The printed received letter, spelt color by the clerk, came from Washington');
    expect(reading).toContain('with the seal of “Zhou” on it.');
    expect(reading).toContain('A stray word was struck: the socialist system.');
    expect(diplomatic).toContain('The printed recieved letter, spelt colour by the clerk, came from Wash. with');
    expect(diplomatic).toContain('the seal of “Zh[ou]” on it.');
    expect(diplomatic).toContain('A stray word was struck: the need socialist system.');
  });
});

/** The pairs a choice can hold: [shown in the reading view, shown in the diplomatic view]. */
const PAIRS = [
  ['corr', 'sic'],
  ['reg', 'orig'],
  ['expan', 'abbr'],
] as const;

const choiceXml = (kind: number, readingText: string, diplomaticText: string, readingFirst: boolean) => {
  const [r, d] = PAIRS[kind]!;
  const children = [`<${r}>${readingText}</${r}>`, `<${d}>${diplomaticText}</${d}>`];
  return `<choice>${(readingFirst ? children : children.reverse()).join('')}</choice>`;
};

const doc = (body: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>${body}</p></body></text></TEI>`;

describe('choice in generated documents', () => {
  it('resolves every choice by type: the order of the children never changes the output', () => {
    const choice = fc.record({
      kind: fc.integer({ min: 0, max: 2 }),
      reading: fc.constantFrom('received', 'color', 'Washington', 'five', ''),
      diplomatic: fc.constantFrom('recieved', 'colour', 'Wash.', '5', 'need'),
      readingFirst: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(choice, { minLength: 1, maxLength: 8 }), (choices) => {
        const written = choices.map((c) => choiceXml(c.kind, c.reading, c.diplomatic, c.readingFirst)).join(' and ');
        const canonical = choices.map((c) => choiceXml(c.kind, c.reading, c.diplomatic, true)).join(' and ');
        const edition = renderText(doc(written), { header: 'no' });
        const reference = renderText(doc(canonical), { header: 'no' });
        expect(edition.errors).toEqual([]);
        expect(edition.reading).toBe(reference.reading);
        expect(edition.diplomatic).toBe(reference.diplomatic);
        // And the views are the types' texts, in order.
        expect(edition.reading.replace(/\s+/g, ' ').trim()).toBe(choices.map((c) => c.reading).join(' and ').replace(/\s+/g, ' ').trim());
        expect(edition.diplomatic.replace(/\s+/g, ' ').trim()).toBe(choices.map((c) => c.diplomatic).join(' and '));
      }),
      { numRuns: 40 },
    );
  });
});
