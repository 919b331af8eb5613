/**
 * A collection at scale (issue 25): generates an N-document collection from
 * the shared corpus (ids rewritten, bench/_synthetic-corpus.ts), builds it
 * cold in a fresh process, and prints, beside the targets and today's
 * design where it can:
 * - build time per document, and the peak memory of the build's process
 *   tree (target < 2 GB);
 * - the largest single file written (target < 2 MB), published and build state apart;
 * - in Chromium (Debian's, through a loopback server), the bytes the search
 *   page loads before the first query (target < 300 KB), the bytes a
 *   one-word and a three-word query load (target < 500 KB each: the shards of
 *   their words, the titles and the text of the first page of results), and
 *   the query's time (target < 200 ms), from submitting to the results shown.
 * Bytes are the sizes on disk of the files the page requested.
 *
 *   npm run compile && npm run bench -- scale
 *
 * Environment: BENCH_SCALE_DOCS (default 10000) documents; BENCH_SCALE_JOBS
 * (default 2) workers; BENCH_SCALE_QUERIES (default "government|soviet foreign minister|the")
 * queries, separated by "|".
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, SHARED, fmt, hasShared, timeCommand, xmlFiles } from './_shared.js';
import { writeSyntheticCorpus } from './_synthetic-corpus.js';

if (!hasShared) {
  console.log('skipped: ../shared is absent (the benchmark needs the shared corpus)');
  process.exit(0);
}
if (!existsSync(path.join(ROOT, 'dist', 'index.js')) || !existsSync(path.join(ROOT, 'dist', 'xslt', 'collection.sef.json'))) {
  console.log('dist/ is missing: run npm run compile first');
  process.exit(1);
}
const chromiumPath = process.env.TEI_EDITION_CHROMIUM ?? '/usr/bin/chromium';

const COUNT = Number(process.env.BENCH_SCALE_DOCS ?? 10_000);
const JOBS = Number(process.env.BENCH_SCALE_JOBS ?? 2);
const QUERIES = (process.env.BENCH_SCALE_QUERIES ?? 'government|soviet foreign minister|the').split('|').filter(Boolean);
const work = mkdtempSync(path.join(os.tmpdir(), 'tei-edition-bench-scale-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Every file below `dir`, with its size. */
function filesOf(dir: string): { file: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file: path.relative(dir, file), size: statSync(file).size };
    });
}

// 1. The collection, and its build.
const record = path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');
const mix = [record, ...xmlFiles(path.join(SHARED, 'corpus')).filter((f) => statSync(f).size < 300_000 && !readFileSync(f, 'utf8').includes('xi:include'))];
const sources = path.join(work, 'tei');
const bytes = writeSyntheticCorpus(mix, COUNT, sources);
console.log(`synthetic collection: ${COUNT} documents, ${mb(bytes)} of TEI, cycling through ${mix.length} sources; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)}`);
const out = path.join(work, 'out');
const schema = path.join(SHARED, 'schema', 'tei_all.rng');
const run = timeCommand(process.execPath, [path.join(ROOT, 'bench', '_build-run.mjs'), out, String(JOBS), '0', schema, path.join(work, 'schema-cache'), sources]);
const line = run.stdout.trim().split('\n').at(-1) ?? '';
if (run.status !== 0 || !line.startsWith('{')) throw new Error(`build failed (status ${run.status}): ${run.stderr.slice(-2000)}`);
const built = JSON.parse(line) as { ms: number; documents: number; failed: number; errors: number; treeRssMb?: number };
const peak = Math.max(built.treeRssMb ?? 0, run.rssMb ?? 0);
console.log(`build (cold, ${JOBS} workers, every validation layer against tei_all.rng, compiled first into an empty schema cache): ${fmt(run.ms)} wall, ${(run.ms / COUNT).toFixed(0)} ms per document; ${built.failed} not built, ${built.errors} errors reported`);
console.log(`peak memory, the build's process and its workers together: ${peak.toFixed(0)} MB (target < 2048 MB)`);

