/**
 * `html/collection.json`: a compact description of the built collection for
 * other tools (a map, a timeline, a harvester), written with the collection
 * pages and described by schema/collection.schema.json. Per document: its
 * output name, title, date, language, authors, keywords, where its page and
 * text are, and the keys of the persons, places and organisations it lists
 * or names; per entity: its key (the anchor on the index page), names,
 * authority identifiers and the documents that name it. Everything comes
 * from the collection model, so the description says what the pages say.
 */
import type { Identifier } from './derive-document-data.js';
import { INDEX_KINDS, type CollectionModel, type IndexKind } from './collection-model.js';

/** Bumped whenever the shape changes incompatibly (tools check it). */
export const DESCRIPTION_FORMAT = 1;

/** Where the description is written, relative to the output folder. */
export const DESCRIPTION_PATH = 'html/collection.json';

/** The index pages of each kind of entity: `persons.html`, `persons-2.html`… */
const INDEX_PAGE: Record<IndexKind, string> = { person: 'persons', place: 'places', org: 'organisations' };

/** The page of a list that its item at `position` (from 0) is on, as xslt/collection/frame.xsl names it. */
const pageFile = (base: string, position: number, pageSize: number) => {
  const n = Math.floor(position / pageSize) + 1;
  return `${base}${n === 1 ? '' : `-${n}`}.html`;
};

export interface DescribedDocument {
  /** The output name: its page is html/<id>.html. */
  id: string;
  title: string;
  /** The date as the header writes it, and its ISO form (null when undated). */
  date: string | null;
  dateIso: string | null;
  lang: string;
  authors: string[];
  keywords: string[];
  /** Its reading page and text edition, relative to this file (html/). */
  page: string;
  text: string;
  persons: string[];
  places: string[];
  organisations: string[];
}

export interface DescribedEntity {
  /** Its key: the anchor of its entry on its index page (the values of a document's persons, places, organisations). */
  key: string;
  label: string;
  names: string[];
  idnos: Identifier[];
  /** Its entry on the index page, relative to this file. */
  page: string;
  /** The ids of the documents that list or name it, in collection order. */
  documents: string[];
}

export interface CollectionDescription {
  format: number;
  title: string;
  generator: string;
  /** In collection order: by date, undated last, then by title. */
  documents: DescribedDocument[];
  persons: DescribedEntity[];
  places: DescribedEntity[];
  organisations: DescribedEntity[];
}

const FIELD: Record<IndexKind, 'persons' | 'places' | 'organisations'> = { person: 'persons', place: 'places', org: 'organisations' };

/** Describes the collection of `model`, its index pages holding `pageSize` entities; the JSON text is compact (one line) and ends with a newline. */
export function describeCollection(model: CollectionModel, pageSize: number): string {
  const description: CollectionDescription = {
    format: DESCRIPTION_FORMAT,
    title: model.title,
    generator: model.generator,
    documents: model.documents.map((d) => ({
      id: d.name,
      title: d.title,
      date: d.date,
      dateIso: d.dateIso,
      lang: d.lang,
      authors: d.authors,
      keywords: d.keywords.map((k) => k.label),
      page: d.href,
      text: `../text/${d.href.replace(/\.html$/, '.txt')}`,
      persons: d.entities.person,
      places: d.entities.place,
      organisations: d.entities.org,
    })),
    persons: [],
    places: [],
    organisations: [],
  };
  for (const kind of INDEX_KINDS) {
    description[FIELD[kind]] = model.entities[kind].map((e, position) => ({
      key: e.anchor,
      label: e.label,
      names: e.names,
      idnos: e.idnos,
      page: `${pageFile(INDEX_PAGE[kind], position, pageSize)}#${e.anchor}`,
      documents: e.documents.map((d) => d.name),
    }));
  }
  return `${JSON.stringify(description)}\n`;
}
