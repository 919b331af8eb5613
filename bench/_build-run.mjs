// @ts-check
/**
 * One build, in its own process, for bench/build.ts: the call `tei-edition
 * build` makes (the compiled build module in dist/, loaded as the CLI loads
 * it), with the time of every document taken from the progress callback.
 * Prints one JSON line: { ms, perDocument: number[], documents, failed, errors, cached }.
 *
 * Plain JavaScript run by plain node, so that the measured process starts as
 * the installed command does: through tsx, loading the same modules took
 * 1.5 s instead of 0.9 s, counted against the build.
 *
 *   node bench/_build-run.mjs OUT JOBS INCREMENTAL(0|1) SCHEMA|- CACHE_DIR PATH…
 */
const [outDir, jobs, incremental, schema, cacheDir, ...paths] = process.argv.slice(2);
if (!outDir || !jobs || !incremental || !schema || !cacheDir || paths.length === 0) {
  console.error('usage: _build-run.mjs OUT JOBS INCREMENTAL SCHEMA|- CACHE_DIR PATH…');
  process.exit(2);
}
/** @type {typeof import('../src/pipeline/build-edition.js')} */
const { buildEdition } = await import(new URL('../dist/pipeline/build-edition.js', import.meta.url).href);

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
const errors = [...result.diagnostics, ...result.documents.flatMap((d) => d.diagnostics)].filter((d) => d.severity === 'error').length;
console.log(JSON.stringify({
  ms,
  perDocument,
  documents: result.documents.length,
  failed: result.documents.filter((d) => d.outputs.length === 0).length,
  cached: result.documents.filter((d) => d.cached).length,
  errors,
}));
