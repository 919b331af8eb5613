/**
 * The one Playwright setup of the project: Debian's chromium driven by
 * playwright-core (never a downloaded browser), headless, sandbox off (CI
 * runs as root), no background traffic, a fresh profile per launch
 * (Playwright's launch() gives every browser a new temporary user data
 * directory and removes it on close; it refuses an explicit --user-data-dir).
 * Used by the browser tests and by `npm run screenshots`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const chromiumPath = process.env.TEI_EDITION_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Prints once why a browser suite is skipped. */
export function noteNoChromium(what: string): void {
  if (!hasChromium) console.warn(`skipped ${what}: no chromium at ${chromiumPath} (install Debian's chromium package to run the browser tests)`);
}

/** A running browser and a way to open contexts in it. */
export interface BrowserSession {
  browser: Browser;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    browser,
    newContext: (options) => browser.newContext(options),
    close: () => browser.close(),
  };
}
