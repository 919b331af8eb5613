/**
 * One spelling per authority record, so that the same Wikidata, VIAF,
 * GeoNames, GND, ORCID or Pleiades record merges across documents however
 * each names it: `<idno type="wikidata">Q295981</idno>` in one document and
 * `<idno type="URI">https://www.wikidata.org/wiki/Q295981</idno>` in another
 * are the same person. The authorities and their bare forms come from
 * xslt/common/authorities.json, the table from which the meaning layer makes
 * links too (te:authority-links in xslt/common/indexes.xsl), so the canonical
 * form is shown as the same link.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Identifier } from './derive-document-data.js';
import { packageRoot } from '../package-root.js';

/** One row of xslt/common/authorities.json, the table the stylesheets read too. */
interface AuthorityRow {
  type: string;
  label: string;
  bare: string;
  record: string;
  url: string;
  host: string;
  upperCase: boolean;
}

interface Authority {
  type: string;
  /** The bare identifier, as an idno of this type gives it. */
  bare: RegExp;
  /** The record's URL, with the identifier as the first group. */
  url: RegExp;
  upperCase: boolean;
}

/** The bundled authority table (xslt/common/authorities.json, shipped with the stylesheets). */
export const AUTHORITY_TABLE_PATH = path.join(packageRoot, 'xslt', 'common', 'authorities.json');

const AUTHORITIES: readonly Authority[] = (JSON.parse(readFileSync(AUTHORITY_TABLE_PATH, 'utf8')) as { authorities: AuthorityRow[] }).authorities.map((row) => ({
  type: row.type,
  bare: new RegExp(row.bare),
  url: new RegExp(row.url, 'i'),
  upperCase: row.upperCase,
}));

/** The identifier in its authority's bare form (`wikidata` `Q295981`), or as it was when it names no known authority. */
export function canonicalIdentifier(identifier: Identifier): Identifier {
  const value = identifier.value.trim();
  const type = identifier.type.trim().toLowerCase();
  for (const authority of AUTHORITIES) {
    const found = authority.url.exec(value)?.[1];
    if (found) return { type: authority.type, value: authority.upperCase ? found.toUpperCase() : found };
    if (type === authority.type && authority.bare.test(value)) return { type: authority.type, value };
  }
  return identifier;
}
