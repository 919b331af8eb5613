/// <reference lib="dom" />
/**
 * The collection pages: equal to the reviewed expectations for the fixture
 * collection, valid HTML (html-validate, the rule set of the document pages),
 * under the document pages' Content-Security-Policy with nothing inline, and
 * safe whatever the TEI says (labels are text, unsafe authority URLs are not
 * links).
 */
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectionModel, type CollectionModel } from '../../src/collection/collection-model.js';
import { renderCollection } from '../../src/collection/render-collection.js';
import { expectFile, repoRoot } from '../helpers/fixtures.js';
import { renderHtml } from '../html/render-html.js';
import { caseEntries, collectionCase } from './fixture-collection.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
const PAGES = ['html/index.html', 'html/persons.html', 'html/places.html', 'html/organisations.html'];

const render = (model: CollectionModel, entries = caseEntries('letters')) => {
  const { files, diagnostics } = renderCollection(model, entries, 'collection');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map(files.map((f) => [f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8')]));
};
const dom = (html: string) => parseHTML(html).document as unknown as Document;

describe('renderCollection (fixture "letters")', () => {
  const entries = caseEntries('letters');
  const files = render(collectionModel(entries, 'Letters', 'tei-edition test'), entries);

  it('writes the pages, the search index (sharded, in search/), the description and the assets', () => {
    const names = [...files.keys()].sort();
    expect(names.filter((n) => !n.startsWith('html/search/'))).toEqual([
      'html/assets/collection.css', 'html/assets/collection.js', 'html/assets/search-engine.js', 'html/assets/search-options.js',
      'html/by-title.html', 'html/collection.json', 'html/collection/documents-1.json', 'html/collection/organisations-1.json', 'html/collection/persons-1.json', 'html/collection/places-1.json',
      'html/index.html', 'html/organisations.html', 'html/persons.html', 'html/places.html',
    ]);
    expect(names).toEqual(expect.arrayContaining(['html/search/meta.js', 'html/search/docs/0.js']));
  });

  for (const page of PAGES) {
    it(`${page}: matches the reviewed expectation and is valid HTML`, async () => {
      const html = files.get(page)!;
      expectFile(html, path.join(collectionCase('letters'), 'expected', path.basename(page)));
      const report = await validator.validateString(html, page);
      expect(report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
    });
  }

  it('uses the document pages’ Content-Security-Policy, with no inline script, style or handler', () => {
    const record = renderHtml(path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'));
    const policy = (d: Document) => d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy(record.document)).toBeTruthy();
    for (const page of PAGES) {
      const d = dom(files.get(page)!);
      expect(policy(d)).toBe(policy(record.document));
      expect(d.querySelectorAll('style, [style], script:not([src])')).toHaveLength(0);
      expect(Array.from(d.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')))).toEqual([]);
    }
  });

  it('lists every document with JavaScript off: search and filters are hidden until the script shows them', () => {
    const d = dom(files.get('html/index.html')!);
    expect(Array.from(d.querySelectorAll('.document-item .document-title a')).map((a) => a.getAttribute('href'))).toEqual([
      'sutra.html', 'letters/acheson-1956.html', 'letters/kennan-1957.html', 'notes/lighthouse.html',
    ]);
    expect(d.getElementById('te-search')!.hasAttribute('hidden')).toBe(true);
    expect(d.querySelector('.collection-filters')!.hasAttribute('hidden')).toBe(true);
    expect(Array.from(d.querySelectorAll('#te-filter-person option')).map((o) => o.getAttribute('value'))).toEqual(['', 'te-george-f-kennan', 'te-john-brown', 'te-mary-smith', 'te-richard-hall']);
  });

  it('links each index entry to the entries and occurrences on the document pages, and to its authority', () => {
    const d = dom(files.get('html/places.html')!);
    const washington = d.getElementById('te-washington')!;
    expect(Array.from(washington.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.geonames.org/4140963',
      'index.html?place=te-washington',
      'letters/acheson-1956.html#washington', 'letters/acheson-1956.html#occ-washington-1',
      'letters/kennan-1957.html#dc', 'letters/kennan-1957.html#occ-dc-1',
    ]);
    expect(washington.querySelector('.entry-alt')!.textContent).toBe('Washington, D.C.');
    // The navigation names every page of the collection, the current one marked.
    expect(Array.from(d.querySelectorAll('.page-nav a')).map((a) => `${a.getAttribute('href')}${a.getAttribute('aria-current') ? '*' : ''}`)).toEqual(['index.html', 'persons.html', 'places.html*', 'organisations.html']);
  });
});

describe('renderCollection with hostile or missing content', () => {
  const [entry] = caseEntries('letters');
  const base = collectionModel([entry!], 'x', 'g');
  const hostile: CollectionModel = {
    ...base,
    title: '<b>Title</b> & co',
    entities: {
      person: [{ anchor: 'te-x', kind: 'person', label: '<img src=x onerror=alert(1)>', names: ['"quoted"'], idnos: [{ type: 'URI', value: 'javascript:alert(1)' }, { type: 'URI', value: 'java\tscript:alert(2)' }], initial: '<', documents: [] }],
      place: [],
      org: [],
    },
  };

  it('writes labels as text and never links an unsafe authority URL', () => {
    const files = render(hostile, [entry!]);
    const d = dom(files.get('html/persons.html')!);
    expect(d.querySelector('.entry-name')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(d.querySelectorAll('img, .entry-authorities')).toHaveLength(0);
    expect(d.querySelector('h1')!.textContent).toBe('Persons');
    expect(d.querySelector('.edition-series')!.textContent).toBe('<b>Title</b> & co');
  });

  it('writes no page for an index without entries, and no link to it', () => {
    const files = render(hostile, [entry!]);
    expect(files.has('html/places.html')).toBe(false);
    expect(files.get('html/index.html')).not.toContain('places.html');
  });

  describe('in pages (2 documents, 2 entities a page)', () => {
    const entries = caseEntries('letters');
    const model = collectionModel(entries, 'Letters', 'tei-edition test');
    const { files: rendered } = renderCollection(model, entries, 'collection', { pageSize: 2 });
    const paged = new Map(rendered.map((f) => [f.path, String(f.content)]));
    const titles = (html: string) => Array.from(dom(html).querySelectorAll('.document-title a')).map((a) => a.textContent);

    it('splits the list by date and by title into pages that link to each other, valid HTML without scripts', async () => {
      const pages = ['html/index.html', 'html/index-2.html', 'html/by-title.html', 'html/by-title-2.html'];
      for (const page of pages) expect(paged.has(page), page).toBe(true);
      expect(paged.has('html/index-3.html')).toBe(false);
      expect([...titles(paged.get('html/index.html')!), ...titles(paged.get('html/index-2.html')!)]).toEqual(model.documents.map((d) => d.title));
      const byTitle = [...titles(paged.get('html/by-title.html')!), ...titles(paged.get('html/by-title-2.html')!)];
      expect(byTitle).toEqual([...byTitle].sort(new Intl.Collator('und', { sensitivity: 'base', numeric: true }).compare));
      expect(new Set(byTitle)).toEqual(new Set(model.documents.map((d) => d.title)));

      const second = dom(paged.get('html/index-2.html')!);
      const nav = second.querySelector('nav.pagination')!;
      expect(nav.getAttribute('aria-label')).toBe('Pages of the list by date');
      expect(Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
        ['Previous', 'index.html', null], ['1', 'index.html', null], ['2', 'index-2.html', 'page'],
      ]);
      expect(second.querySelector('ol.document-list')!.getAttribute('start')).toBe('3');
      expect(second.querySelector('.list-range')!.textContent).toBe('Documents 3–4 of 4, by date');
      expect(Array.from(second.querySelectorAll('nav.list-order a')).map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([['index.html', 'true'], ['by-title.html', null]]);
      // The filters offer what the documents of the page have, counted on the page.
      const options = (name: string) => Array.from(second.querySelectorAll(`#te-filter-${name} option`)).map((o) => o.textContent);
      expect(options('person')).toEqual(['(any person)', 'George F. Kennan (1)', 'John Brown (1)', 'Richard Hall (1)']);
      expect(options('keyword')).toEqual(['(any keyword)', 'Cold War (1)', 'Foreign policy (1)']);
      expect(second.querySelector('#te-filter-org')).toBeNull();
      expect(dom(paged.get('html/by-title.html')!).querySelector('nav.pagination a[rel="next"]')!.getAttribute('href')).toBe('by-title-2.html');
      // The collection's navigation marks the list as current on every one of its pages.
      expect(second.querySelector('nav.page-nav a[aria-current]')!.getAttribute('href')).toBe('index.html');

      for (const page of [...pages, 'html/persons.html', 'html/persons-2.html']) {
        const report = await validator.validateString(paged.get(page)!, page);
        expect(report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2).map((m) => `${page} ${m.ruleId}: ${m.message}`)).toEqual([]);
      }
    });

    it('splits each index, and its initials lead to the page their entries are on', () => {
      const anchors = model.entities.person.map((p) => p.anchor);
      expect(anchors.length).toBe(4);
      const first = dom(paged.get('html/persons.html')!);
      const second = dom(paged.get('html/persons-2.html')!);
      expect(Array.from(first.querySelectorAll('.index-entry')).map((e) => e.id)).toEqual(anchors.slice(0, 2));
      expect(Array.from(second.querySelectorAll('.index-entry')).map((e) => e.id)).toEqual(anchors.slice(2));
      for (const a of Array.from(second.querySelectorAll('nav.initials a'))) {
        const [file, id] = a.getAttribute('href')!.split('#');
        const target = file ? dom(paged.get(`html/${file}`)!) : second;
        expect(target.getElementById(id!), a.getAttribute('href')!).not.toBeNull();
      }
      // The list's filters see one page of documents: no "list them" link that would show only part of them.
      expect(second.querySelectorAll('.entry-count a')).toHaveLength(0);
      const onePage = renderCollection(model, entries, 'collection', { pageSize: 4 }).files.find((f) => f.path === 'html/persons.html')!;
      expect(dom(String(onePage.content)).querySelectorAll('.entry-count a').length).toBeGreaterThan(0);
      const described = JSON.parse(paged.get('html/collection/persons-1.json')!) as { key: string; page: string }[];
      expect(described.map((p) => p.page)).toEqual([0, 1, 2, 3].map((i) => `${i < 2 ? 'persons.html' : 'persons-2.html'}#${anchors[i]}`));
    });
  });
});
