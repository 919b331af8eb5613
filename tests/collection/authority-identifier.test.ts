/**
 * canonicalIdentifier: one spelling per authority record, whatever the document wrote; and the
 * stylesheets' authority links (te:authority-links, run through the compiled HTML stylesheet) agree
 * with it for each authority of the one table, xslt/common/authorities.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_TABLE_PATH, canonicalIdentifier } from '../../src/collection/authority-identifier.js';
import { renderHtmlText } from '../html/render-html.js';

describe('canonicalIdentifier', () => {
  it('turns the URLs of known authorities into their bare identifiers', () => {
    expect(canonicalIdentifier({ type: 'URI', value: 'https://www.wikidata.org/wiki/Q295981' })).toEqual({ type: 'wikidata', value: 'Q295981' });
    expect(canonicalIdentifier({ type: 'uri', value: 'http://www.wikidata.org/entity/q295981' })).toEqual({ type: 'wikidata', value: 'Q295981' });
    expect(canonicalIdentifier({ type: 'VIAF', value: 'http://viaf.org/viaf/41844917/' })).toEqual({ type: 'viaf', value: '41844917' });
    expect(canonicalIdentifier({ type: 'url', value: 'http://sws.geonames.org/4140963/' })).toEqual({ type: 'geonames', value: '4140963' });
    expect(canonicalIdentifier({ type: 'gnd', value: 'https://d-nb.info/gnd/118540238' })).toEqual({ type: 'gnd', value: '118540238' });
    expect(canonicalIdentifier({ type: 'uri', value: 'https://orcid.org/0000-0002-1825-0097' })).toEqual({ type: 'orcid', value: '0000-0002-1825-0097' });
    expect(canonicalIdentifier({ type: 'uri', value: 'https://pleiades.stoa.org/places/423025' })).toEqual({ type: 'pleiades', value: '423025' });
  });

  it('keeps bare identifiers of a known type, with the type in lower case', () => {
    expect(canonicalIdentifier({ type: 'Wikidata', value: ' Q295981 ' })).toEqual({ type: 'wikidata', value: 'Q295981' });
    expect(canonicalIdentifier({ type: 'GeoNames', value: '524901' })).toEqual({ type: 'geonames', value: '524901' });
  });

  it('leaves other identifiers as they are', () => {
    for (const i of [
      { type: 'wikidata', value: 'not-an-id' },
      { type: 'URI', value: 'https://example.org/person/1' },
      { type: 'local', value: '524901' },
      { type: 'URI', value: 'https://www.wikidata.org/wiki/Special:Search' },
    ]) expect(canonicalIdentifier(i)).toBe(i);
  });
});

/** The shared table, as the stylesheets compile it in. */
const table = (JSON.parse(readFileSync(AUTHORITY_TABLE_PATH, 'utf8')) as { authorities: { type: string; label: string; record: string; bare: string }[] }).authorities;

/** One well-formed identifier per authority of the table. */
const EXAMPLES: Record<string, string> = {
  wikidata: 'Q295981',
  viaf: '41844917',
  geonames: '524901',
  gnd: '118540238',
  orcid: '0000-0002-1825-0097',
  pleiades: '423025',
};

/** Identifiers given with an authority's type that are not of its form (ORCID's: four groups of four, the last character a digit or X). */
const MALFORMED = [
  { type: 'orcid', value: '0000000218250097' },
  { type: 'orcid', value: 'X-X' },
  { type: 'orcid', value: '0000-0002-1825-009' },
  { type: 'orcid', value: '0000-0002-1825-00977' },
  { type: 'wikidata', value: 'P31' },
  { type: 'viaf', value: 'abc' },
];

describe('the stylesheets and canonicalIdentifier read one authority table', () => {
  const cases = [
    ...table.flatMap((a) => [
      { type: a.type, value: EXAMPLES[a.type]! },
      { type: 'URI', value: `${a.record}${EXAMPLES[a.type]!}` },
    ]),
    { type: 'orcid', value: '0000-0002-0247-239X' },
    ...MALFORMED,
  ];
  /** The authority links of each case's index entry on the HTML page (te:authority-links), by case number. */
  const links = (() => {
    const entries = cases.map((c, i) => `<person xml:id="p${i}"><persName>N${i}</persName><idno type="${c.type}">${c.value}</idno></person>`).join('');
    const mentions = cases.map((_, i) => `<persName ref="#p${i}">N${i}</persName>`).join(' ');
    const page = renderHtmlText(
      `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><listPerson>${entries}</listPerson></sourceDesc></fileDesc></teiHeader><text><body><p>${mentions}</p></body></text></TEI>`,
    );
    return cases.map((_, i) => {
      const entry = page.document.getElementById(`p${i}`) ?? page.document.querySelector(`[id$="p${i}"]`);
      return [...(entry?.querySelectorAll('.entry-authorities a') ?? [])].map((a) => ({ label: a.textContent, url: a.getAttribute('href') }));
    });
  })();

  it('every entry of the test is on the page', () => {
    expect(links.slice(0, table.length * 2).every((l) => l.length === 1)).toBe(true);
  });

  it.each(cases.map((c, i) => [c.type, c.value, i] as const))('%s %s: the same authority on both sides', (type, value, i) => {
    const canonical = canonicalIdentifier({ type, value });
    // The authority the collection takes it for: a canonical identifier of its bare form.
    const authority = table.find((a) => a.type === canonical.type && new RegExp(a.bare).test(canonical.value));
    const isUrl = /^https?:\/\//.test(value);
    if (!authority) {
      // Not an authority record for the collection: the page links only what is a URL anyway.
      expect(canonical).toEqual({ type, value });
      expect(links[i]).toEqual(isUrl ? [expect.objectContaining({ url: value })] : []);
    } else {
      expect(links[i]).toEqual([{ label: authority.label, url: isUrl ? value : `${authority.record}${canonical.value}` }]);
    }
  });

  it('ORCID: only the hyphenated 16-character form is an identifier, on both sides', () => {
    for (const m of MALFORMED.filter((c) => c.type === 'orcid')) {
      expect(canonicalIdentifier(m)).toEqual(m);
      expect(links[cases.indexOf(m)]).toEqual([]);
    }
  });
});
