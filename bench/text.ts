/**
 * Benchmark of the text edition over the shared corpus.
 * Run: npm run bench -- text   (or: npx tsx bench/text.ts [runs])
 *
 * For every well-formed corpus file, the text edition is made as the
 * pipeline makes it (src/pipeline/render-document.ts): parse (load, decode,
 * parse, entities), transform (the reading view, which also writes the drop
 * report, then the diplomatic view), write (both texts and the report,
 * atomically, to a temporary folder). Each file is done `runs` times (default
 * 3) after one warm-up of the stylesheet; a file's time is the median of its
 * runs. Prints per-document time (median, p95, max), throughput in MB of
 * source per second of transform, and the share of the total time spent in
 * parsing, transform and writing, with the slowest documents. Nothing is
 * asserted: timings on a shared machine are noisy, so compare runs.
 * Without ../shared, the repository's own record and text fixtures are used.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeSource } from '../src/load/load-source.js';
import { parseSource } from '../src/parse/parse-source.js';
import { loadEditionStylesheet } from '../src/transform/load-stylesheet.js';
import { runTextEdition } from '../src/transform/run-text-edition.js';
import { writeFileAtomic } from '../src/write/write-file-atomic.js';
import { ROOT, SHARED, fmt, hasShared, xmlFiles } from './_shared.js';

interface Sample {
  parse: number;
  transform: number;
  write: number;
}

const runs = Math.max(1, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? process.env.BENCH_RUNS ?? 3));
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const medianOf = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Makes the text edition of one file once; undefined when it does not parse (the malformed corpus file). */
async function once(file: string, out: string): Promise<Sample | undefined> {
  const { stylesheet } = loadEditionStylesheet('text');
  if (!stylesheet) throw new Error('the text stylesheet is not compiled: run npm run compile');
  const t0 = performance.now();
  const { source } = decodeSource(file, readFileSync(file), file);
  const parsed = source ? parseSource(source).parsed : undefined;
  const t1 = performance.now();
  if (!parsed) return undefined;
  const name = path.basename(file, '.xml');
  const baseURI = pathToFileURL(file).href;
  const outputs = new Map<string, string>();
  for (const view of ['reading', 'diplomatic'] as const) {
    const result = runTextEdition(stylesheet, parsed.xmlText, file, baseURI, { name, view, width: '78' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    outputs.set(view === 'reading' ? `text/${name}.txt` : `text/${name}.diplomatic.txt`, result.output ?? '');
    for (const [relative, content] of result.resultDocuments) outputs.set(relative, content);
  }
  const t2 = performance.now();
  for (const [relative, content] of outputs) await writeFileAtomic(path.join(out, relative), content);
  const t3 = performance.now();
  return { parse: t1 - t0, transform: t2 - t1, write: t3 - t2 };
}

async function main(): Promise<void> {
  const files = hasShared
    ? xmlFiles(path.join(SHARED, 'corpus'))
    : [path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), ...xmlFiles(path.join(ROOT, 'tests', 'fixtures', 'text'))];
  const out = mkdtempSync(path.join(os.tmpdir(), 'bench-text-'));
  console.log(`Text edition — ${hasShared ? 'shared corpus' : 'repository files (../shared is absent)'}, ${files.length} files, ${runs} run(s) each, node ${process.version}, ${os.cpus().length} cores`);
  // Warm-up: load the SEF and let V8 compile saxon-js's hot paths once, outside the measurements.
  await once(path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), out);

  const perFile: { file: string; bytes: number; parse: number; transform: number; write: number; total: number }[] = [];
  for (const file of files) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const sample = await once(file, out);
      if (!sample) break;
      samples.push(sample);
    }
    if (!samples.length) continue;
    const parse = medianOf(samples.map((s) => s.parse));
    const transform = medianOf(samples.map((s) => s.transform));
    const write = medianOf(samples.map((s) => s.write));
    perFile.push({ file: path.relative(hasShared ? path.join(SHARED, 'corpus') : ROOT, file), bytes: statSync(file).size, parse, transform, write, total: parse + transform + write });
  }
  rmSync(out, { recursive: true, force: true });

  const totals = perFile.map((f) => f.total).sort((a, b) => a - b);
  const sum = (key: 'parse' | 'transform' | 'write' | 'total') => perFile.reduce((n, f) => n + f[key], 0);
  const bytes = perFile.reduce((n, f) => n + f.bytes, 0);
  const share = (key: 'parse' | 'transform' | 'write') => `${((100 * sum(key)) / sum('total')).toFixed(1)}%`;
  console.log(`documents: ${perFile.length}, ${(bytes / 1e6).toFixed(2)} MB of source`);
  console.log(`per document (parse + transform of both views + write): median ${fmt(quantile(totals, 0.5))}, p95 ${fmt(quantile(totals, 0.95))}, max ${fmt(totals[totals.length - 1]!)}`);
  console.log(`throughput: ${(bytes / 1e6 / (sum('transform') / 1000)).toFixed(3)} MB/s of transform (both views), ${(bytes / 1e6 / (sum('total') / 1000)).toFixed(3)} MB/s overall`);
  console.log(`share of the time: parsing ${share('parse')}, transform ${share('transform')}, writing ${share('write')} (of ${fmt(sum('total'))})`);
  console.log('slowest documents:');
  for (const f of [...perFile].sort((a, b) => b.total - a.total).slice(0, 5)) {
    console.log(`  ${fmt(f.total).padStart(9)}  ${(f.bytes / 1e6).toFixed(2)} MB  parse ${fmt(f.parse)}, transform ${fmt(f.transform)}, write ${fmt(f.write)}  ${f.file}`);
  }
}

await main();
