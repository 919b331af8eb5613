/**
 * collectionModel: documents in date order (undated last), keywords and
 * entities with stable anchors, each entity linking to its entries and
 * occurrences on the document pages; and the list's filters agree with the
 * indexes. The fixture's model is also kept as a reviewed expectation.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionModel, dateOrder, INDEX_KINDS, pageHref } from '../../src/collection/collection-model.js';
import { expectJsonFile } from '../helpers/fixtures.js';
import { caseEntries, collectionCase } from './fixture-collection.js';

describe('dateOrder', () => {
  it('orders ISO dates of any precision, before the common era too', () => {
    const dates = ['1957-03-21', '1957', '-0200-05', '0402', '1956-11-02', '-0200-01-15', '1957-03'];
    expect([...dates].sort((a, b) => dateOrder(a)! - dateOrder(b)!)).toEqual(['-0200-01-15', '-0200-05', '0402', '1956-11-02', '1957', '1957-03', '1957-03-21']);
    expect(dateOrder(null)).toBeNull();
    expect(dateOrder('March 1957')).toBeNull();
  });
});

describe('pageHref', () => {
  it('escapes each segment of the output name', () => {
    expect(pageHref('letters/kennan 1957#2')).toBe('letters/kennan%201957%232.html');
  });
});

describe('collectionModel (fixture "letters")', () => {
  const entries = caseEntries('letters');
  const model = collectionModel(entries, 'Letters', 'tei-edition test');

  it('matches the reviewed expectation', () => {
    expectJsonFile(model, path.join(collectionCase('letters'), 'expected', 'model.json'));
  });

  it('lists the documents by date, undated last, whatever order they came in', () => {
    const expected = ['sutra', 'letters/acheson-1956', 'letters/kennan-1957', 'notes/lighthouse'];
    expect(model.documents.map((d) => d.name)).toEqual(expected);
    expect(collectionModel([...entries].reverse(), 'Letters', 'x').documents.map((d) => d.name)).toEqual(expected);
  });

  it('gives a summary where the header has one, and the opening of the text otherwise', () => {
    const byName = new Map(model.documents.map((d) => [d.name, d]));
    expect(byName.get('letters/kennan-1957')!.summary).toContain('containment');
    expect(byName.get('notes/lighthouse')).toMatchObject({ summary: null, opening: 'The keeper of the lighthouse, John Brown, kept a log of every ship that passed the point.' });
    expect(byName.get('sutra')).toMatchObject({ lang: 'zh-Hant', date: '402', dateIso: '0402' });
  });

  it('merges the collection’s entities and links each to the entries and occurrences on the pages', () => {
    const kennan = model.entities.person.find((e) => e.label === 'George F. Kennan')!;
    expect(kennan.documents.map((d) => [d.entry, d.occurrences.map((o) => `${o.href} ${o.label}`)])).toEqual([
      ['letters/acheson-1956.html#kennan', ['letters/acheson-1956.html#occ-kennan-1 ¶ 1']],
      ['letters/kennan-1957.html#gfk', ['letters/kennan-1957.html#occ-gfk-1 ¶ 1', 'letters/kennan-1957.html#occ-gfk-2 signature']],
    ]);
    // Washington (GeoNames URL) and Washington, D.C. (bare GeoNames id) are one place.
    expect(model.entities.place.map((e) => [e.label, e.documents.length])).toEqual([['Moscow', 2], ['Washington', 2]]);
    expect(model.entities.person.map((e) => e.label)).toEqual(['George F. Kennan', 'John Brown', 'Mary Smith', 'Richard Hall']);
    expect(model.entities.org.map((e) => e.anchor)).toEqual(['te-department-of-state']);
  });

  it('gives every entity of a page a distinct anchor, and files it under its initial', () => {
    for (const kind of INDEX_KINDS) {
      const anchors = model.entities[kind].map((e) => e.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const e of model.entities[kind]) expect(e.initial).toBe(e.label[0]!.toUpperCase());
    }
  });

  it('tags each document with exactly the entities whose index lists it (the filters agree with the indexes)', () => {
    for (const kind of INDEX_KINDS) {
      for (const doc of model.documents) {
        const listed = model.entities[kind].filter((e) => e.documents.some((d) => d.name === doc.name)).map((e) => e.anchor);
        expect([...doc.entities[kind]].sort()).toEqual(listed.sort());
      }
    }
    expect(model.keywords).toEqual([
      { key: 'te-cold-war', label: 'Cold War', count: 1 },
      { key: 'te-foreign-policy', label: 'Foreign policy', count: 2 },
      { key: 'te-middle-east', label: 'Middle East', count: 1 },
    ]);
  });

  it('numbers anchors whose labels make the same slug, and names the ones no slug can spell', () => {
    const [one] = entries;
    const twin = (id: string, label: string) => ({ id, kind: 'person', label, names: [label], idnos: [], mentions: 0 });
    const entry = { ...one!, name: 'twins', entities: [twin('a', 'Anna Ivanova'), twin('b', 'Anna  Ivanova!'), twin('c', '鳩摩羅什')] };
    expect(collectionModel([entry], 't', 'g').entities.person.map((e) => e.anchor)).toEqual(['te-anna-ivanova', 'te-anna-ivanova-2', 'te-person-3']);
  });
});
