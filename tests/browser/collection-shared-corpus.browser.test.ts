/**
 * The collection of real documents from ../shared/corpus: the FRUS history
 * documents, the DraCor plays (Cyrillic, with their lists of characters), a
 * CBETA sutra (Chinese), a teiCorpus and a diary fragment of the TEI test
 * files and a malformed file, built in one call as `tei-edition build` builds them. The malformed
 * file is reported and left out; the others are listed; persons are indexed
 * with links to their entries and occurrences on the pages; and in Chromium, from
 * file://, a search for a word lands on the document it stands in.
 * (The whole corpus is built by hand for the report: it takes minutes.)
 * Skips, saying so, without ../shared or chromium.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, type BuildResult } from '../../src/pipeline/build-edition.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteSkip('the collection test on the shared corpus');
noteNoChromium('the search test on the shared corpus');

const FOLDERS = ['frus-history', 'dracor', 'cjk', 'malformed'];

describe.skipIf(!hasShared)('the collection of shared corpus documents', () => {
  let out: string;
  let result: BuildResult;
  const read = (file: string) => readFileSync(path.join(out, 'html', file), 'utf8');

  beforeAll(async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-shared-collection-')), 'output');
    result = await buildEdition([...FOLDERS.map((f) => shared('corpus', f)), shared('corpus', 'teic-p5test', 'testcorpus.xml'), shared('corpus', 'teic-p5test', 'diaryfragment.xml')], { outDir: out, formats: ['html'], layers: ['wf'] });
  }, 600_000);

  it('reports the malformed file, and lists every other document', () => {
    const failed = result.documents.filter((d) => !d.outputs.some((o) => o.startsWith('html/')));
    expect(failed.map((d) => path.basename(d.file))).toEqual(['testrend.xml']);
    expect(failed[0]!.diagnostics[0]).toMatchObject({ layer: 'wf', severity: 'error' });
    expect(result.general).toEqual([]);
    // A long document's part pages (name.part-N.html) are not listed: its contents page is.
    const pages = result.documents.flatMap((d) => d.outputs.filter((o) => /^html\/.*\.html$/.test(o) && !/\.part-\d+\.html$/.test(o)));
    const listed = [...read('index.html').matchAll(/<h3 class="document-title"><a href="([^"]+)"/g)].map((m) => `html/${decodeURIComponent(m[1]!)}`);
    expect(listed.sort()).toEqual(pages.sort());
    expect(listed.length).toBeGreaterThan(20);
  });

  it('indexes persons with links to their entries and occurrences on the pages', () => {
    const persons = read('persons.html');
    // The plays' characters, from their lists of persons, link to their entries.
    expect(persons).toContain('href="rus-chekhov-medved.html#Smirnov"');
    expect(read('rus-chekhov-medved.html')).toContain('id="Smirnov"');
    const occurrences = [...persons.matchAll(/href="(diaryfragment\.html)#(occ-[^"]+)"/g)];
    expect(occurrences.length).toBeGreaterThan(0);
    for (const [, page, anchor] of occurrences) expect(read(page!)).toContain(`id="${anchor}"`);
  });

  describe.skipIf(!hasChromium)('in Chromium, from file://', () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await launchChromium();
    });
    afterAll(async () => {
      await session?.close();
    });

    const searchFor = async (query: string): Promise<Page> => {
      const page = await (await session.newContext()).newPage();
      await page.goto(pathToFileURL(path.join(out, 'html', 'index.html')).href);
      await page.getByLabel('Words in the text, titles and summaries').fill(query);
      await expect.poll(() => page.locator('.search-result').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      return page;
    };

    it('finds a word of one FRUS document and lands on it', async () => {
      const page = await searchFor('Sampson');
      expect(await page.locator('.search-result').count()).toBe(1);
      await page.locator('.search-result a').first().click();
      await page.waitForURL(/1981-03-18-kane-guatemala-appeal\.html/);
      expect(await page.locator('#te-text').textContent()).toContain('Sampson');
    });

    it('finds a phrase of the Chinese sutra and lands on it', async () => {
      const page = await searchFor('度一切苦厄');
      await page.locator('.search-result a').first().click();
      await page.waitForURL(/cbeta-T08n0251\.html/);
      expect(await page.locator('#te-text').textContent()).toContain('度一切苦厄');
    });
  });
});
