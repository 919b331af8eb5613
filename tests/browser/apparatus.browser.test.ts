/**
 * Apparatus marks in a real browser: hovering or focusing a mark shows its
 * entry (lemma, readings, sigla, type) in the notes' popover, beside the
 * text, and Escape hides it; the mark is a link to the entry, so the entry
 * is reachable without scripts and from the keyboard. axe-core finds no
 * violation on the page of a real apparatus edition
 * (../shared/genres/apparatus/pta0039, 654 entries). Skips, saying so, where
 * chromium or ../shared is absent.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { buildPages, type BuiltPages } from './build-pages.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the apparatus browser tests');
noteSkip('the axe run on the apparatus genre page');

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'html', name, 'input.xml');

describe.skipIf(!hasChromium)('apparatus marks in the browser', () => {
  let session: BrowserSession;
  let built: BuiltPages;
  beforeAll(async () => {
    built = await buildPages([
      { name: 'double-end-point', file: fixture('apparatus-double-end-point') },
      ...(hasShared ? [{ name: 'pta0039', file: shared('genres', 'apparatus', 'pta0039-homilia-dominica-grc2.xml') }] : []),
    ]);
    session = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('hovering a mark shows its entry in a popover beside it; Escape hides it', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.pageUrl('double-end-point'));
    const popover = page.locator('#te-note-popover');
    await expect(popover.isHidden()).resolves.toBe(true);
    const mark = page.locator('#te-text a.app-ref').first();
    await mark.hover();
    await popover.waitFor({ state: 'visible', timeout: 5000 });
    expect((await popover.textContent())!.replace(/\s+/g, ' ').trim()).toBe('a swift and cold ] swift and colde B (orthographic); om. C (cause: homeoteleuton)');
    expect(await mark.getAttribute('aria-describedby')).toBe('te-note-popover');
    // Beside the mark, not thousands of pixels below at the apparatus.
    const [markBox, popBox] = [await mark.boundingBox(), await popover.boundingBox()];
    expect(Math.abs(popBox!.y - (markBox!.y + markBox!.height))).toBeLessThan(40);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden', timeout: 5000 });
    await context.close();
  });

  it('a mark is a tab stop: focusing it from the keyboard shows the popover, and following it reaches the entry', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.pageUrl('double-end-point'));
    const marks = page.locator('#te-text a.app-ref');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'te-appref-2'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('te-appref-2');
    const popover = page.locator('#te-note-popover');
    await popover.waitFor({ state: 'visible', timeout: 5000 });
    expect(await popover.textContent()).toContain('his wife');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#te-app-2$/, { timeout: 5000 });
    expect(await marks.count()).toBe(2);
    await context.close();
  });

  it('without scripts, a mark links to its entry and the sigla to the list of witnesses', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(built.pageUrl('double-end-point'));
    await page.locator('#te-text a.app-ref').first().click();
    await page.waitForURL(/#te-app-1$/, { timeout: 5000 });
    await page.locator('#te-app-1 a.siglum', { hasText: 'B' }).click();
    await page.waitForURL(/#te-wit-B$/, { timeout: 5000 });
    expect(await page.locator('#te-wit-B + dd').textContent()).toBe('Second edition, 1805');
    await context.close();
  });

  it.skipIf(!hasShared)('pta0039 (a real apparatus edition): axe finds no violation', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(built.pageUrl('pta0039'));
    await page.locator('#te-text a.app-ref').nth(3).hover();
    // Violations only: listing the passes of every rule on 2,000 nodes would take minutes more.
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(violations).toEqual([]);
    expect(results.passes.length + results.incomplete.length).toBeGreaterThan(0);
    await context.close();
  }, 600_000);
});
