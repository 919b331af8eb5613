/**
 * The collection pages in a real browser (Debian chromium via
 * playwright-core), opened from file:// as a reader opens the built edition:
 * a search lands on the right document and paragraph, from the keyboard too;
 * Chinese is found by its characters; the filters narrow the list and are
 * kept in the URL, and an index's "list them" opens the list filtered; a
 * name can be found in an index; with JavaScript off every document is still
 * listed; axe-core finds no violation; the Content-Security-Policy is never
 * broken. Skips, saying so, where chromium is absent.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { collectionCase } from '../collection/fixture-collection.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the collection pages browser tests');

/** Builds the fixture collection "letters" into a fresh folder (lists of `pageSize` a page); returns the file:// URL of html/. */
export async function buildLetters(pageSize?: number): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-collection-pages-'));
  cpSync(path.join(collectionCase('letters'), 'tei'), path.join(dir, 'tei'), { recursive: true });
  const out = path.join(dir, 'output');
  const result = await buildEdition([path.join(dir, 'tei')], { outDir: out, formats: ['html'], layers: ['wf'], collectionTitle: 'Letters', ...(pageSize ? { collectionPageSize: pageSize } : {}) });
  if (result.general.length > 0 || !result.collection?.rebuilt) throw new Error(`collection build failed: ${JSON.stringify(result.diagnostics)}`);
  return pathToFileURL(path.join(out, 'html')).href + '/';
}

const visibleTitles = (page: Page) => page.locator('.document-item:visible .document-title a').allTextContents();

