/**
 * data/collection.json: documents with their files, entities merged across
 * documents only by a shared authority identifier, and the shape checked
 * against schema/exchange-data.schema.json.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionData } from '../../src/collection/collection-data.js';
import type { DocumentData, Entity } from '../../src/collection/derive-document-data.js';
import { repoRoot } from '../helpers/fixtures.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'exchange-data.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

const entity = (e: Partial<Entity>): Entity => ({ id: null, kind: 'person', label: '', names: [], idnos: [], mentions: 1, ...e });
const doc = (name: string, entities: Entity[]): DocumentData => ({
  name,
  metadata: { id: null, title: name, subtitle: [], authors: [], editors: [], translators: [], date: null, dateIso: null, place: null, summary: null, keywords: [], languages: [], repository: null, settlement: null, callNumbers: [], source: null, publisher: null, editionDate: null, licence: null, rights: [], ids: [] },
  citation: { authors: [], translators: [], editors: [], title: name, date: '', dateIso: '', archive: '', archivePlace: '', callNumber: '', container: '', publisher: '', editionDate: '', editionUrl: '' },
  entities,
  text: '',
});

describe('collectionData', () => {
  it('merges entities that share an authority URL (whatever the idno type, http or https, trailing slash), and keeps the others apart', () => {
    const result = collectionData('Letters', [
      doc('a', [entity({ label: 'Kennan', names: ['Kennan'], idnos: [{ type: 'uri', value: 'https://viaf.org/viaf/41844917/' }], mentions: 3 }), entity({ id: 'p1', label: 'Smith', names: ['Smith'] })]),
      doc('b', [entity({ id: 'gfk', label: 'George F. Kennan', names: ['George F. Kennan', 'Kennan'], idnos: [{ type: 'VIAF', value: 'http://viaf.org/viaf/41844917' }, { type: 'GND', value: '118561219' }] }), entity({ id: 'p1', label: 'Jones' })]),
    ], 'tei-edition test');
    expect(result.documents.map((d) => [d.name, d.tei, d.data])).toEqual([['a', 'tei/a.xml', 'data/a.json'], ['b', 'tei/b.xml', 'data/b.json']]);
    expect(result.entities.map((e) => [e.key, e.label, e.names, e.idnos.length, e.documents.map((d) => `${d.name}:${d.id}:${d.mentions}`)])).toEqual([
      ['url http://viaf.org/viaf/41844917', 'George F. Kennan', ['Kennan', 'George F. Kennan'], 2, ['a:null:3', 'b:gfk:1']],
      ['a#p1', 'Smith', ['Smith'], 0, ['a:p1:1']],
      ['b#p1', 'Jones', [], 0, ['b:p1:1']],
    ]);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('schema/exchange-data.schema.json', () => {
  it('accepts the reviewed export of the fixture collection, and rejects a missing key', () => {
    const expected = path.join(repoRoot, 'tests', 'fixtures', 'exchange', 'collection', 'expected', 'data');
    for (const file of ['collection.json', 'letters/kennan.json', 'letters/collected/noble.json', 'letters/collected/2.json']) {
      const value = JSON.parse(readFileSync(path.join(expected, file), 'utf8')) as Record<string, unknown>;
      expect(validate(value), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = JSON.parse(readFileSync(path.join(expected, 'letters/kennan.json'), 'utf8')) as Record<string, unknown>;
    delete broken.text;
    expect(validate(broken)).toBe(false);
  });
});
