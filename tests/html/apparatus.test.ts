/// <reference lib="dom" />
/**
 * The critical apparatus in the HTML edition (xslt/common/apparatus.xsl for
 * meaning, xslt/html/apparatus.xsl for looks), in the three methods of the
 * Guidelines' chapter TC: parallel segmentation (tests/fixtures/html/apparatus,
 * and two real editions from ../shared/genres/), location-referenced and
 * double end-point attached (fixtures: ../shared has no real example). Each
 * mark opens its entry in the notes' popover (data-note) and links to it;
 * sigla link to the list of witnesses; reading types and causes are told
 * apart by class and label.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { parseTei, renderHtml, type RenderedPage } from './render-html.js';

noteSkip('the apparatus tests over ../shared/genres');

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'html', name, 'input.xml');
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entries = (document: Document) => Array.from(document.querySelectorAll('#te-apparatus li.app-entry'));

/**
 * Every mark has an entry and opens it in the popover, and every entry has a mark; no id twice. (A mark
 * may stand in another entry: an app nested in a reading that is not the base one.) Counts, not
 * elements, go to expect: printing a page's nodes on failure overflows the stack.
 */
function expectMarksAndEntriesMatch({ document }: RenderedPage, count: number): void {
  const marks = Array.from(document.querySelectorAll('a.app-ref'));
  expect(marks.length).toBe(count);
  expect(entries(document).length).toBe(count);
  for (const mark of marks) {
    const target = mark.getAttribute('href')!.slice(1);
    expect(mark.getAttribute('data-note')).toBe(target);
    expect(document.getElementById(target)?.classList.contains('app-entry')).toBe(true);
  }
  const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
}

/** Every siglum of a witness the list names links to its entry there. */
function expectSiglaLinked({ document }: RenderedPage): void {
  const links = Array.from(document.querySelectorAll('#te-apparatus a.siglum'));
  expect(links.length).toBeGreaterThan(0);
  for (const a of links) {
    const dt = document.getElementById(a.getAttribute('href')!.slice(1));
    expect(dt?.tagName.toLowerCase()).toBe('dt');
    expect(text(dt)).toBe(text(a));
  }
}

describe('apparatus: parallel segmentation (fixture)', () => {
  const page = renderHtml(fixture('apparatus'), 'apparatus');
  it('lists the witnesses with their sigla, and links each siglum to its witness', () => {
    expect(Array.from(page.document.querySelectorAll('#te-apparatus dl.witnesses dt')).map((dt) => [dt.id, text(dt)])).toEqual([['te-wit-A', 'A'], ['te-wit-B', 'B'], ['te-wit-C', 'C']]);
    expectSiglaLinked(page);
    expectMarksAndEntriesMatch(page, 3);
  });
  it('tells reading types apart by class and label', () => {
    const wet = page.document.querySelector('#te-app-1 .app-rdg')!;
    expect(wet.classList.contains('app-type-substantive')).toBe(true);
    expect(text(wet.querySelector('.app-kind'))).toBe('(substantive)');
  });
});

describe('apparatus: location-referenced (fixture)', () => {
  const page = renderHtml(fixture('apparatus-location'), 'apparatus-location');
  const { document } = page;
  it('leaves the base text as it is: the lemma is quoted in the entry, not repeated in the text', () => {
    expect(text(document.getElementById('l1'))).toBe('Whan that Aprill with his shoures sootea');
    expect(text(document.getElementById('l2'))).toBe('The droghte of March hath perced to the rooteb');
  });
  it('gives the location of each entry, linked to the line it names, and the cause beside the type', () => {
    expect(entries(document).map((e) => [e.className, text(e)])).toEqual([
      ['app-entry app-location-referenced', 'a 1 Aprill ] Aprille El (orthographic) ↩'],
      ['app-entry app-location-referenced', 'b The drought of Marche Hg (substantive; cause: eye skip) ↩'],
      ['app-entry app-location-referenced', 'c 2 perced ] percede El ↩'],
    ]);
    expect(document.querySelector('#te-app-1 a.app-loc')?.getAttribute('href')).toBe('#l1');
    expect(document.querySelector('#te-app-3 a.app-loc')?.getAttribute('href')).toBe('#l2');
    const drought = document.querySelector('#te-app-2 .app-rdg')!;
    expect([...drought.classList]).toEqual(['app-reading', 'app-rdg', 'app-type-substantive', 'app-cause-eyeSkip']);
    expect(text(drought.querySelector('.app-cause'))).toBe('cause: eye skip');
  });
  it('puts no mark in the text for an entry kept apart that names only a line (listApp), and lists it last', () => {
    expect(document.querySelectorAll('#te-text a.app-ref').length).toBe(2);
    expect(entries(document).length).toBe(3);
    expectSiglaLinked(page);
  });
});

