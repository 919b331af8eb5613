/**
 * xslt/text/views.xsl: whether a document's reading and diplomatic texts can
 * differ. The pipeline renders a document whose views cannot differ once, so
 * a wrong "no" would publish the reading text as the diplomatic one. Each
 * case checks the answer and, against it, what the two views really print.
 * (tests/text/corpus.test.ts checks every corpus file said not to differ.)
 */
import { describe, expect, it } from 'vitest';
import type { StylesheetParameters } from '../../src/transform/run-stylesheet.js';
import { renderText, renderView, viewsDiffer } from './run-text.js';

const doc = (inner: string, header = '') =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>${header}</teiHeader><text><body><p>a ${inner} b</p></body></text></TEI>`;

const marksRemoved = '<encodingDesc><editorialDecl><quotation marks="none"/></editorialDecl></encodingDesc>';

interface Case {
  name: string;
  xml: string;
  parameters?: StylesheetParameters;
  differ: boolean;
}

const cases: Case[] = [
  { name: 'plain text with phrases, names and breaks', xml: doc('<hi rend="italic">x</hi> <persName>Kim</persName> <pb n="2"/><cb n="1"/> <lb/>y'), differ: false },
  { name: 'a gap, a space, damage and a restoration (same pattern in both views)', xml: doc('<gap/> <space/> <damage>x</damage> <restore>y</restore>'), differ: false },
  { name: 'a note and a date', xml: doc('x<note>a note</note> <date when="1970-06-10">10 June</date>'), differ: false },
  { name: 'a choice', xml: doc('<choice><sic>teh</sic><corr>the</corr></choice>'), differ: true },
  { name: 'supplied text', xml: doc('<supplied>x</supplied>'), differ: true },
  { name: 'unclear text', xml: doc('<unclear>x</unclear>'), differ: true },
  { name: 'a deletion', xml: doc('<del>x</del>'), differ: true },
  { name: 'an addition', xml: doc('<add>x</add>'), differ: true },
  { name: 'surplus text', xml: doc('<surplus>x</surplus>'), differ: true },
  { name: 'sic alone', xml: doc('<sic>x</sic>'), differ: true },
  { name: 'an abbreviation mark in an expansion', xml: doc('<expan>Aug<am>.</am></expan>'), differ: true },
  { name: 'an expanded part', xml: doc('<expan>Zh<ex>akharov</ex></expan>'), differ: true },
  { name: 'a stamp', xml: doc('<stamp>No. 4</stamp>'), differ: true },
  { name: 'a quotation whose marks the reading view adds', xml: doc('<q>we agree</q>'), differ: true },
  { name: 'direct speech', xml: doc('<said>we agree</said>'), differ: true },
  { name: 'a quotation already in printed marks', xml: doc('<q>“we agree”</q>'), differ: false },
  { name: 'a quotation with rend="none"', xml: doc('<q rend="none">we agree</q>'), differ: false },
  { name: 'a quotation where the header says the printed marks were removed', xml: doc('<q>we agree</q>', marksRemoved), differ: false },
  { name: 'a quotation where the header says every printed mark is kept', xml: doc('<q>we agree</q>', marksRemoved.replace('none', 'all')), differ: false },
  { name: 'supplied text with one pattern for both views', xml: doc('<supplied>x</supplied>'), parameters: { conventions: 'supplied=[{}]' }, differ: false },
  { name: 'a page break whose pattern a parameter makes differ', xml: doc('<pb n="2"/>'), parameters: { 'conventions-diplomatic': 'pb=<{}>' }, differ: true },
  { name: 'an event whose pattern a parameter makes differ', xml: doc('<incident><desc>laughter</desc></incident>'), parameters: { 'conventions-reading': 'event=({})' }, differ: true },
];

describe('whether the two views can differ', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.differ ? 'they can' : 'they cannot'}, and the views agree with that`, () => {
      expect(viewsDiffer(c.xml, c.parameters)).toBe(c.differ);
      // The reading run writes the same answer where views-report says (the pipeline reads it there).
      expect(renderView(c.xml, 'reading', { ...c.parameters, 'views-report': 'answer' }).resultDocuments.get('answer')).toBe(String(c.differ));
      const edition = renderText(c.xml, c.parameters);
      expect(edition.errors).toEqual([]);
      if (c.differ) expect(edition.diplomatic).not.toBe(edition.reading);
      else expect(edition.diplomatic).toBe(edition.reading);
    });
  }

  it('looks at every TEI of a teiCorpus', () => {
    const tei = (inner: string) => doc(inner).replace('<TEI xmlns="http://www.tei-c.org/ns/1.0">', '<TEI>');
    const corpus = (second: string) =>
      `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>${tei('x')}${tei(second)}</teiCorpus>`;
    expect(viewsDiffer(corpus('y'))).toBe(false);
    expect(viewsDiffer(corpus('<sic>y</sic>'))).toBe(true);
  });
});
