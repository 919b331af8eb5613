/**
 * Words stay apart on the page as Chromium lays it out, CSS included (issue 18):
 * the issue's example (a space between each two inline elements) inside each
 * block that holds running text, read back as the page's rendered text
 * (innerText) in the reading and the diplomatic view. Complements the
 * generated documents of tests/transform/word-spacing.test.ts, which
 * approximates the layout. Skips, saying so, where chromium is absent.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTAINERS, ISSUE_EXAMPLE, joinedWords, teiDocument } from '../helpers/word-spacing-cases.js';
import { buildPages, type BuiltPages } from './build-pages.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the word-spacing browser test');

const pageName = (container: string) => `spacing-${container.replace(/[^a-z]+/g, '-')}`;

describe.skipIf(!hasChromium)('words stay apart on the page in Chromium', () => {
  let session: BrowserSession;
  let built: BuiltPages;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-spacing-'));
    const sources = CONTAINERS.map((c) => {
      const file = path.join(dir, `${pageName(c.name)}.xml`);
      writeFileSync(file, teiDocument(c.place(ISSUE_EXAMPLE)));
      return { name: pageName(c.name), file };
    });
    built = await buildPages(sources);
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the issue example inside each block, in both views', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const c of CONTAINERS) {
      for (const view of ['reading', 'diplomatic'] as const) {
        await page.goto(`${built.pageUrl(pageName(c.name))}?view=${view}`);
        // A page whose views cannot differ has no view control, and shows its one view.
        const shown = await page.evaluate(() => document.documentElement.dataset.view ?? 'reading');
        if (shown !== view) continue;
        const text = await page.evaluate(() => ['te-text', 'te-notes'].map((id) => document.getElementById(id)?.innerText ?? '').join('\n'));
        expect(text).toContain('kilo');
        found[`${c.name} (${view})`] = joinedWords(text);
      }
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await context.close();
  });
});
