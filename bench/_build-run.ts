/**
 * One build, in its own process, for bench/build.ts: the same call as
 * `tei-edition build` (through the compiled library in dist/), with the time
 * of every document taken from the progress callback. Prints one JSON line:
 * { ms, perDocument: number[], documents, failed, errors, cached }.
 *
 *   node --import tsx bench/_build-run.ts OUT JOBS INCREMENTAL(0|1) SCHEMA|- CACHE_DIR PATH…
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './_shared.js';

const [outDir, jobs, incremental, schema, cacheDir, ...paths] = process.argv.slice(2);
if (!outDir || !jobs || !incremental || !schema || !cacheDir || paths.length === 0) {
  console.error('usage: _build-run.ts OUT JOBS INCREMENTAL SCHEMA|- CACHE_DIR PATH…');
  process.exit(2);
}
const { buildEdition } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)) as typeof import('../src/index.js');

const started = performance.now();
let last = started;
const perDocument: number[] = [];
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
