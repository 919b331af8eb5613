/**
 * A long document split into parts, in a browser: the fixture
 * tests/fixtures/build/long-document/ built with a one-byte threshold; one
 * part is opened, its "Next" and "Previous" links followed, a search hit of
 * the collection page opens the part that holds it, and axe-core
 * finds no violation on a part. Skips, saying so, where chromium is absent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the browser test of a long document split into parts');

describe.skipIf(!hasChromium)('a part of a long document', () => {
  let session: BrowserSession;
  let out: string;
  const partUrl = (n: number) => pathToFileURL(path.join(out, 'html', `long.part-${n}.html`)).href;
  beforeAll(async () => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-long-browser-')), 'output');
    const result = await buildEdition([path.join(repoRoot, 'tests', 'fixtures', 'build', 'long-document')], { outDir: out, formats: ['html'], layers: ['wf'], jobs: 1, splitAbove: 1 });
    expect(result.general.filter((d) => d.severity === 'error')).toEqual([]);
    session = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('follows next and previous from one part to the others', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(partUrl(2));
    await expect(page.locator('h3, h2, h4').filter({ hasText: 'First chapter' }).first().isVisible()).resolves.toBe(true);
    await page.locator('.part-nav-top a[rel="next"]').click();
    await page.waitForURL(partUrl(3));
    expect(await page.locator('#p3').isVisible()).toBe(true);
    // The note of this part is on this part.
    expect(await page.locator('#n2').count()).toBe(1);
    await page.locator('.part-nav-end a[rel="prev"]').click();
    await page.waitForURL(partUrl(2));
    await page.locator('.part-nav-top a[rel="contents"]').click();
    await page.waitForURL(pathToFileURL(path.join(out, 'html', 'long.html')).href);
    expect(await page.locator('.part-contents li').count()).toBe(5);
    await context.close();
  }, 60_000);

  it('opens a search hit on the part that holds it', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(out, 'html', 'index.html')).href);
    await page.getByLabel('Words in the text, titles and summaries').fill('windmill');
    await expect.poll(() => page.locator('.search-result a.result-place').getAttribute('href')).toBe('long.part-4.html#p5');
    await page.locator('.search-result a.result-place').click();
    await page.waitForURL(`${partUrl(4)}#p5`);
    expect(await page.locator('#p5').isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it.each(['a part', 'the contents page'])('has no axe violations on %s', async (which) => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(which === 'a part' ? partUrl(3) : pathToFileURL(path.join(out, 'html', 'long.html')).href);
    const results = await new AxeBuilder({ page }).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'link-name', 'color-contrast']));
    await context.close();
  }, 60_000);
});
