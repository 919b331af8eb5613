/**
 * No script from TEI content ever runs. The hostile fixtures' pages are
 * opened in Chromium with the page's Content-Security-Policy bypassed (so
 * that the test shows the markup itself is inert, not only that the policy
 * blocks it), every element is hovered, focused and clicked by script, and
 * nothing may set window.pwned, open a dialog or throw; links go only to
 * http(s), mailto or file addresses (relative links, resolved). Then the
 * same pages with the policy in force raise no violation report: nothing
 * inline was even attempted. Skips, saying so, where chromium is absent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesRoot } from '../helpers/fixtures.js';
import { buildPages, type BuiltPages } from './build-pages.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the hostile-content browser tests');

const hostile = ['hostile-links', 'script-like-text', 'unknown-elements'];

describe.skipIf(!hasChromium)('hostile TEI content in Chromium', () => {
  let session: BrowserSession;
  let built: BuiltPages;
  beforeAll(async () => {
    built = await buildPages(hostile.map((name) => ({ name, file: path.join(fixturesRoot, 'html', name, 'input.xml') })));
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('would notice: a handler that runs sets window.pwned, an inline script under the policy is reported', async () => {
    const context = await session.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.setContent('<img src="x" onerror="window.pwned = 1">');
    await page.waitForFunction(() => (window as unknown as { pwned?: unknown }).pwned === 1);
    await context.close();
    const strict = await session.newContext();
    const guarded = await strict.newPage();
    const messages: string[] = [];
    guarded.on('console', (message) => messages.push(message.text()));
    await guarded.goto(built.pageUrl('hostile-links'));
    await guarded.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.pwned = 2';
      document.body.append(script);
    });
    await guarded.waitForTimeout(100);
    expect(messages.some((m) => /Content Security Policy/i.test(m))).toBe(true);
    expect(await guarded.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    await strict.close();
  });

  for (const name of hostile) {
    it(`${name}: nothing runs, even without the Content-Security-Policy`, async () => {
      const context = await session.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const events: string[] = [];
      page.on('dialog', (dialog) => {
        events.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => events.push(`error: ${error.message}`));
      page.on('popup', () => events.push('popup'));
      await page.goto(built.pageUrl(name));
      // Exercise every element as a reader would, except following links out of the page.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin']) el.dispatchEvent(new Event(type, { bubbles: true }));
          if (!(el instanceof HTMLAnchorElement && el.getAttribute('href') && !el.getAttribute('href')!.startsWith('#'))) (el as HTMLElement).click?.();
        }
      });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(events).toEqual([]);
      const protocols = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).protocol));
      for (const protocol of protocols) expect(['http:', 'https:', 'mailto:', 'file:']).toContain(protocol);
      const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.src.replace(/^.*\//, '')));
      expect(scripts).toEqual(['edition.js']);
      await context.close();
    });

    it(`${name}: the page never trips its own Content-Security-Policy`, async () => {
      const context = await session.newContext();
      const page = await context.newPage();
      const console: string[] = [];
      page.on('console', (message) => console.push(message.text()));
      await page.goto(built.pageUrl(name));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
      await context.close();
    });
  }
});
