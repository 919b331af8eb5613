/**
 * The sharded search in Chromium, from file:// and through `tei-edition
 * watch --serve` (the compiled CLI in a child process, loopback, an
 * ephemeral port): the same queries (one word, a prefix, a phrase, a word
 * with its accents folded, a name only the index gives) find the same
 * documents and passages either way, and each loads only some of the index's
 * files. Skips, saying so, without chromium or dist/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { collectionCase } from '../collection/fixture-collection.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the search from file:// and through watch --serve');
const compiled = existsSync(path.join(repoRoot, 'dist', 'cli.js'));
if (!compiled) console.warn('skipped the search through watch --serve: dist/ is missing (npm run compile)');

const QUERIES = [
  { query: 'telegram', what: 'one word' },
  { query: 'contain', what: 'a prefix' },
  { query: '"long telegram"', what: 'a phrase' },
  { query: 'MÖSCOW', what: 'a word with accents to fold' },
  { query: 'Москва', what: 'a name the index gives (Moscow in Russian), not the text' },
];

describe.skipIf(!hasChromium || !compiled)('the sharded search from file:// and through watch --serve', () => {
  let session: BrowserSession;
  let context: BrowserContext;
  let fileBase: string;
  let httpBase: string;
  let stop: () => void = () => undefined;
  let searchFiles = 0;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-search-serve-'));
    cpSync(path.join(collectionCase('letters'), 'tei'), path.join(dir, 'tei'), { recursive: true });
    const out = path.join(dir, 'output');
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'tei-edition.js'), 'watch', path.join(dir, 'tei'), '--out', out, '--layers', 'wf', '--serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => (err += t));
    // Bounded by the hook's timeout.
    while (!/built; watching for changes/.test(err)) {
      if (child.exitCode !== null) throw new Error(`watch ended:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    httpBase = new URL('/html/', /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err)![1]!).href;
    fileBase = pathToFileURL(path.join(out, 'html')).href + '/';
    searchFiles = readdirSync(path.join(out, 'html', 'search'), { recursive: true }).filter((f) => String(f).endsWith('.js')).length;
    session = await launchChromium();
    context = await session.newContext();
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    stop();
  });

  /** The hits of a query on the page at `base`: each document's title and its passages' links; and how many search files it loaded. */
  const hits = async (base: string, query: string) => {
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (/\/search\/.*\.js$/.test(r.url())) loaded.push(r.url());
    });
    await page.goto(`${base}index.html?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('#te-search-status').textContent(), { timeout: 10_000 }).toMatch(/\.$/);
    const found = await page.locator('.search-result').evaluateAll((items) => items.map((item) => [
      item.querySelector('.result-title a')!.getAttribute('href'),
      ...Array.from(item.querySelectorAll('a.result-place'), (a) => a.getAttribute('href')),
    ].join(' ')));
    const status = await page.locator('#te-search-status').textContent();
    await page.close();
    return { found, status, loaded: loaded.length };
  };

  for (const { query, what } of QUERIES) {
    it(`${what} (${query}): the same hits from file:// and from the server, loading a part of the index`, async () => {
      const fromFile = await hits(fileBase, query);
      const fromServer = await hits(httpBase, query);
      expect(fromFile.found.length, `${query}: ${fromFile.status}`).toBeGreaterThan(0);
      expect(fromServer.found).toEqual(fromFile.found);
      expect(fromServer.status).toBe(fromFile.status);
      expect(fromServer.loaded).toBeGreaterThan(0);
      expect(fromServer.loaded).toBeLessThan(searchFiles / 2);
    });
  }

  it('finds what each query should', async () => {
    expect((await hits(fileBase, '"long telegram"')).found).toEqual(['letters/kennan-1957.html letters/kennan-1957.html#p2']);
    expect((await hits(fileBase, 'Москва')).found.map((f) => f.split(' ')[0]).sort()).toEqual(['letters/acheson-1956.html', 'letters/kennan-1957.html']);
    expect((await hits(fileBase, 'contain')).found[0]).toContain('letters/kennan-1957.html#p1');
  });
});
