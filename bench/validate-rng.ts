/**
 * Benchmark of the RELAX NG layer against jing on the shared data.
 * Run: npx tsx bench/validate-rng.ts
 *
 * Prints: schema load (first compile vs from cache in a fresh process),
 * per-file validation time over the corpus (median / p95 / max), the whole
 * corpus from a cold process, one file from a cold process, and jing's
 * times on the same files (one JVM for the corpus; one cold run per file).
 * Parsing is not counted in the per-file figures (the parse stage is shared
 * by every layer); the cold-process totals include everything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../src/load/load-source.js';
import { parseXml } from '../src/parse/parse-xml.js';
import { loadRngSchema, validateRng } from '../src/relaxng/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const SCHEMA = path.join(SHARED, 'schema/tei_all.rng');
const JING = '/usr/bin/jing';
const SELF = fileURLToPath(import.meta.url);

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return xmlFiles(full);
    return name.endsWith('.xml') ? [full] : [];
  });
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Child mode: load from cache and validate the given files, printing internal timings as JSON. */
async function child(cacheDir: string, files: string[]): Promise<void> {
  const t0 = performance.now();
  const { schema } = await loadRngSchema(SCHEMA, { cacheDir });
  const load = performance.now() - t0;
  let errors = 0;
  for (const f of files) {
    const src = await loadSource(f);
    const parsed = parseXml(f, src.source!.text);
    if (parsed.document) errors += validateRng(parsed.document, f, schema!).length;
  }
  console.log(JSON.stringify({ load, total: performance.now() - t0, errors }));
}

function runChild(cacheDir: string, files: string[]): { wall: number; inner: { load: number; total: number; errors: number } } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', cacheDir, ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return { wall, inner: JSON.parse(r.stdout.trim().split('\n').pop()!) };
}

function timeJing(files: string[]): number | undefined {
  if (!existsSync(JING)) return undefined;
  const t = performance.now();
  try {
    execFileSync(JING, [SCHEMA, ...files], { stdio: 'ignore' });
  } catch {
    // jing exits 1 when a file is invalid; only the time matters here.
  }
  return performance.now() - t;
}

async function main(): Promise<void> {
  if (!existsSync(SCHEMA)) {
    console.log(`${SHARED} is absent: nothing to benchmark`);
    return;
  }
  const files = [...xmlFiles(path.join(SHARED, 'corpus')), ...xmlFiles(path.join(SHARED, 'validation'))].sort();
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-rng-'));
  console.log(`RELAX NG layer vs jing — ${files.length} files, schema tei_all.rng, node ${process.version}, ${os.cpus().length} cores`);

  // 1. Schema load.
  let t = performance.now();
  const { schema, diagnostics } = await loadRngSchema(SCHEMA, { cacheDir });
  const compile = performance.now() - t;
  if (!schema) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const cachedCold = runChild(cacheDir, []);
  t = performance.now();
  await loadRngSchema(SCHEMA, { cacheDir });
  const cachedWarm = performance.now() - t;
  console.log(`schema load: first compile ${ms(compile)}; from cache in a fresh process ${ms(cachedCold.inner.load)}; from cache, warm process ${ms(cachedWarm)}`);

  // 2. Per-file validation in one process (parse not counted).
  const times: number[] = [];
  let slowest = '';
  let total = 0;
  let errors = 0;
  for (const f of files) {
    const src = await loadSource(f);
    const parsed = parseXml(f, src.source!.text);
    if (!parsed.document) continue;
    t = performance.now();
    errors += validateRng(parsed.document, f, schema).length;
    const dt = performance.now() - t;
    total += dt;
    if (dt > Math.max(0, ...times)) slowest = path.relative(SHARED, f);
    times.push(dt);
  }
  times.sort((a, b) => a - b);
  console.log(`per file (${times.length} well-formed, validation only): median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${quantile(times, 1).toFixed(1)} ms (${slowest}); sum ${ms(total)}; ${errors} errors`);

  // 3. Whole corpus and one file from a cold process.
  const corpus = runChild(cacheDir, files);
  console.log(`whole corpus, cold process (load cache + read + parse + validate): wall ${ms(corpus.wall)} (inside: ${ms(corpus.inner.total)}), ${corpus.inner.errors} errors`);
  const one = path.join(SHARED, 'validation/invalid/base.xml');
  const single = runChild(cacheDir, [one]);
  console.log(`one file (validation/invalid/base.xml), cold process: wall ${ms(single.wall)} (inside: ${ms(single.inner.total)})`);

  // 4. jing on the same files.
  const jingCorpus = timeJing(files);
  const jingOne = timeJing([one]);
  if (jingCorpus === undefined || jingOne === undefined) console.log(`jing not found at ${JING}: no comparison`);
  else {
    console.log(`jing, one JVM, whole corpus (incl. schema load): ${ms(jingCorpus)}`);
    console.log(`jing, one file cold: ${ms(jingOne)}`);
    console.log(`ratios: corpus ours/jing ${(corpus.wall / jingCorpus).toFixed(2)}; one file ours/jing ${(single.wall / jingOne).toFixed(2)}`);
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv.slice(4));
else await main();
