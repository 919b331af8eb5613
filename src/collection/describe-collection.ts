/**
 * `html/collection.json`: a compact description of the built collection for
 * other tools (a map, a timeline, a harvester), written with the collection
 * pages and described by schema/collection.schema.json. The file itself is
 * an index: the title, and for the documents and each kind of entity their
 * number and the files (`collection/documents-1.json`, …) that list them,
 * each a JSON array of at most about PART_BYTES, so that no file grows with
 * the collection beyond that (10,000 documents made one file of 6 MB). Per document: its
 * output name, title, date, language, authors, keywords, where its page and
 * text are, and the keys of the persons, places and organisations it lists
 * or names; per entity: its key (the anchor on the index page), names,
 * authority identifiers and the documents that name it. Everything comes
 * from the collection model, so the description says what the pages say.
 */
import type { Identifier } from './derive-document-data.js';
import { INDEX_KINDS, type CollectionModel, type IndexKind } from './collection-model.js';

/** Bumped whenever the shape changes incompatibly (tools check it). */
export const DESCRIPTION_FORMAT = 2;

/** A part file holds items up to about this many bytes (at least one item). */
export const PART_BYTES = 1_000_000;

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

/** A list of the description: how many items it has, and the files (relative to html/) that hold them, in order. */
export interface DescribedList {
  count: number;
  parts: string[];
}

/** `html/collection.json`, the index of the description. */
export interface CollectionDescription {
  format: number;
  title: string;
  generator: string;
  /** In collection order: by date, undated last, then by title. */
  documents: DescribedList;
  /** Each in the order of its index pages. */
  persons: DescribedList;
  places: DescribedList;
  organisations: DescribedList;
}

/** A file of the description, relative to the output folder. */
export interface DescriptionFile {
  path: string;
  content: string;
}

const FIELD: Record<IndexKind, 'persons' | 'places' | 'organisations'> = { person: 'persons', place: 'places', org: 'organisations' };

/** The items of a list cut into JSON arrays of at most about `bytes` each (one line, a newline after). */
function cut(items: readonly unknown[], bytes: number): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const close = () => {
    parts.push(`[${current.join(',')}]\n`);
    current = [];
    size = 0;
  };
  for (const item of items) {
    const text = JSON.stringify(item);
    if (current.length > 0 && size + text.length + 1 > bytes) close();
    current.push(text);
    size += text.length + 1;
  }
  if (current.length > 0 || parts.length === 0) close();
  return parts;
}

/**
 * Describes the collection of `model`, its index pages holding `pageSize` entities: `html/collection.json`
 * (first) and its part files, compact JSON (one line each) ending with a newline.
 */
export function describeCollection(model: CollectionModel, pageSize: number, partBytes = PART_BYTES): DescriptionFile[] {
  const documents: DescribedDocument[] = model.documents.map((d) => ({
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
  }));
  const lists: Record<'documents' | 'persons' | 'places' | 'organisations', unknown[]> = { documents, persons: [], places: [], organisations: [] };
  for (const kind of INDEX_KINDS) {
    lists[FIELD[kind]] = model.entities[kind].map((e, position): DescribedEntity => ({
      key: e.anchor,
      label: e.label,
      names: e.names,
      idnos: e.idnos,
      page: `${pageFile(INDEX_PAGE[kind], position, pageSize)}#${e.anchor}`,
      documents: e.documents.map((d) => d.name),
    }));
  }
  const files: DescriptionFile[] = [];
  const list = (name: keyof typeof lists): DescribedList => {
    const parts = cut(lists[name], partBytes).map((content, i) => {
      const file = `collection/${name}-${i + 1}.json`;
      files.push({ path: `html/${file}`, content });
      return file;
    });
    return { count: lists[name].length, parts };
  };
  const description: CollectionDescription = {
    format: DESCRIPTION_FORMAT,
    title: model.title,
    generator: model.generator,
    documents: list('documents'),
    persons: list('persons'),
    places: list('places'),
    organisations: list('organisations'),
  };
  return [{ path: DESCRIPTION_PATH, content: `${JSON.stringify(description)}\n` }, ...files];
}
