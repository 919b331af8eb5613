/**
 * `npm run screenshots`: pictures of the record's HTML edition, in the
 * reading and the diplomatic view, at desktop width and at 360 px, written to
 * docs/screenshots/ for the README. The page is built afresh in a temporary
 * folder with the compiled stylesheet and opened from file://, as a reader
 * would open it, in Debian's chromium (the browser tests' setup).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildRecordPage, recordName } from '../tests/browser/build-pages.js';
import { hasChromium, chromiumPath, launchChromium } from '../tests/browser/chromium.js';
import { repoRoot } from '../tests/helpers/fixtures.js';

const target = path.join(repoRoot, 'docs', 'screenshots');
const sizes = [
  { label: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { label: 'mobile-360', viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 },
] as const;
const views = ['reading', 'diplomatic'] as const;

if (!hasChromium) {
  console.error(`no chromium at ${chromiumPath}: install Debian's chromium package (apt-get install chromium)`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
const pages = await buildRecordPage();
const session = await launchChromium();
try {
  for (const size of sizes) {
    // Light scheme and no animation, so that the pictures are the same from run to run.
    const context = await session.newContext({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor, colorScheme: 'light', reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const view of views) {
      await page.goto(`${pages.pageUrl(recordName)}${view === 'diplomatic' ? '?view=diplomatic' : ''}`);
      await page.waitForLoadState('load');
      // The top of the page: title, controls, then the opener (call numbers, stamp), heading and first paragraphs.
      const file = path.join(target, `record-${view}-${size.label}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(repoRoot, file)}`);
    }
    await context.close();
  }
} finally {
  await session.close();
}
