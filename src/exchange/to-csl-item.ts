/**
 * A document's citation as a CSL-JSON item (the Citation Style Language's
 * input format, read by Zotero, citeproc-js, pandoc and most reference
 * managers). The facts come from te:citation (xslt/common/citation.xsl);
 * this module only spells them as CSL-JSON. `accessed` is never written: it
 * says when a reader consulted the URL, which no TEI header knows.
 */
import type { DocumentData, NameParts } from '../collection/derive-document-data.js';

/** A CSL-JSON name. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A CSL-JSON date: date parts (year, month, day) or, when the header's date is not ISO, its literal form. */
export type CslDate = { 'date-parts': [number, number?, number?][] } | { literal: string };

/** The CSL-JSON fields tei-edition writes. */
export interface CslItem {
  id: string;
  type: 'manuscript' | 'document';
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  translator?: CslName[];
  issued?: CslDate;
  archive?: string;
  'archive-place'?: string;
  archive_location?: string;
  'container-title'?: string;
  publisher?: string;
  abstract?: string;
  keyword?: string;
  URL?: string;
}

function cslNames(names: readonly NameParts[]): CslName[] {
  const out: CslName[] = [];
  for (const n of names) {
    if ('literal' in n) {
      if (n.literal) out.push({ literal: n.literal });
    } else if (n.family) out.push(n.given ? { family: n.family, given: n.given } : { family: n.family });
    else if (n.given) out.push({ literal: n.given });
  }
  return out;
}

/** An ISO 8601 date (xs:date, xs:gYearMonth, xs:gYear, or the start of a dateTime) as CSL date parts. */
export function cslDate(iso: string, display: string): CslDate | undefined {
  const m = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$|[Z+-]\d|Z$)/.exec(iso.trim());
  if (m) {
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
    const valid = (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31));
    if (valid) return { 'date-parts': [day !== undefined ? [year, month, day] : month !== undefined ? [year, month] : [year]] };
  }
  return display ? { literal: display } : undefined;
}

/** The CSL-JSON item of one exported document. */
export function toCslItem(data: DocumentData): CslItem {
  const c = data.citation;
  const item: CslItem = { id: data.name, type: c.archive || c.callNumber ? 'manuscript' : 'document' };
  const title = c.title || data.metadata.title;
  if (title) item.title = title;
  const set = <K extends keyof CslItem>(key: K, value: CslItem[K] | undefined | '') => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) item[key] = value as CslItem[K];
  };
  set('author', cslNames(c.authors));
  set('editor', cslNames(c.editors));
  set('translator', cslNames(c.translators));
  set('issued', cslDate(c.dateIso || c.date, c.date));
  set('archive', c.archive);
  set('archive-place', c.archivePlace);
  set('archive_location', c.callNumber);
  set('container-title', c.container);
  set('publisher', c.publisher);
  set('abstract', data.metadata.summary ?? undefined);
  set('keyword', data.metadata.keywords.join(', '));
  set('URL', c.editionUrl);
  return item;
}