describe('apparatus: double end-point attached (fixture)', () => {
  const page = renderHtml(fixture('apparatus-double-end-point'), 'apparatus-double-end-point');
  const { document } = page;
  it('marks the end of each lemma, numbered in the order of the text, the external entry at its anchor', () => {
    expect(text(document.getElementById('p1'))).toBe('The river ran swift and colda past the mill, and the millerb watched it.');
    expectMarksAndEntriesMatch(page, 2);
  });
  it('takes the lemma from the text between the two points, and shows an omission with its cause', () => {
    expect(entries(document).map(text)).toEqual([
      'a swift and cold ] swift and colde B (orthographic); om. C (cause: homeoteleuton) ↩',
      'b the miller ] his wife C (substantive) ↩',
    ]);
    // The apparatus in back is not printed again as running text.
    expect(text(document.getElementById('te-text'))).not.toContain('colde');
    expect(page.files.get('reports/apparatus-double-end-point.coverage.json')).toContain('"withoutRule":0');
  });
});

describe.skipIf(!hasShared)('apparatus over ../shared/genres (parallel segmentation with listWit)', () => {
  const apparatusNames = ['app', 'lem', 'rdg', 'rdgGrp', 'wit', 'witDetail', 'listWit', 'witness', 'listApp', 'variantEncoding'];

  it('pta0039: every app has a mark and an entry, sigla O M V link to the witnesses, @cause is labelled, no apparatus element lacks a rule', () => {
    const file = shared('genres', 'apparatus', 'pta0039-homilia-dominica-grc2.xml');
    const page = renderHtml(file, 'pta0039');
    const apps = parseTei(file).getElementsByTagName('app').length;
    expectMarksAndEntriesMatch(page, apps);
    expect(Array.from(page.document.querySelectorAll('#te-apparatus dl.witnesses dt')).map(text)).toEqual(['O', 'M', 'V']);
    expectSiglaLinked(page);
    const causes = page.document.querySelectorAll('#te-apparatus .app-cause');
    expect(causes.length).toBeGreaterThan(100);
    expect(text(causes[0]!)).toBe('cause: orthographic');
    const report = JSON.parse(page.files.get('reports/pta0039.coverage.json')!) as { elementsWithoutRule: { element: string }[] };
    expect(report.elementsWithoutRule.map((e) => e.element).filter((e) => apparatusNames.includes(e))).toEqual([]);
  }, 300_000);

  it('mitford-julian: readings carry the sigla of listWit (its xml:ids), linked to the list', () => {
    // One page (splitAbove 0): the whole apparatus on it, rather than shared out among the parts of a long page.
    const page = renderHtml(shared('genres', 'drama', 'mitford-julian.xml'), 'mitford-julian', { splitAbove: 0 });
    expect(Array.from(page.document.querySelectorAll('#te-apparatus dl.witnesses dt')).map(text)).toEqual(['ms', 'pub_1823', 'pub_1854']);
    expectSiglaLinked(page);
    expect(page.document.querySelectorAll('#te-text a.app-ref[data-note]').length).toBeGreaterThan(1000);
    const report = JSON.parse(page.files.get('reports/mitford-julian.coverage.json')!) as { elementsWithoutRule: { element: string }[] };
    expect(report.elementsWithoutRule.map((e) => e.element).filter((e) => apparatusNames.includes(e))).toEqual([]);
  }, 600_000);
});