describe.skipIf(!hasChromium)('the collection pages in Chromium', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    base = await buildLetters();
    session = await launchChromium();
    context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  /**
   * Opens a page, recording script errors and console errors (a CSP refusal is one); not in the
   * axe runs, whose own reading of the style sheets the policy refuses, as it should.
   */
  const open = async (file: string, into = context, watch = true) => {
    const page = await into.newPage();
    if (watch) {
      page.on('pageerror', (e) => problems.push(`${file}: ${e.message}`));
      // No console error at all: the search asks only for the shards meta.js lists, so a word no document
      // has (or a partial word typed on a slow machine) requests no absent file.
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${file}: ${m.text()} (${m.location().url})`);
      });
    }
    await page.goto(base + file);
    return page;
  };

  it('searches from file:// and lands on the paragraph the word stands in', async () => {
    const page = await open('index.html');
    await page.getByLabel('Words in the text, titles and summaries').fill('containment Moscow');
    const result = page.locator('.search-result');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.locator('.result-title a').textContent()).toBe('George F. Kennan to Richard Hall on containment');
    // The passage's snippet (the summary above it may show too: the document is also found by its index's names).
    expect(await result.locator('.result-passages .result-snippet mark').allTextContents()).toEqual(['containment', 'Moscow']);
    expect(await page.locator('#te-search-status').textContent()).toBe('1 document, 1 passage.');
    expect(new URL(page.url()).searchParams.get('q')).toBe('containment Moscow');
    await result.locator('a.result-place').click();
    await page.waitForURL(/kennan-1957\.html#p1$/);
    expect(await page.locator('#p1:target').textContent()).toContain('containment');
    await page.close();
  });

  it('works from the keyboard: type, Enter, Tab to a result, Enter', async () => {
    const page = await open('index.html');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    await page.locator('#te-search-input').focus();
    await page.keyboard.type('lighthouse');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count()).toBe(1);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first result
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('notes/lighthouse.html');
    await page.keyboard.press('Enter');
    await page.waitForURL(/notes\/lighthouse\.html$/);
    await page.close();
  });

  it('finds Chinese by its characters, and says when nothing is found', async () => {
    const page = await open('index.html?q=' + encodeURIComponent('舍衛國'));
    await expect.poll(() => page.locator('.search-result a.result-place').getAttribute('href')).toBe('sutra.html#p1');
    expect(await page.locator('.search-result .result-snippet mark').allTextContents()).toEqual(['舍', '衛', '國']);
    await page.locator('#te-search-input').fill('containment Suez');
    await expect.poll(() => page.locator('#te-search-status').textContent()).toBe('No document has every word of “containment Suez”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    // A word whose shard does not exist: no file is asked for, so the console stays clean (checked at the end).
    await page.locator('#te-search-input').fill('xylophone');
    await expect.poll(() => page.locator('#te-search-status').textContent()).toBe('No document has every word of “xylophone”.');
    await page.close();
  });

  it('filters the list by person, place and keyword, keeps the filter in the URL, and shows all again', async () => {
    const page = await open('index.html');
    expect(await visibleTitles(page)).toHaveLength(4);
    await page.getByLabel('Persons').selectOption({ label: 'Richard Hall (2)' });
    expect(await visibleTitles(page)).toEqual(['Dean Acheson to George F. Kennan, on Suez', 'George F. Kennan to Richard Hall on containment']);
    await page.getByLabel('Keywords').selectOption({ label: 'Cold War (1)' });
    expect(await visibleTitles(page)).toEqual(['George F. Kennan to Richard Hall on containment']);
    expect(await page.locator('#te-filter-status').textContent()).toBe('1 document of 4');
    expect(new URL(page.url()).search).toBe('?person=te-richard-hall&keyword=te-cold-war');
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await visibleTitles(page)).toHaveLength(4);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('opens the list filtered from an index entry, and finds a name in an index', async () => {
    const page = await open('places.html');
    await page.locator('#te-moscow').getByRole('link', { name: /^list them/ }).click();
    await page.waitForURL(/index\.html\?place=te-moscow$/);
    expect(await page.getByLabel('Places').inputValue()).toBe('te-moscow');
    expect(await visibleTitles(page)).toHaveLength(2);
    await page.goto(base + 'persons.html');
    await page.getByRole('searchbox', { name: 'Find a name' }).fill('RICH');
    expect(await page.locator('.index-entry:visible .entry-name').allTextContents()).toEqual(['Richard Hall']);
    expect(await page.locator('.initial-group:visible h2').allTextContents()).toEqual(['R']);
    await page.locator('#te-richard-hall a.occurrence').first().click();
    await page.waitForURL(/acheson-1956\.html#occ-hall-1$/);
    expect(await page.locator(':target').textContent()).toBe('Richard Hall');
    await page.close();
  });

  it('lists every document with JavaScript off, and hides what needs the script', async () => {
    const noScript = await session.newContext({ javaScriptEnabled: false });
    const page = await open('index.html', noScript);
    expect(await visibleTitles(page)).toEqual(['金剛般若波羅蜜經', 'Dean Acheson to George F. Kennan, on Suez', 'George F. Kennan to Richard Hall on containment', 'A note on the lighthouse keeper']);
    expect(await page.locator('#te-search').isVisible()).toBe(false);
    expect(await page.locator('.collection-filters').isVisible()).toBe(false);
    await noScript.close();
  });

  for (const { file, scheme, width } of [
    { file: 'index.html?q=Moscow', scheme: 'light', width: 1280 },
    { file: 'index.html?person=te-richard-hall', scheme: 'dark', width: 360 },
    { file: 'persons.html', scheme: 'light', width: 360 },
    { file: 'places.html', scheme: 'dark', width: 1280 },
    { file: 'by-title.html', scheme: 'light', width: 1280 },
  ] as const) {
    it(`axe-core: no violations on ${file} (${scheme}, ${width} px)`, async () => {
      const styled = await session.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await open(file, styled, false);
      if (file.includes('?q=')) await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'label', 'color-contrast']));
      await styled.close();
    });
  }

  it('broke no Content-Security-Policy rule and threw no error on any page', () => {
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('the collection pages in Chromium, two documents a page', () => {
  let session: BrowserSession;
  let base: string;
  beforeAll(async () => {
    base = await buildLetters(2);
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('goes through the pages by their links with JavaScript off, in both orders', async () => {
    const context = await session.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}index.html`);
    const seen = await visibleTitles(page);
    await page.locator('nav.pagination a[rel="next"]').click();
    expect(page.url()).toBe(`${base}index-2.html`);
    seen.push(...(await visibleTitles(page)));
    expect(seen).toEqual(['金剛般若波羅蜜經', 'Dean Acheson to George F. Kennan, on Suez', 'George F. Kennan to Richard Hall on containment', 'A note on the lighthouse keeper']);
    await page.getByRole('link', { name: 'By title' }).click();
    expect(page.url()).toBe(`${base}by-title.html`);
    expect(await visibleTitles(page)).toEqual(['A note on the lighthouse keeper', 'Dean Acheson to George F. Kennan, on Suez']);
    await context.close();
  });

  for (const { file, scheme, width } of [
    { file: 'index-2.html', scheme: 'dark', width: 360 },
    { file: 'persons-2.html', scheme: 'light', width: 1280 },
  ] as const) {
    it(`axe-core: no violations on ${file} (${scheme}, ${width} px)`, async () => {
      const context = await session.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(base + file);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await context.close();
    });
  }
});
