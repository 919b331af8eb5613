/**
 * html/collection.json: valid against schema/collection.schema.json for the
 * fixture collection and for arbitrary models, and saying what the pages
 * say (the same documents in the same order, the same entity anchors).
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionModel } from '../../src/collection/collection-model.js';
import { describeCollection, type CollectionDescription } from '../../src/collection/describe-collection.js';
import type { DocumentEntry } from '../../src/collection/document-entry.js';
import { repoRoot } from '../helpers/fixtures.js';
import { caseEntries } from './fixture-collection.js';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'collection.schema.json'), 'utf8')) as object);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('describeCollection', () => {
  const model = collectionModel(caseEntries('letters'), 'Letters', 'tei-edition test');
  const text = describeCollection(model, 100);
  const described = JSON.parse(text) as CollectionDescription;

  it('is one line of JSON valid against schema/collection.schema.json', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(validate(described), errors().join('\n')).toBe(true);
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
        const d = JSON.parse(describeCollection(collectionModel(entries, "T", "g"), 2)) as CollectionDescription;
        expect(validate(d), errors().join('\n')).toBe(true);
        expect(d.documents.map((x) => x.id).sort()).toEqual([...names].sort());
      }),
    );
  });
});
