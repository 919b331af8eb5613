/**
 * axe-core (@axe-core/playwright, all rules it runs by default: WCAG 2.x A
 * and AA and best practices) finds no violation on the record's page, in the
 * reading and the diplomatic view, in the light and the dark colour scheme,
 * at desktop width and at 360 px (two runs cover the four: an axe run on
 * this page takes some 10 s on a CI machine). Skips, saying so, where
 * chromium is absent.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecordPage, recordName, type BuiltPages } from './build-pages.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the accessibility tests');

describe.skipIf(!hasChromium)('accessibility of the record page (axe-core)', () => {
  let session: BrowserSession;
  let built: BuiltPages;
  beforeAll(async () => {
    built = await buildRecordPage();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  const cases = [
    { view: 'reading', scheme: 'light', width: 1280 },
    { view: 'diplomatic', scheme: 'dark', width: 360 },
  ] as const;

  for (const { view, scheme, width } of cases) {
    it(`${view} view, ${scheme} scheme, ${width} px: no violations`, async () => {
      const context = await session.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${built.pageUrl(recordName)}${view === 'diplomatic' ? '?view=diplomatic' : ''}`);
      expect(await page.locator(`#te-view-${view}`).isChecked()).toBe(true);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(violations).toEqual([]);
      // The run looked at the page: it passed checks on the text's landmarks and links.
      expect(results.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['landmark-one-main', 'link-name', 'color-contrast']));
      await context.close();
    });
  }
});
