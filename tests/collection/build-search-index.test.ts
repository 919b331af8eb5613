/**
 * The search index: words cut and folded the same way at build time and in
 * the page (the one search-options.js), Chinese found character by
 * character, and the generated script, run as the page runs it, finds the
 * right documents and passages.
 */
import vm from 'node:vm';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchData, miniSearchOptions, searchIndexScript, sharedSearchOptions, type SearchData } from '../../src/collection/build-search-index.js';
import { collectionModel } from '../../src/collection/collection-model.js';
import path from 'node:path';
import { repoRoot } from '../helpers/fixtures.js';
import { caseEntries, caseEntriesOf } from './fixture-collection.js';

describe('search-options.js', () => {
  const { tokenize, processTerm } = sharedSearchOptions();

  it('cuts words at spaces and punctuation, in any script', () => {
    expect(tokenize('Zakharov’s visit — 1970-06-10, «Москва»!')).toEqual(['Zakharov', 's', 'visit', '1970', '06', '10', 'Москва']);
    expect(tokenize('דער ייִדישער טעקסט')).toEqual(['דער', 'ייִדישער', 'טעקסט']);
  });

  it('makes each character of Chinese or Japanese a word of its own', () => {
    expect(tokenize('如是我聞。Buddha 舍衛國')).toEqual(['如', '是', '我', '聞', 'Buddha', '舍', '衛', '國']);
    expect(tokenize('ひらがなカタカナ')).toHaveLength(8);
  });

  it('folds case and accents', () => {
    expect(['Kumārajīva', 'ÉCOLE', 'Straße'].map(processTerm)).toEqual(['kumarajiva', 'ecole', 'straße']);
    expect(processTerm('\u0301')).toBeNull();
  });
});

describe('buildSearchData (fixture "letters")', () => {
  const entries = caseEntries('letters');
  const model = collectionModel(entries, 'Letters', 'test');
  const data = buildSearchData(model, entries);
  const engine = MiniSearch.loadJS(data.index as never, miniSearchOptions());
  const found = (query: string) => engine.search(query).map((hit) => {
    const [doc, anchor] = data.passages[hit.id as number]!;
    return `${data.documents[doc]![0]}#${anchor}`;
  });

  it('lists the documents in the model’s order, with one record for each and one per passage', () => {
    expect(data.documents.map((d) => d[0])).toEqual(model.documents.map((d) => d.href));
    const passages = entries.reduce((n, e) => n + e.page.passages.length, 0);
    expect(data.passages).toHaveLength(entries.length + passages);
  });

  it('finds a word in the paragraph it stands in', () => {
    expect(found('telegram').sort()).toEqual(['letters/kennan-1957.html#p2', 'letters/kennan-1957.html#te-note-1']);
    expect(data.passages.find((p) => p[1] === 'te-note-1')?.[2]).toBe('note 1');
    expect(found('Suez')).toEqual(expect.arrayContaining(['letters/acheson-1956.html#', 'letters/acheson-1956.html#p1']));
    expect(found('lighthouse keeper')[0]).toBe('notes/lighthouse.html#');
  });

  it('requires every word, finds prefixes and forgives accents', () => {
    // The paragraph, and the letter as a whole (its title speaks of containment, its index names Moscow).
    expect(found('containment Moscow').sort()).toEqual(['letters/kennan-1957.html#', 'letters/kennan-1957.html#p1']);
    expect(found('contain')).toContain('letters/kennan-1957.html#p1');
    expect(found('MÖSCOW').length).toBeGreaterThan(0);
    expect(found('containment Suez')).toEqual([]);
  });

  it('finds Chinese by its characters', () => {
    expect(found('舍衛國')).toEqual(['sutra.html#p1']);
    expect(found('世尊')).toEqual(['sutra.html#p2']);
  });

  it('writes a script that assigns the data, as the page loads it', () => {
    const script = searchIndexScript(data);
    const self: { teCollectionSearch?: SearchData } = {};
    vm.runInNewContext(script, { self });
    expect(JSON.stringify(self.teCollectionSearch)).toBe(JSON.stringify(data));
  });
});

describe('search over the record', () => {
  const entries = caseEntriesOf([{ file: path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), name: 'zakharov-kim-il-sung-1970-06-10' }]);
  const model = collectionModel(entries, 'Record', 'test');
  const data = buildSearchData(model, entries);
  const engine = MiniSearch.loadJS(data.index as never, miniSearchOptions());
  const found = (query: string) => engine.search(query).map((hit) => data.documents[data.passages[hit.id as number]![0]]![0]);

  it('finds the record from a name the index gives but the text prints otherwise ("Choe" for "Coj Jen Gen")', () => {
    expect(found('Choe')).toContain('zakharov-kim-il-sung-1970-06-10.html');
    expect(found('Choe Yong-gon')).toContain('zakharov-kim-il-sung-1970-06-10.html');
  });

  it('finds the record from expansions and regularised forms ("Zhou" for the printed "Zh[ou]", "Marshal")', () => {
    expect(found('Zhou')).toContain('zakharov-kim-il-sung-1970-06-10.html');
    expect(found('Zhou Enlai')).toContain('zakharov-kim-il-sung-1970-06-10.html');
    expect(found('Marshal')).toContain('zakharov-kim-il-sung-1970-06-10.html');
  });
});
