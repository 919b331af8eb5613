/**
 * data/<name>.json from one document: header facts as the meaning layer reads
 * them, entities listed or named with an authority, the reading text; for a
 * corpus member, its own header (not the corpus's).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveDocumentData } from '../../src/collection/derive-document-data.js';
import { splitTeiCorpus } from '../../src/pipeline/split-tei-corpus.js';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { ensureDataStylesheet } from '../helpers/data-stylesheet.js';

const parse = (text: string) => parseSource(decodeSource('doc.xml', Buffer.from(text), '/tmp/doc.xml').source!).parsed!;
const header = (title: string, extra = '') => `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>${extra}</teiHeader>`;

beforeAll(() => ensureDataStylesheet());

describe('deriveDocumentData', () => {
  it('reads the header through the meaning layer, lists entities with their authorities, and takes the reading text', () => {
    const doc = parse(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t1">${header('A <hi>short</hi> letter', '<profileDesc><creation><date when="1901-02-03">3 Feb. 1901</date></creation><particDesc><listPerson><person xml:id="ann"><persName type="main">Ann Lee</persName><persName>A. Lee</persName><idno type="GND">118</idno></person></listPerson></particDesc></profileDesc>')}<text><body><p>To <persName ref="#ann">Ann</persName> and <placeName ref="https://www.geonames.org/2643743">London</placeName>: <choice><sic>teh</sic><corr>the</corr></choice> end.</p></body></text></TEI>`);
    const { data, diagnostics } = deriveDocumentData(doc, 'letters/t1');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(data!.name).toBe('letters/t1');
    expect(data!.metadata).toMatchObject({ id: 't1', title: 'A short letter', date: '3 Feb. 1901', dateIso: '1901-02-03', authors: [], summary: null, ids: [{ type: 'xml:id', value: 't1' }] });
    expect(data!.entities).toEqual([
      { id: 'ann', kind: 'person', label: 'Ann Lee', names: ['Ann Lee', 'A. Lee'], idnos: [{ type: 'GND', value: '118' }], mentions: 1 },
      { id: null, kind: 'place', label: 'London', names: ['London'], idnos: [{ type: 'uri', value: 'https://www.geonames.org/2643743' }], mentions: 1 },
    ]);
    expect(data!.text).toContain('To Ann and London: the end.');
    expect(data!.text).not.toContain('teh');
  });

  it('describes a corpus member by its own header', () => {
    const corpus = parse(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${header('The corpus')}<TEI xml:id="m1">${header('First member')}<text><body><p>One.</p></body></text></TEI><TEI>${header('Second member')}<text><body><p>Two.</p></body></text></TEI></teiCorpus>`);
    const [, second] = splitTeiCorpus(corpus, 'c').members;
    const { data } = deriveDocumentData(second!.parsed, second!.name);
    expect(data!.metadata.title).toBe('Second member');
    expect(data!.text.trim()).toBe('Two.');
  });
});
