/**
 * One spelling per authority record, so that the same Wikidata, VIAF,
 * GeoNames, GND, ORCID or Pleiades record merges across documents however
 * each names it: `<idno type="wikidata">Q295981</idno>` in one document and
 * `<idno type="URI">https://www.wikidata.org/wiki/Q295981</idno>` in another
 * are the same person. The authorities and their bare forms are those the
 * meaning layer turns into links (te:authority-links in
 * xslt/common/indexes.xsl), which shows the canonical form as the same link.
 */
import type { Identifier } from './derive-document-data.js';

interface Authority {
  type: string;
  /** The bare identifier, as an idno of this type gives it. */
  bare: RegExp;
  /** The record's URL, with the identifier as the first group. */
  url: RegExp;
}

const AUTHORITIES: readonly Authority[] = [
  { type: 'wikidata', bare: /^Q[0-9]+$/, url: /^https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/(Q[0-9]+)(?:[/?#]|$)/i },
  { type: 'viaf', bare: /^[0-9]+$/, url: /^https?:\/\/(?:www\.)?viaf\.org\/viaf\/([0-9]+)(?:[/?#]|$)/i },
  { type: 'geonames', bare: /^[0-9]+$/, url: /^https?:\/\/(?:www\.|sws\.)?geonames\.org\/([0-9]+)(?:[/?#]|$)/i },
  { type: 'gnd', bare: /^[0-9X-]+$/, url: /^https?:\/\/d-nb\.info\/gnd\/([0-9X-]+)(?:[/?#]|$)/i },
  { type: 'orcid', bare: /^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/, url: /^https?:\/\/orcid\.org\/([0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X])(?:[/?#]|$)/i },
  { type: 'pleiades', bare: /^[0-9]+$/, url: /^https?:\/\/pleiades\.stoa\.org\/places\/([0-9]+)(?:[/?#]|$)/i },
];

/** The identifier in its authority's bare form (`wikidata` `Q295981`), or as it was when it names no known authority. */
export function canonicalIdentifier(identifier: Identifier): Identifier {
  const value = identifier.value.trim();
  const type = identifier.type.trim().toLowerCase();
  for (const authority of AUTHORITIES) {
    const found = authority.url.exec(value)?.[1];
    if (found) return { type: authority.type, value: authority.type === 'wikidata' ? found.toUpperCase() : found };
    if (type === authority.type && authority.bare.test(value)) return { type: authority.type, value };
  }
  return identifier;
}
