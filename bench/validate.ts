/**
 * The whole `tei-edition validate` command (well-formedness, RELAX NG,
 * Schematron, references) beside jing, each in fresh processes, on the
 * shared corpus and on one file. Prints figures; asserts nothing.
 *
 *   npx tsx bench/validate.ts        (or: npm run bench validate)
 *
 * Targets (issue 23): the corpus from a cold process with a cached schema,
 * all layers, at most jing's one-JVM RELAX NG-only time (ratio ≤ 1.0; the
 * RELAX NG-only ratio is printed too); one file cold at most half of one cold
 * jing run. bench/validate-large.ts prints the large-file targets.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHARED, fmt, hasJing, hasShared, median, timeCommand, xmlFiles } from './_shared.js';

if (!hasShared) {
  console.log('skipped: ../shared is absent (the benchmark needs the shared corpus and tei_all.rng)');
  process.exit(0);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const schema = path.join(SHARED, 'schema', 'tei_all.rng');
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'tei-edition-bench-cache-'));
const corpus = xmlFiles(path.join(SHARED, 'corpus'));
const cli = (...args: string[]) => timeCommand(process.execPath, [path.join(ROOT, 'bin', 'tei-edition.js'), 'validate', '--cache-dir', cacheDir, '--schema', schema, ...args]);
const jing = (...files: string[]) => timeCommand('jing', [schema, ...files]);

console.log(`corpus: ${corpus.length} files; ${RUNS} runs each, median; ${os.cpus().length} cores; load average ${os.loadavg()[0]!.toFixed(2)}`);
const first = cli(...corpus);
console.log(`first run (compiles and caches tei_all + its Schematron): ${fmt(first.ms)}`);

const ours = median(RUNS, () => cli(...corpus));
console.log(`tei-edition validate, corpus, all layers, cold process, cached schema: ${fmt(ours.ms)}${ours.rssMb ? `, peak RSS ${ours.rssMb.toFixed(0)} MB` : ''}`);
const rngOnly = median(RUNS, () => cli('--layers', 'wf,rng', ...corpus));
console.log(`tei-edition validate, corpus, RELAX NG only: ${fmt(rngOnly.ms)}`);

const record = path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');
const oneOurs = median(RUNS, () => cli(record));
console.log(`tei-edition validate, one file (the record), cold: ${fmt(oneOurs.ms)}`);

const listPerson = path.join(SHARED, 'validation', 'real', 'cdt_coverlessListPerson.xml');
const sch = median(RUNS, () => cli('--layers', 'wf,sch', listPerson));
console.log(`tei-edition validate --layers wf,sch on cdt_coverlessListPerson.xml (2 MB), cold process: ${fmt(sch.ms)}`);

if (hasJing) {
  const jingCorpus = median(RUNS, () => jing(...corpus));
  const jingOne = median(RUNS, () => jing(record));
  console.log(`jing, corpus, one JVM, RELAX NG only: ${fmt(jingCorpus.ms)}${jingCorpus.rssMb ? `, peak RSS ${jingCorpus.rssMb.toFixed(0)} MB` : ''}`);
  console.log(`jing, one file, cold: ${fmt(jingOne.ms)}`);
  console.log(`ratio corpus (ours all layers / jing RELAX NG only): ${(ours.ms / jingCorpus.ms).toFixed(2)} (target ≤ 1.0)`);
  console.log(`ratio corpus, RELAX NG only (ours / jing): ${(rngOnly.ms / jingCorpus.ms).toFixed(2)}`);
  console.log(`ratio one file (ours / jing cold): ${(oneOurs.ms / jingOne.ms).toFixed(2)} (target ≤ 0.5)`);
} else console.log('jing is not installed: no comparison');