// 2. The files written.
const files = filesOf(out);
const state = (f: string) => f.startsWith('.tei-edition');
const largest = (list: typeof files) => list.reduce((a, b) => (b.size > a.size ? b : a), { file: '(none)', size: 0 });
const published = largest(files.filter((f) => !state(f.file)));
const buildState = largest(files.filter((f) => state(f.file)));
const search = files.filter((f) => f.file.startsWith(path.join('html', 'search') + path.sep));
const sum = (list: typeof files) => list.reduce((n, f) => n + f.size, 0);
console.log(`largest file written: ${published.file}, ${mb(published.size)} (target < 2 MB); largest build-state file: ${buildState.file}, ${mb(buildState.size)}`);
console.log(`search index: ${search.length} files, ${mb(sum(search))} in all; largest ${largest(search).file}, ${kb(largest(search).size)}`);
const shardFiles = search.filter((f) => /[\\/]terms[\\/]/.test(f.file));
const textFiles = search.filter((f) => /[\\/]text[\\/]/.test(f.file));
console.log(`  term shards: ${shardFiles.length} files, largest ${largest(shardFiles).file}, ${kb(largest(shardFiles).size)} (bound 64 KB; today's design: one 3-letter shard each, the largest 31 KB at 500 documents, unbounded); text parts: ${textFiles.length} files, largest ${kb(largest(textFiles).size)} (today's design: up to 99 KB, a whole long passage)`);
// Today's design wrote one search-index.js holding every passage and the MiniSearch index, loaded whole: its
// passages alone are the text parts and titles here; on the shared corpus the index added 4 MB to 6 MB of passages.
const passages = sum(search.filter((f) => /[\\/](text|docs)[\\/]/.test(f.file)));
console.log(`today's design (one search-index.js, loaded by the first search): at least ${mb(passages)} of passages, about ${mb(passages * 10 / 6)} with its MiniSearch index`);

// 3. In Chromium, through a loopback server (file:// pages give the browser no request events to count).
if (!existsSync(chromiumPath)) {
  console.log(`no chromium at ${chromiumPath}: no page figures`);
} else {
  const { serveOutput } = (await import(path.join(ROOT, 'dist', 'serve', 'serve-output.js'))) as typeof import('../src/serve/serve-output.js');
  const server = await serveOutput(out, { port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const sizeOf = (url: string) => {
    const file = path.join(out, decodeURIComponent(new URL(url).pathname));
    return existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0;
  };
  try {
    for (const query of QUERIES) {
      // A fresh context each time: nothing comes from the cache.
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(new URL('html/index.html', server.url).href, { waitUntil: 'load' });
      await page.waitForFunction(() => !document.getElementById('te-search')?.hidden);
      const before = requested.reduce((n, u) => n + sizeOf(u), 0);
      const html = sizeOf(new URL('html/index.html', server.url).href);
      const from = requested.length;
      const ms = await page.evaluate(async (q) => {
        const input = document.getElementById('te-search-input') as HTMLInputElement;
        const status = document.getElementById('te-search-status')!;
        input.value = q;
        const started = performance.now();
        input.form!.requestSubmit();
        while (!/\.$/.test(status.textContent ?? '')) await new Promise((r) => setTimeout(r, 1));
        return performance.now() - started;
      }, query);
      const loaded = requested.slice(from);
      const queryBytes = loaded.reduce((n, u) => n + sizeOf(u), 0);
      const words = query.split(/\s+/).length;
      console.log(`query "${query}" (${words} word${words === 1 ? '' : 's'}): ${await page.locator('#te-search-status').textContent()}`);
      console.log(`  page before the first query: ${kb(before)} (target < 300 KB), of which the list of documents (index.html) ${kb(html)} and the search ${kb(before - html)}; today's design: the same page, then the whole index at the first search`);
      console.log(`  loaded by the query: ${kb(queryBytes)} in ${loaded.length} files (target < 500 KB), in ${fmt(ms)} (target < 200 ms)`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

rmSync(work, { recursive: true, force: true });
