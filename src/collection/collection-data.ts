/**
 * `data/collection.json`: the collection at a glance for web tools, namely
 * every document's metadata with where its files are, and the entities
 * across documents. Entities that share an authority identifier (a VIAF or
 * GND URI, an idno of the same type and value) are one entity named by
 * several documents; entities without one stay with their document, since
 * two projects' "p1" need not be the same person.
 */
import type { DocumentData, DocumentMetadata, Identifier } from './derive-document-data.js';

/** An entity of the collection, with the documents that list or name it. */
export interface CollectionEntity {
  /** The authority identifier it was merged by (`type value`), or `<document name>#<xml:id>`. */
  key: string;
  kind: string;
  label: string;
  names: string[];
  idnos: Identifier[];
  documents: { name: string; id: string | null; mentions: number }[];
}

/** `data/collection.json`. */
export interface CollectionData {
  title: string;
  generator: string;
  documents: { name: string; tei: string; data: string; metadata: DocumentMetadata }[];
  entities: CollectionEntity[];
}

/** Identifiers that are URLs match whatever their idno type says (VIAF, uri…); others match by type and value. */
const identifierKey = (i: Identifier) => (/^https?:\/\//.test(i.value) ? `url ${i.value.replace(/^https:/, 'http:').replace(/\/+$/, '')}` : `${i.type} ${i.value}`);

/** Assembles the collection file from the documents' data, in collection order. */
export function collectionData(title: string, documents: readonly DocumentData[], generator: string): CollectionData {
  const entities: CollectionEntity[] = [];
  const byKey = new Map<string, CollectionEntity>();
  const labelledByList = new Set<CollectionEntity>();
  for (const doc of documents) {
    doc.entities.forEach((entity, index) => {
      const keys = entity.idnos.map(identifierKey);
      const known = keys.map((k) => byKey.get(k)).find((e) => e !== undefined);
      const mention = { name: doc.name, id: entity.id, mentions: entity.mentions };
      if (known) {
        // A list entry's preferred name makes a better label than a name met in the text.
        if (entity.id !== null && !labelledByList.has(known)) {
          known.label = entity.label;
          known.kind = entity.kind;
          labelledByList.add(known);
        }
        for (const n of entity.names) if (!known.names.includes(n)) known.names.push(n);
        for (const i of entity.idnos) if (!known.idnos.some((k) => identifierKey(k) === identifierKey(i))) known.idnos.push(i);
        known.documents.push(mention);
        for (const k of keys) byKey.set(k, known);
        return;
      }
      const created: CollectionEntity = {
        key: keys[0] ?? `${doc.name}#${entity.id ?? index + 1}`,
        kind: entity.kind, label: entity.label, names: [...entity.names], idnos: [...entity.idnos], documents: [mention],
      };
      entities.push(created);
      if (entity.id !== null) labelledByList.add(created);
      for (const k of keys) byKey.set(k, created);
    });
  }
  return {
    title,
    generator,
    documents: documents.map((d) => ({ name: d.name, tei: `tei/${d.name}.xml`, data: `data/${d.name}.json`, metadata: d.metadata })),
    entities,
  };
}
