/**
 * The collection as its pages show it: documents in date order with what
 * the list and its filters need, and the entities of each index (persons,
 * places, organisations) in alphabetical order, each with the documents and
 * occurrences it links to. Plain data, rendered by xslt/collection/ and
 * searched through the index of build-search-index.ts.
 */
import slugify from '@sindresorhus/slugify';
import type { Identifier } from './derive-document-data.js';
import type { DocumentEntry } from './document-entry.js';
import { mergeEntities } from './merge-entities.js';
import type { Occurrence } from './read-page-facts.js';

/** The kinds of entity that have an index page, in page order. */
export const INDEX_KINDS = ['person', 'place', 'org'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

export interface ListedDocument {
  name: string;
  /** The page, relative to html/. */
  href: string;
  title: string;
  lang: string;
  dir: string;
  /** The date as the header writes it, and its ISO form. */
  date: string | null;
  dateIso: string | null;
  place: string | null;
  authors: string[];
  summary: string | null;
  /** The opening of the text, shown when there is no summary. */
  opening: string;
  keywords: { key: string; label: string }[];
  /** Anchors (on the index pages) of the entities the document lists or names, by kind. */
  entities: Record<IndexKind, string[]>;
}

export interface EntityDocument {
  name: string;
  href: string;
  title: string;
  /** The entity's entry in the document page's own index, when the page has one. */
  entry: string | null;
  occurrences: { href: string; label: string }[];
  /** Names in the document that point at the entity (occurrences in the text and in the header). */
  mentions: number;
}

export interface IndexedEntity {
  /** Its id on its index page, and its value in the list's filters. */
  anchor: string;
  kind: IndexKind;
  label: string;
  /** Other names (variants, originals in other scripts). */
  names: string[];
  idnos: Identifier[];
  /** The letter it is filed under. */
  initial: string;
  documents: EntityDocument[];
}

export interface CollectionModel {
  title: string;
  generator: string;
  documents: ListedDocument[];
  entities: Record<IndexKind, IndexedEntity[]>;
  keywords: { key: string; label: string; count: number }[];
}

const collator = new Intl.Collator('und', { sensitivity: 'base', numeric: true });

/** A page's URL relative to html/: each segment of the output name escaped. */
export const pageHref = (name: string) => `${name.split('/').map(encodeURIComponent).join('/')}.html`;

/** The page of part `part` of a document split into parts (src/pipeline/split-long-page.ts, partFile) whose page is `href`; `href` itself without a part. */
export const partHref = (href: string, part?: number) => (part ? href.replace(/\.html$/, `.part-${part}.html`) : href);

/** A number that orders ISO dates (years before the common era too); null for no date. */
export function dateOrder(iso: string | null): number | null {
  const m = iso ? /^(-?)(\d+)(?:-(\d\d))?(?:-(\d\d))?/.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[2]) * (m[1] ? -1 : 1);
  return year * 10_000 + Number(m[3] ?? 0) * 100 + Number(m[4] ?? 0);
}

/** Readable, stable ids: `te-` and a slug of the label, numbered when two labels make the same slug. */
function idMaker(fallback: string): (label: string) => string {
  const used = new Set<string>();
  let count = 0;
  return (label) => {
    count++;
    const base = `te-${slugify(label) || `${fallback}-${count}`}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** The letter a label is filed under: its first letter, upper-cased; '#' for digits and signs. */
function initialOf(label: string): string {
  const letter = /\p{L}/u.exec(label.normalize('NFC'))?.[0];
  return letter && label.search(/\p{L}/u) === label.search(/[\p{L}\p{N}]/u) ? letter.toLocaleUpperCase('und') : '#';
}

/** Builds the model from the entries of the documents that were built (in any order). */
export function collectionModel(entries: readonly DocumentEntry[], title: string, generator: string): CollectionModel {
  const sorted = [...entries].sort((a, b) => {
    const x = dateOrder(a.metadata?.dateIso ?? null);
    const y = dateOrder(b.metadata?.dateIso ?? null);
    if (x !== y) return x === null ? 1 : y === null ? -1 : x - y;
    return collator.compare(titleOf(a), titleOf(b)) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });

  const keywordLabels = [...new Set(sorted.flatMap((e) => e.metadata?.keywords ?? []))].sort(collator.compare);
  const keywordId = idMaker('keyword');
  const keywords = keywordLabels.map((label) => ({ key: keywordId(label), label, count: sorted.filter((e) => e.metadata?.keywords.includes(label)).length }));
  const keywordKey = new Map(keywords.map((k) => [k.label, k.key]));

  const documents: ListedDocument[] = sorted.map((e) => ({
    name: e.name,
    href: pageHref(e.name),
    title: titleOf(e),
    lang: e.page.lang,
    dir: e.page.dir,
    date: e.metadata?.date ?? null,
    dateIso: e.metadata?.dateIso ?? null,
    place: e.metadata?.place ?? null,
    authors: e.metadata?.authors ?? [],
    summary: e.metadata?.summary ?? null,
    opening: e.page.opening,
    keywords: [...new Set(e.metadata?.keywords ?? [])].map((label) => ({ key: keywordKey.get(label)!, label })),
    entities: { person: [], place: [], org: [] },
  }));
  const byName = new Map(documents.map((d) => [d.name, d]));
  const entryByName = new Map(sorted.map((e) => [e.name, e]));

  const entities: Record<IndexKind, IndexedEntity[]> = { person: [], place: [], org: [] };
  const merged = mergeEntities(sorted).filter((m): m is typeof m & { kind: IndexKind } => (INDEX_KINDS as readonly string[]).includes(m.kind));
  merged.sort((a, b) => collator.compare(a.label, b.label) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const anchors = { person: idMaker('person'), place: idMaker('place'), org: idMaker('org') };
  for (const m of merged) {
    const anchor = anchors[m.kind](m.label);
    const linked: EntityDocument[] = m.documents.map((d) => {
      const doc = byName.get(d.name)!;
      const found: Occurrence[] | undefined = d.id !== null ? entryByName.get(d.name)!.page.entries[d.id] : undefined;
      if (!doc.entities[m.kind].includes(anchor)) doc.entities[m.kind].push(anchor);
      return {
        name: d.name,
        href: doc.href,
        title: doc.title,
        entry: found ? `${doc.href}#${d.id}` : null,
        occurrences: (found ?? []).map((o) => ({ href: `${partHref(doc.href, o.part)}#${o.id}`, label: o.label })),
        mentions: d.mentions,
      };
    });
    entities[m.kind].push({ anchor, kind: m.kind, label: m.label, names: m.names.filter((n) => n !== m.label), idnos: m.idnos, initial: initialOf(m.label), documents: linked });
  }
  return { title, generator, documents, entities, keywords };
}

function titleOf(entry: DocumentEntry): string {
  return entry.metadata?.title || entry.page.title || entry.name;
}
