// @ts-check
/**
 * One build, in its own process, for bench/build.ts: the call `tei-edition
 * build` makes (the compiled build module in dist/, loaded as the CLI loads
 * it), with the time of every document taken from the progress callback.
 * Prints one JSON line: { ms, perDocument: number[], documents, failed, errors, cached, treeRssMb? }.
 *
 * Plain JavaScript run by plain node, so that the measured process starts as
 * the installed command does: through tsx, loading the same modules took
 * 1.5 s instead of 0.9 s, counted against the build.
 *
 *   node bench/_build-run.mjs OUT JOBS INCREMENTAL(0|1) SCHEMA|- CACHE_DIR PATH…
 */
import { readFileSync } from 'node:fs';

const [outDir, jobs, incremental, schema, cacheDir, ...paths] = process.argv.slice(2);
if (!outDir || !jobs || !incremental || !schema || !cacheDir || paths.length === 0) {
  console.error('usage: _build-run.mjs OUT JOBS INCREMENTAL SCHEMA|- CACHE_DIR PATH…');
  process.exit(2);
}
/** @type {typeof import('../src/pipeline/build-edition.js')} */
const { buildEdition } = await import(new URL('../dist/pipeline/build-edition.js', import.meta.url).href);

// The build's workers are child processes: /usr/bin/time's peak RSS is that of the largest single
// process, so the whole tree's resident memory is sampled here (Linux /proc; absent elsewhere).
/** @param {number} pid @returns {number[]} the pid and all its descendants */
const tree = (pid) => {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(tree)];
  } catch {
    return [pid];
  }
};
/** @param {number} pid */
const rssKb = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};
let treeRssKb = 0;
const sampler = setInterval(() => {
  treeRssKb = Math.max(treeRssKb, tree(process.pid).reduce((sum, pid) => sum + rssKb(pid), 0));
}, 100);

const started = performance.now();
let last = started;
/** @type {number[]} */
const perDocument = [];
const result = await buildEdition(paths, {
  outDir,
  jobs: Number(jobs),
  incremental: incremental === '1',
  cacheDir,
  ...(schema === '-' ? {} : { schema }),
  onProgress: () => {
    const now = performance.now();
    perDocument.push(now - last);
    last = now;
  },
});
const ms = performance.now() - started;
clearInterval(sampler);
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
console.log(JSON.stringify({
  ms,
  perDocument,
  documents: result.documents.length,
  failed: result.documents.filter((d) => d.outputs.length === 0).length,
  cached: result.documents.filter((d) => d.cached).length,
  errors,
  ...(treeRssKb > 0 ? { treeRssMb: treeRssKb / 1024 } : {}),
}));
