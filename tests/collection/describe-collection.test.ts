/**
 * html/collection.json and its part files: valid against
 * schema/collection.schema.json for the fixture collection and for arbitrary
 * models, saying what the pages say (the same documents in the same order,
 * the same entity anchors), and cut into parts of bounded size.
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionModel } from '../../src/collection/collection-model.js';
import { describeCollection, type CollectionDescription, type DescribedDocument, type DescribedEntity, type DescriptionFile } from '../../src/collection/describe-collection.js';
import type { DocumentEntry } from '../../src/collection/document-entry.js';
import { repoRoot } from '../helpers/fixtures.js';
import { caseEntries } from './fixture-collection.js';

const ajv = new Ajv({ allErrors: true });
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'collection.schema.json'), 'utf8')) as { $id: string };
const validate = ajv.compile(schema);
const validatePart = {
  documents: ajv.getSchema(`${schema.$id}#/definitions/documentsPart`)!,
  entities: ajv.getSchema(`${schema.$id}#/definitions/entitiesPart`)!,
};
const errors = () => [validate, validatePart.documents, validatePart.entities].flatMap((v) => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** The description read as a tool reads it: the index, each part valid, and the items of each list joined. */
function read(files: readonly DescriptionFile[]) {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const index = JSON.parse(byPath.get('html/collection.json')!) as CollectionDescription;
  expect(validate(index), errors().join('\n')).toBe(true);
  const items = <T>(name: 'documents' | 'persons' | 'places' | 'organisations'): T[] => {
    const all = index[name].parts.flatMap((part) => {
      const list = JSON.parse(byPath.get(`html/${part}`)!) as unknown;
      expect(validatePart[name === 'documents' ? 'documents' : 'entities'](list), errors().join('\n')).toBe(true);
      return list as T[];
    });
    expect(all).toHaveLength(index[name].count);
    return all;
  };
  return { index, documents: items<DescribedDocument>('documents'), persons: items<DescribedEntity>('persons'), places: items<DescribedEntity>('places') };
}

describe('describeCollection', () => {
  const model = collectionModel(caseEntries('letters'), 'Letters', 'tei-edition test');
  const files = describeCollection(model, 100);
  const described = read(files);

  it('is an index and parts, each one line of JSON valid against schema/collection.schema.json', () => {
    expect(files.map((f) => f.path)).toEqual(['html/collection.json', 'html/collection/documents-1.json', 'html/collection/persons-1.json', 'html/collection/places-1.json', 'html/collection/organisations-1.json']);
    for (const f of files) {
      expect(f.content.endsWith('\n')).toBe(true);
      expect(f.content.trimEnd()).not.toContain('\n');
    }
    expect(described.index.documents).toEqual({ count: 4, parts: ['collection/documents-1.json'] });
  });

  it('cuts a list into parts of at most the size given (at least one item each), in order', () => {
    const small = describeCollection(model, 100, 400);
    const again = read(small);
    expect(again.index.documents.parts.length).toBeGreaterThan(1);
    expect(again.documents).toEqual(described.documents);
    expect(again.persons).toEqual(described.persons);
    for (const f of small.filter((f) => f.path !== 'html/collection.json')) {
      const items = JSON.parse(f.content) as unknown[];
      if (items.length > 1) expect(f.content.length).toBeLessThanOrEqual(402);
    }
  });

  it('lists the documents in collection order with their page, text and entities, and the entities with their documents', () => {
    expect(described.documents.map((d) => d.id)).toEqual(model.documents.map((d) => d.name));
    const kennan = described.documents.find((d) => d.id === 'letters/kennan-1957')!;
    expect(kennan.page).toBe('letters/kennan-1957.html');
    expect(kennan.text).toBe('../text/letters/kennan-1957.txt');
    expect(kennan.persons.length).toBeGreaterThan(0);
    for (const key of kennan.persons) {
      const person = described.persons.find((p) => p.key === key)!;
      expect(person.documents).toContain('letters/kennan-1957');
      expect(person.page).toBe(`persons.html#${key}`);
    }
    expect(described.persons.map((p) => p.key)).toEqual(model.entities.person.map((p) => p.anchor));
  });

  it('stays valid for documents with no metadata, no entities and odd names', () => {
    const name = fc.stringMatching(/^[a-z0-9][a-z0-9 ._-]{0,12}(\/[a-z0-9][a-z0-9._-]{0,8})?$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 5 }), (names) => {
        const entries: DocumentEntry[] = names.map((n) => ({ format: 1, name: n, metadata: null, entities: [], page: { title: '', lang: '', dir: '', passages: [], opening: '', entries: {} } }));
        const d = read(describeCollection(collectionModel(entries, 'T', 'g'), 2));
        expect(d.documents.map((x) => x.id).sort()).toEqual([...names].sort());
      }),
    );
  });
});
