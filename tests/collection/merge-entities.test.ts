/**
 * mergeEntities: the same authority record is one entity however each
 * document spells it; list entries with the same xml:id and the same name
 * are one entity; the same xml:id with another name is not.
 */
import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/collection/merge-entities.js';
import type { Entity } from '../../src/collection/derive-document-data.js';

const entity = (id: string | null, label: string, idnos: Entity['idnos'] = [], kind = 'person'): Entity => ({ id, kind, label, names: [label], idnos, mentions: 1 });

describe('mergeEntities', () => {
  const merged = mergeEntities([
    { name: 'a', entities: [entity('gfk', 'George F. Kennan', [{ type: 'wikidata', value: 'Q295981' }]), entity('p1', 'Mary Smith'), entity('moscow', 'Moscow', [], 'place')] },
    { name: 'b', entities: [entity('kennan', 'Kennan, George', [{ type: 'URI', value: 'https://www.wikidata.org/wiki/Q295981' }]), entity('p1', 'John Brown'), entity('moscow', 'moscow ', [], 'place')] },
    { name: 'c', entities: [entity(null, 'G. Kennan', [{ type: 'uri', value: 'http://www.wikidata.org/entity/Q295981' }]), entity('moscow', 'Moscow')] },
  ]);
  const find = (label: string) => merged.filter((m) => m.label === label);

  it('merges the same authority record spelled as a bare id and as URLs', () => {
    const [kennan] = find('George F. Kennan');
    expect(kennan!.documents).toEqual([
      { name: 'a', id: 'gfk', mentions: 1 },
      { name: 'b', id: 'kennan', mentions: 1 },
      { name: 'c', id: null, mentions: 1 },
    ]);
    expect(kennan!.names).toEqual(['George F. Kennan', 'Kennan, George', 'G. Kennan']);
    expect(kennan!.idnos).toEqual([{ type: 'wikidata', value: 'Q295981' }]);
  });

  it('merges list entries with the same xml:id and name (case and spaces aside), of the same kind', () => {
    const places = merged.filter((m) => m.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0]!.documents.map((d) => d.name)).toEqual(['a', 'b']);
    // A person with the same id and name is another entity: kinds never merge.
    expect(merged.filter((m) => m.label === 'Moscow' && m.kind === 'person')).toHaveLength(1);
  });

  it('keeps apart entries with the same xml:id but another name', () => {
    expect(find('Mary Smith').map((m) => m.documents)).toEqual([[{ name: 'a', id: 'p1', mentions: 1 }]]);
    expect(find('John Brown').map((m) => m.documents)).toEqual([[{ name: 'b', id: 'p1', mentions: 1 }]]);
  });

  it('accounts for every entity of every document exactly once', () => {
    const pairs = merged.flatMap((m) => m.documents.map((d) => `${d.name}#${d.id}`)).sort();
    expect(pairs).toEqual(['a#gfk', 'a#moscow', 'a#p1', 'b#kennan', 'b#moscow', 'b#p1', 'c#moscow', 'c#null'].sort());
  });
});
