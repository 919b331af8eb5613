/**
 * The entities of the collection: the exchange's merge (entities that share
 * an authority identifier, a Wikidata, VIAF or GeoNames URI or an idno of the
 * same type and value, are one) on identifiers spelled one way per authority
 * (authority-identifier.ts), then one step further for the pages of a
 * single collection: list entries with the same xml:id and the same name in
 * two documents are one entity too (a project that keeps one personography,
 * copied or XIncluded into each document). The name must agree as well, so
 * that two unrelated files' "p1" stay apart; an entity spelled differently
 * in two documents without an authority stays two entries, which a reader
 * can see, rather than two people made one, which a reader cannot.
 */
import { collectionData, type CollectionEntity } from './collection-data.js';
import type { DocumentData, Entity, Identifier } from './derive-document-data.js';
import { canonicalIdentifier } from './authority-identifier.js';

/** An entity of the collection with the documents that list or name it. */
export interface MergedEntity {
  kind: string;
  label: string;
  names: string[];
  idnos: Identifier[];
  /** In the order of `documents` given to `mergeEntities`; an xml:id of null is a name pointing straight at an authority. */
  documents: { name: string; id: string | null; mentions: number }[];
}

const sameName = (label: string) => label.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();

/** Merges the entities of `documents` (name and entities of each, in collection order). */
export function mergeEntities(documents: readonly { name: string; entities: readonly Entity[] }[]): MergedEntity[] {
  // collectionData reads only the names and entities of its documents (metadata is passed through, unused here).
  const asData = documents.map((d) => ({ name: d.name, entities: d.entities.map((e) => ({ ...e, idnos: e.idnos.map(canonicalIdentifier) })) }) as unknown as DocumentData);
  const byAuthority = collectionData('', asData, '').entities;

  // Union-find over the exchange's entities, joined by (kind, xml:id, name).
  const parent = byAuthority.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Map<string, number>();
  byAuthority.forEach((entity, i) => {
    for (const d of entity.documents) {
      if (d.id === null) continue;
      const key = `${entity.kind}\u0000${d.id}\u0000${sameName(entity.label)}`;
      const other = seen.get(key);
      if (other === undefined) seen.set(key, i);
      else parent[find(i)] = find(other);
    }
  });

  const groups = new Map<number, CollectionEntity[]>();
  byAuthority.forEach((entity, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), entity]);
  });
  const order = new Map(documents.map((d, i) => [d.name, i]));
  return [...groups.values()].map((group) => {
    const [first] = group as [CollectionEntity];
    const merged: MergedEntity = { kind: first.kind, label: first.label, names: [], idnos: [], documents: [] };
    for (const entity of group) {
      for (const n of entity.names) if (!merged.names.includes(n)) merged.names.push(n);
      for (const i of entity.idnos) if (!merged.idnos.some((k) => k.type === i.type && k.value === i.value)) merged.idnos.push(i);
      for (const d of entity.documents) if (!merged.documents.some((k) => k.name === d.name && k.id === d.id)) merged.documents.push({ ...d });
    }
    merged.documents.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
    return merged;
  });
}
