/**
 * The sharded search index: words cut and folded the same way at build time
 * and in the page (the one search-options.js), Chinese found character by
 * character; the files the build writes, searched by the page's own engine
 * (search-engine.js, run here as the page runs it), find the right documents
 * and passages, phrases, prefixes, facets and years; a query loads only the
 * shards of its words; the files are the same for the same input, and
 * editing one document changes only its own files and the shards of its
 * words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, piecesOf, sharedSearchOptions, type SearchFile } from '../../src/collection/build-search-index.js';
import { collectionModel } from '../../src/collection/collection-model.js';
import type { DocumentEntry } from '../../src/collection/document-entry.js';
import { repoRoot } from '../helpers/fixtures.js';
import { caseEntries, caseEntriesOf } from './fixture-collection.js';

const ENGINE = path.join(repoRoot, 'xslt', 'collection', 'assets', 'search-engine.js');
const OPTIONS = path.join(repoRoot, 'xslt', 'collection', 'assets', 'search-options.js');

interface Found {
  href: string;
  title: string;
  about: { text: string; terms: string[] } | null;
  passages: { anchor: string; label: string; text: string; terms: string[] }[];
  more: number;
}
interface Engine {
  search(query: string, facets?: Record<string, string>): Promise<{ documents: unknown[]; passages: number; phrases: string[][] }>;
  page(result: unknown, from: number, count: number, passages: number): Promise<{ items: Found[]; next: number | null }>;
}

/** The page's engine over `files`, each run as the page runs it (a script that calls teSearchFile); `loaded` lists what it loaded. */
export function engineOver(files: readonly SearchFile[]): { engine: Engine; loaded: string[] } {
  const byName = new Map(files.map((f) => [f.path.replace(/^html\/search\//, '').replace(/\.js$/, ''), f.content]));
  const loaded: string[] = [];
  const context: Record<string, unknown> = {};
  vm.runInNewContext(readFileSync(OPTIONS, 'utf8') + readFileSync(ENGINE, 'utf8'), context);
  let arrived: unknown;
  context.teSearchFile = (_name: string, data: unknown) => (arrived = data);
  const load = (name: string) => {
    loaded.push(name);
    const text = byName.get(name);
    if (text === undefined) throw new Error(`no file ${name}`);
    vm.runInNewContext(text, context);
    return arrived;
  };
  const engine = (context.teSearchEngine as { create(o: unknown, l: unknown): Engine }).create(context.teSearchOptions, load);
  return { engine, loaded };
}

/** `href#anchor` of every record a query finds ('' anchor: the document's own record). */
async function finder(files: readonly SearchFile[]) {
  const { engine } = engineOver(files);
  const found = async (query: string, facets?: Record<string, string>) => {
    const { items } = await engine.page(await engine.search(query, facets), 0, 1000, 1000);
    return items.flatMap((d) => [...(d.about ? [`${d.href}#`] : []), ...d.passages.map((p) => `${d.href}#${p.anchor}`)]);
  };
  return { found, engine };
}

describe('search-options.js', () => {
  const { tokenize, processTerm, shardOf } = sharedSearchOptions();

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

  it('puts every word a prefix of three letters begins into one shard, with names safe on any file system', () => {
    expect(shardOf('korea')).toBe(shardOf('kor'));
    expect(shardOf('korea')).toBe('6b-6f-72');
    expect(shardOf('舍')).toBe('820d');
    expect(shardOf('~person:te-moscow')).toMatch(/^f-[0-9a-f]{8}$/);
  });
});

describe('buildSearchFiles (fixture "letters")', async () => {
  const entries = caseEntries('letters');
  const model = collectionModel(entries, 'Letters', 'test');
  const files = buildSearchFiles(model, entries);
  const { found, engine } = await finder(files);

  it('writes the counts, one block of documents, the text of each document and the shards', () => {
    const names = files.map((f) => f.path);
    expect(names).toEqual(expect.arrayContaining(['html/search/meta.js', 'html/search/docs/0.js', 'html/search/text/0-0.js', `html/search/terms/${sharedSearchOptions().shardOf('telegram')}.js`]));
    expect(names.filter((n) => n.startsWith('html/search/text/'))).toHaveLength(4);
    const passages = entries.reduce((n, e) => n + e.page.passages.length, 0);
    const meta = files.find((f) => f.path === 'html/search/meta.js')!.content;
    expect(meta).toMatch(new RegExp(`^teSearchFile\\("meta",\\{"version":3,"documents":4,"records":${entries.length + passages},"block":20,"shards":"[^"]+"\\}\\);\n$`));
    // Every word shard is listed, front-coded, and every shard listed is written.
    const listed = /"shards":"([^"]+)"/.exec(meta)![1]!.split(' ');
    const words = names.filter((n) => /\/terms\/[0-9a-e][0-9a-f-]*\.js$/.test(n));
    expect(listed).toHaveLength(words.length);
    expect(listed.slice(0, 3)).toEqual(['0194', '25', '02']);
  });

  it('finds a word in the paragraph it stands in', async () => {
    expect((await found('telegram')).sort()).toEqual(['letters/kennan-1957.html#p2', 'letters/kennan-1957.html#te-note-1']);
    const { items } = await engine.page(await engine.search('telegram'), 0, 10, 10);
    expect(items[0]!.passages.find((p) => p.anchor === 'te-note-1')?.label).toBe('note 1');
    expect(await found('Suez')).toEqual(expect.arrayContaining(['letters/acheson-1956.html#', 'letters/acheson-1956.html#p1']));
    expect((await found('lighthouse keeper'))[0]).toBe('notes/lighthouse.html#');
  });

  it('requires every word, finds prefixes and forgives accents', async () => {
    // The paragraph, and the letter as a whole (its title speaks of containment, its index names Moscow).
    expect((await found('containment Moscow')).sort()).toEqual(['letters/kennan-1957.html#', 'letters/kennan-1957.html#p1']);
    expect(await found('contain')).toContain('letters/kennan-1957.html#p1');
    expect((await found('MÖSCOW')).length).toBeGreaterThan(0);
    expect(await found('containment Suez')).toEqual([]);
    expect(await found('zzzz')).toEqual([]);
  });

  it('finds a phrase only with its words side by side and in order', async () => {
    expect(await found('"long telegram"')).toEqual(['letters/kennan-1957.html#p2']);
    // The letter's summary has the phrase too ("what he meant by containment").
    expect(await found('“meant by containment” moscow')).toEqual(['letters/kennan-1957.html#', 'letters/kennan-1957.html#p1']);
    expect(await found('"by containment when"')).toEqual(['letters/kennan-1957.html#p1']);
    expect(await found('"telegram long"')).toEqual([]);
  });

  it('finds Chinese by its characters', async () => {
    expect(await found('舍衛國')).toEqual(['sutra.html#p1']);
    expect(await found('世尊')).toEqual(['sutra.html#p2']);
  });

  it('narrows to a person, place or keyword of the list’s filters, and to years', async () => {
    expect((await found('policy')).filter((h) => h.endsWith('#'))).toHaveLength(2);
    expect(await found('policy', { keyword: 'te-cold-war' })).toEqual(['letters/kennan-1957.html#']);
    expect(await found('policy', { person: 'te-richard-hall', keyword: 'te-middle-east' })).toEqual(['letters/acheson-1956.html#']);
    expect(await found('policy year:1957')).toEqual(['letters/kennan-1957.html#']);
    expect(await found('policy years:1950-1956')).toEqual(['letters/acheson-1956.html#']);
    expect(await found('policy year:1900..1950')).toEqual([]);
  });

  it('loads only the shards of the words of a query', async () => {
    const { engine, loaded } = engineOver(files);
    await engine.search('containment Moscow');
    expect(loaded.sort()).toEqual(['meta', 'terms/63-6f-6e', 'terms/6d-6f-73']);
  });

  it('writes the same bytes for the same input', () => {
    expect(buildSearchFiles(collectionModel(entries, 'Letters', 'test'), entries)).toEqual(files);
  });

  it('changes, when one document is edited, only its text, its block, the shards of the words that came or went and, when a shard came or went, the list of shards', () => {
    const edited: DocumentEntry[] = entries.map((e) => e.name !== 'notes/lighthouse' ? e : {
      ...e,
      page: { ...e.page, passages: e.page.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text} Albatross.` } : p)) },
    });
    const after = buildSearchFiles(collectionModel(edited, 'Letters', 'test'), edited);
    const before = new Map(files.map((f) => [f.path, f.content]));
    const changed = after.filter((f) => before.get(f.path) !== f.content).map((f) => f.path);
    // The lighthouse note is the third document by name (letters/…, letters/…, notes/…, sutra).
    expect(changed.sort()).toEqual(['html/search/meta.js', 'html/search/terms/61-6c-62.js', 'html/search/text/2-0.js']);
  });
});

describe('search over the record', async () => {
  const entries = caseEntriesOf([{ file: path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), name: 'zakharov-kim-il-sung-1970-06-10' }]);
  const model = collectionModel(entries, 'Record', 'test');
  const { found } = await finder(buildSearchFiles(model, entries));
  const page = 'zakharov-kim-il-sung-1970-06-10.html#';

  it('finds the record from a name the index gives but the text prints otherwise ("Choe" for "Coj Jen Gen")', async () => {
    expect(await found('Choe')).toContain(page);
    expect(await found('Choe Yong-gon')).toContain(page);
  });

  it('finds the record from expansions and regularised forms ("Zhou" for the printed "Zh[ou]", "Marshal")', async () => {
    expect((await found('Zhou')).some((h) => h.startsWith(page))).toBe(true);
    expect((await found('Zhou Enlai')).some((h) => h.startsWith(page))).toBe(true);
    expect((await found('Marshal')).some((h) => h.startsWith(page))).toBe(true);
  });
});

describe('the engine against a plain scan (property)', () => {
  const WORDS = ['kor', 'korea', 'korean', 'ab', 'abc', 'abcd', 'été', 'ete', 'moscow', 'mos', 'zz', '舍', '衛'];
  const { processTerm } = sharedSearchOptions();
  const entry = (name: string, passages: string[]): DocumentEntry => ({
    format: 1,
    name,
    metadata: null,
    entities: [],
    page: { title: name, lang: 'en', dir: 'ltr', passages: passages.map((text, i) => ({ id: `p${i}`, label: '', text })), opening: '', entries: {} },
  });

  it('finds exactly the passages that have every word (a word of three letters or more: as a prefix), and a phrase side by side', async () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      // The sizes the files are cut to: the default, or so small that passages come in pieces and shards split and chunk.
      fc.option(fc.record({ partCharacters: fc.integer({ min: 10, max: 30 }), shardBytes: fc.integer({ min: 30, max: 400 }) })),
      async (docs, words, phrase, limits) => {
        const entries = docs.map((passages, i) => entry(`d${i}`, passages));
        const { engine } = engineOver(buildSearchFiles(collectionModel(entries, 'P', 'test'), entries, limits ?? undefined));
        const query = phrase ? `"${words.join(' ')}"` : words.join(' ');
        const { items } = await engine.page(await engine.search(query), 0, 1000, 1000);
        const got = items.flatMap((d) => d.passages.map((p) => `${d.href}#${p.anchor}`)).sort();
        const folded = words.map((w) => processTerm(w)!);
        const expected = entries.flatMap((e) => e.page.passages.filter((p) => {
          const terms = p.text.split(' ').map((w) => processTerm(w)!);
          if (phrase && folded.length > 1) return terms.some((_t, i) => folded.every((f, k) => terms[i + k] === f));
          return folded.every((f) => terms.some((t) => t === f || (!phrase && [...f].length >= 3 && t.startsWith(f))));
        }).map((p) => `${e.name}.html#${p.id}`)).sort();
        expect(got).toEqual(expected);
      },
    ), { numRuns: 120 });
  });
});

// Known bug (issue 25), found by the property above when pieces were shorter than a word and a space:
// with partCharacters 3, the phrase "été abcd" is not found in the passage "ete abcd". This test turns red
// when the engine is fixed; then remove .fails and lower the property's partCharacters back to 3.
describe('a phrase across pieces shorter than a word (known bug)', () => {
  it.fails('finds "été abcd" in "ete abcd" cut into 3-character pieces', async () => {
    const entry = (name: string, passages: string[]): DocumentEntry => ({
      format: 1,
      name,
      metadata: null,
      entities: [],
      page: { title: name, lang: 'en', dir: 'ltr', passages: passages.map((text, i) => ({ id: `p${i}`, label: '', text })), opening: '', entries: {} },
    });
    const entries = [entry('d0', ['ete abcd', 'kor']), entry('d1', ['kor'])];
    const { engine } = engineOver(buildSearchFiles(collectionModel(entries, 'P', 'test'), entries, { partCharacters: 3, shardBytes: 30 }));
    const { items } = await engine.page(await engine.search('"été abcd"'), 0, 1000, 1000);
    expect(items.flatMap((d) => d.passages.map((p) => `${d.href}#${p.anchor}`))).toEqual(['d0.html#p0']);
  });
});

describe('long passages and common prefixes, cut small', () => {
  const entry = (name: string, passages: string[]): DocumentEntry => ({
    format: 1,
    name,
    metadata: null,
    entities: [],
    page: { title: name, lang: 'en', dir: 'ltr', passages: passages.map((text, i) => ({ id: `p${i}`, label: '', text })), opening: '', entries: {} },
  });
  const filler = Array.from({ length: 60 }, (_, i) => `con${String.fromCharCode(97 + (i % 26))}${'abcdefghij'[i % 10]}x`).join(' ');
  const entries = [entry('a', [`${filler} zebra crossing`, 'short one']), entry('b', [`${filler} contain`])];
  const limits = { partCharacters: 40, shardBytes: 300 };
  const files = buildSearchFiles(collectionModel(entries, 'P', 'test'), entries, limits);

  it('loads, for a hit in a long passage, only the piece that holds it', async () => {
    const { engine, loaded } = engineOver(files);
    const { items } = await engine.page(await engine.search('zebra'), 0, 20, 3);
    expect(items.map((d) => d.passages.map((p) => p.anchor))).toEqual([['p0']]);
    expect(items[0]!.passages[0]!.text).toMatch(/zebra/);
    expect(items[0]!.passages[0]!.text.length).toBeLessThanOrEqual(40);
    const texts = loaded.filter((n) => n.startsWith('text/'));
    expect(texts).toHaveLength(1);
    expect(texts[0]).not.toBe('text/0-0');
  });

  it('finds a phrase that runs from one piece into the next', async () => {
    const { engine } = engineOver(files);
    const cut = piecesOf(`${filler} zebra crossing`, 40);
    const last = cut.at(-2)!.trim().split(' ').at(-1)!;
    const { items } = await engine.page(await engine.search(`"${last} ${cut.at(-1)!.trim().split(' ')[0]}"`), 0, 20, 3);
    expect(items.map((d) => d.href)).toEqual(['a.html']);
  });

  it('cuts every shard to the bound, and a prefix still finds every word it begins, from listed shards only', async () => {
    for (const f of files.filter((f) => f.path.includes('/terms/'))) expect(f.content.length).toBeLessThan(limits.shardBytes + 120);
    expect(files.filter((f) => f.path.includes('/terms/63-6f-6e')).length).toBeGreaterThan(3);
    const { engine, loaded } = engineOver(files);
    const result = await engine.search('con');
    expect(result.documents).toHaveLength(2);
    expect(result.passages).toBe(2);
    expect(loaded.filter((n) => n.startsWith('terms/')).length).toBeGreaterThan(3);
    // "contain" is a word of its own shard: an exact word loads that shard alone.
    const exact = engineOver(files);
    await exact.engine.search('"contain"');
    expect(exact.loaded.filter((n) => n.startsWith('terms/'))).toHaveLength(1);
  });

  it('writes a word whose postings exceed the bound in chunks, and finds all its documents', async () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`d${String(i).padStart(2, '0')}`, ['common word', 'common again', `other${i}`]));
    const chunked = buildSearchFiles(collectionModel(many, 'P', 'test'), many, { partCharacters: 2000, shardBytes: 100 });
    const common = chunked.filter((f) => f.path.startsWith(`html/search/terms/${sharedSearchOptions().shardOf('common')}`));
    expect(common.length).toBeGreaterThan(1);
    const { engine } = engineOver(chunked);
    const result = await engine.search('"common"');
    expect(result.documents).toHaveLength(40);
    expect(result.passages).toBe(80);
  });
});
