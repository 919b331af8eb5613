/**
 * `tei-edition validate` on generated large files, each in a fresh process
 * (none of the files is committed; they are written to a temporary folder):
 *
 * - a file with many Schematron failures at 3 sizes (about 75,000 failures
 *   in 20 MB at the largest), `--layers wf,sch`: the time should grow
 *   linearly with the number of failures (target: under 10 s at 20 MB);
 * - a 200 MB TEI file, `--layers wf,rng`, time and peak RSS beside jing's
 *   (target: ≤ 2× jing, ≤ 512 MB);
 * - 50,000 elements nested, `--layers wf` (target: under 2 s).
 *
 *   npx tsx bench/validate-large.ts        (or: npm run bench -- validate)
 *
 * BENCH_LARGE_MB sets the size of the large file (default 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDeepNesting, writeLargeTei, writeSchematronFailures } from './_generate-tei.js';
import { ROOT, SHARED, fmt, hasJing, hasShared, timeCommand } from './_shared.js';

if (!hasShared) {
  console.log('skipped: ../shared is absent (the benchmark needs tei_all.rng)');
  process.exit(0);
}
const schema = path.join(SHARED, 'schema', 'tei_all.rng');
const work = mkdtempSync(path.join(os.tmpdir(), 'tei-edition-bench-large-'));
const cacheDir = path.join(work, 'cache');
const cli = (...args: string[]) => timeCommand(process.execPath, [path.join(ROOT, 'bin', 'tei-edition.js'), 'validate', '--cache-dir', cacheDir, '--schema', schema, ...args]);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const rss = (r: { rssMb?: number }) => (r.rssMb ? `, peak RSS ${r.rssMb.toFixed(0)} MB` : '');

console.log(`${os.cpus().length} cores; load average ${os.loadavg()[0]!.toFixed(2)}`);
try {
  // Compile and cache the schema first, so that every figure below reads it from the cache.
  const warm = path.join(work, 'warm.xml');
  writeSchematronFailures(warm, 1);
  cli(warm);

  console.log('Schematron failures (one per paragraph, all under one div), --layers wf,sch, cold process:');
  const perFailure: number[] = [];
  for (const failures of [18_750, 37_500, 75_000]) {
    const file = path.join(work, `failures-${failures}.xml`);
    const bytes = writeSchematronFailures(file, failures);
    const r = cli('--layers', 'wf,sch', file);
    const reported = (r.stdout.match(/ error /g) ?? []).length;
    perFailure.push(r.ms / failures);
    console.log(`  ${String(failures).padStart(6)} failures, ${mb(bytes)}: ${fmt(r.ms)} (${reported} errors reported, ${((r.ms * 1000) / failures).toFixed(0)} µs per failure${rss(r)}) (target at 20 MB: < 10 s)`);
    rmSync(file);
  }
  console.log(`  growth: time per failure at the largest size / at the smallest = ${(perFailure[2]! / perFailure[0]!).toFixed(2)} (linear: about 1, quadratic: 4)`);

  const large = path.join(work, 'large.xml');
  const largeMb = Number(process.env.BENCH_LARGE_MB ?? 200);
  const largeBytes = writeLargeTei(large, largeMb);
  const ours = cli('--layers', 'wf,rng', large);
  console.log(`Large TEI file (${mb(largeBytes)}), --layers wf,rng: ${fmt(ours.ms)}${rss(ours)}, exit ${ours.status}`);
  if (hasJing) {
    const jing = timeCommand('jing', [schema, large]);
    console.log(`  jing: ${fmt(jing.ms)}${rss(jing)}; ratio ${(ours.ms / jing.ms).toFixed(2)} (target ≤ 2; memory target ≤ 512 MB)`);
  } else console.log('  jing is not installed: no comparison');
  rmSync(large);

  const deep = path.join(work, 'deep.xml');
  writeDeepNesting(deep, 50_000);
  const nested = cli('--layers', 'wf', deep);
  console.log(`Nesting 50,000 deep, --layers wf: ${fmt(nested.ms)}${rss(nested)}, exit ${nested.status} (target < 2 s)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
