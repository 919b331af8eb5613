/** canonicalIdentifier: one spelling per authority record, whatever the document wrote. */
import { describe, expect, it } from 'vitest';
import { canonicalIdentifier } from '../../src/collection/authority-identifier.js';

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
