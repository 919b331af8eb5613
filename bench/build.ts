/**
 * `tei-edition build` on collections (issue 6). Prints figures; asserts nothing.
 *
 *   npm run compile && npx tsx bench/build.ts        (or: npm run bench build)
 *
 * 1. The shared corpus (../shared/corpus, ~100 files, 14 MB), cold (empty
 *    output folder, tei_all compiled into the schema cache by a first run),
 *    with one worker and with two; then again with one file edited
 *    (incremental). Wall time, per-document p50/p95, peak RSS.
 * 2. The same work by jing plus Saxon-HE Java running our own stylesheets, each
 *    run right after one of our 2-worker builds, and the ratio (the median of
 *    the pairs' ratios). Validation: jing against tei_all.rng, then jing against the
 *    Schematron rules embedded in it (../shared/schema/tei_all.extracted.sch),
 *    as our build checks both. Transforms, one JVM each, compiling from source
 *    as Saxon does: the HTML page, the reading and the diplomatic text, and
 *    the data export our build runs for each document's collection entry.
 *    The collection pages and search index have no Java counterpart: they
 *    count against us.
 * 2b. The anchor pipeline a TEI user runs instead (issue 18): jing against tei_all, then Saxon-HE Java
 *    with the TEI Stylesheets' html/html.xsl and txt/tei-to-text.xsl, on the 59 corpus files but
 *    sga-xinclude/ and malformed/, each run right after our cold builds of the same folder with 2 and
 *    with 1 worker; the median of the pairs' ratios (target ≤ 1.0).
 * 3. Synthetic collections of 500 and 2,000 documents made from the record
 *    and the corpus's files under 300 KB (ids rewritten): how time grows.
 * 4. The largest FRUS volume alone: peak RSS (target < 1 GB).
 *
 * Environment: BENCH_RUNS (default 3) runs per corpus figure, median;
 * BENCH_SYNTHETIC (default "500,2000") synthetic sizes, "" for none;
 * BENCH_SECTIONS (default "corpus,java,anchor,synthetic,frus") the sections to run, e.g. "anchor"
 * to measure the anchor comparison alone (the first build, which fills the schema cache, always runs).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SHARED, fmt, hasJing, hasShared, median, timeCommand, xmlFiles } from './_shared.js';
import { writeSyntheticCorpus } from './_synthetic-corpus.js';

if (!hasShared) {
  console.log('skipped: ../shared is absent (the benchmark needs the shared corpus and tei_all.rng)');
  process.exit(0);
}
if (!existsSync(path.join(ROOT, 'dist', 'index.js')) || !existsSync(path.join(ROOT, 'dist', 'xslt', 'html-edition.sef.json'))) {
  console.log('dist/ is missing: run npm run compile first');
  process.exit(1);
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? 'corpus,java,anchor,synthetic,frus').split(',').map((s) => s.trim()));
const SYNTHETIC = SECTIONS.has('synthetic') ? (process.env.BENCH_SYNTHETIC ?? '500,2000').split(',').filter(Boolean).map(Number) : [];
const schema = path.join(SHARED, 'schema', 'tei_all.rng');
const work = mkdtempSync(path.join(os.tmpdir(), 'tei-edition-bench-build-'));
const cacheDir = path.join(work, 'schema-cache');
const record = path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');

interface Run {
  ms: number;
  rssMb?: number;
  perDocument: number[];
  documents: number;
  failed: number;
  cached: number;
  errors: number;
  /** Peak resident memory of the build's process and its worker processes together, sampled every 100 ms. */
  treeRssMb?: number;
}

let outputs = 0;
/** One build in a fresh process; `out` defaults to a new, empty folder. */
function build(paths: string[], options: { jobs?: number; incremental?: boolean; out?: string } = {}): Run & { out: string } {
  const out = options.out ?? path.join(work, `out-${++outputs}`);
  const r = timeCommand(process.execPath, [path.join(ROOT, 'bench', '_build-run.mjs'), out, String(options.jobs ?? 1), options.incremental ? '1' : '0', schema, cacheDir, ...paths]);
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`build failed (status ${r.status}): ${r.stderr.slice(-2000)}`);
  // The wall time is the process's, start-up included; the documents' times are the build's own.
  return { ...(JSON.parse(line) as Run), ms: r.ms, ...(r.rssMb !== undefined ? { rssMb: r.rssMb } : {}), out };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const describe = (r: Run) =>
  `${fmt(r.ms)} wall; per document p50 ${fmt(percentile(r.perDocument, 50))}, p95 ${fmt(percentile(r.perDocument, 95))}, max ${fmt(Math.max(...r.perDocument))}` +
  `${r.rssMb !== undefined ? `; peak RSS ${r.rssMb.toFixed(0)} MB` : ''}${r.treeRssMb !== undefined && r.treeRssMb > (r.rssMb ?? 0) * 1.05 ? ` (with its worker processes: ${r.treeRssMb.toFixed(0)} MB)` : ''}; ${r.documents} sources, ${r.failed} not built, ${r.errors} errors reported`;
const sizeOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;

// 1. The shared corpus, copied so that one file can be edited.
const corpus = path.join(work, 'corpus');
cpSync(path.join(SHARED, 'corpus'), corpus, { recursive: true });
const corpusFiles = xmlFiles(corpus);
console.log(`shared corpus: ${corpusFiles.length} files, ${sizeOf(corpusFiles).toFixed(1)} MB; ${os.cpus().length} cores; load average ${os.loadavg()[0]!.toFixed(2)}; ${RUNS} runs per figure, median`);
console.log(`every build: all validation layers against tei_all.rng (RELAX NG + its Schematron + references), HTML page, reading and diplomatic text, data, collection pages and search index`);

const first = build([corpus]);
console.log(`first build ever (compiles tei_all and its Schematron into an empty schema cache): ${describe(first)}`);
let coldOne: (Run & { out: string }) | undefined;
if (SECTIONS.has('corpus')) {
const cold = median(RUNS, () => build([corpus]));
coldOne = cold;
console.log(`cold build, 1 worker (empty output folder, schema cached): ${describe(cold)}`);

const edited = path.join(corpus, 'frus-history', '1957-03-21-kennan-to-leopold.xml');
const incremental = median(RUNS, (i) => {
  appendFileSync(edited, `\n<!-- edited by the benchmark, ${i} -->\n`);
  return build([corpus], { incremental: true, out: cold.out });
});
console.log(`incremental build after editing one file: ${fmt(incremental.ms)} wall, ${incremental.cached} of ${incremental.documents} sources from the cache${incremental.rssMb !== undefined ? `, peak RSS ${incremental.rssMb.toFixed(0)} MB` : ''}`);
console.log(`ratio incremental / cold: ${(100 * incremental.ms / cold.ms).toFixed(1)}% (target < 10%)`);
}

// 2. jing + Saxon-HE Java on the same files, with our stylesheets, each run right after one of ours
// with two workers (the default on two cores): alternating, both meet the same state of the machine,
// whose speed drifts over the minutes a benchmark takes (Java's three runs in one benchmark: 48.8-59.2 s).
const saxonJar = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/saxon9he.jar'].find((j) => existsSync(j));
const schematron = path.join(SHARED, 'schema', 'tei_all.extracted.sch');
const flat = path.join(work, 'flat');
const saxon = (jar: string, xsl: string, out: string, ...params: string[]) => {
  // Saxon writes a directory's results into an existing directory only.
  mkdirSync(path.join(work, out), { recursive: true });
  return timeCommand('java', ['-cp', jar, 'net.sf.saxon.Transform', `-s:${flat}`, `-xsl:${path.join(ROOT, xsl)}`, `-o:${path.join(work, out)}`, ...params]);
};
const runJava = (jar: string, i: number) => {
  const jing = timeCommand('jing', [schema, ...corpusFiles]);
  const jingSch = timeCommand('jing', [schematron, ...corpusFiles]);
  const html = saxon(jar, 'xslt/html/edition.xsl', `saxon-${i}/html`);
  const reading = saxon(jar, 'xslt/text/edition.xsl', `saxon-${i}/text`, 'view=reading');
  const diplomatic = saxon(jar, 'xslt/text/edition.xsl', `saxon-${i}/diplomatic`, 'view=diplomatic');
  const data = saxon(jar, 'xslt/data/export.xsl', `saxon-${i}/data`);
  const previous = jing.ms + html.ms + reading.ms + diplomatic.ms;
  return { ms: previous + jingSch.ms + data.ms, previous, jing, jingSch, html, reading, diplomatic, data, i };
};
const comparable = hasJing && saxonJar !== undefined;
if (comparable) {
  mkdirSync(flat);
  for (const f of corpusFiles) symlinkSync(f, path.join(flat, path.relative(corpus, f).split(path.sep).join('__')));
}
if (SECTIONS.has('java')) {
const pairs = Array.from({ length: RUNS }, (_, i) => ({ ours: build([corpus], { jobs: 2 }), java: comparable ? runJava(saxonJar, i) : undefined }));
const cold2 = median(RUNS, (i) => pairs[i]!.ours);
const cold = coldOne ?? median(RUNS, () => build([corpus]));
console.log(`cold build, 2 workers: ${describe(cold2)} (${(cold2.ms / cold.ms).toFixed(2)}× the 1-worker time)`);
if (comparable) {
  const java = median(RUNS, (i) => pairs[i]!.java!);
  const made = (folder: string) => (existsSync(path.join(work, `saxon-${java.i}`, folder)) ? readdirSync(path.join(work, `saxon-${java.i}`, folder)).length : 0);
  const rss = (r: { rssMb?: number }) => (r.rssMb ? `, peak RSS ${r.rssMb.toFixed(0)} MB` : '');
  // jing exits 1 for the corpus's invalid files; what counts is that it ran over all of them.
  console.log(`jing (one JVM, tei_all.rng, exit ${java.jing.status}): ${fmt(java.jing.ms)}${rss(java.jing)}; its Schematron (tei_all.extracted.sch, exit ${java.jingSch.status}): ${fmt(java.jingSch.ms)}${rss(java.jingSch)}`);
  console.log(`Saxon-HE ${path.basename(saxonJar)} HTML (exit ${java.html.status}, ${made('html')} pages): ${fmt(java.html.ms)}${rss(java.html)}`);
  console.log(`Saxon-HE reading text (exit ${java.reading.status}, ${made('text')} files): ${fmt(java.reading.ms)}; diplomatic text (exit ${java.diplomatic.status}, ${made('diplomatic')} files): ${fmt(java.diplomatic.ms)}; data export (exit ${java.data.status}, ${made('data')} files): ${fmt(java.data.ms)}`);
  console.log(`jing + Saxon-HE, the same work as our build: ${fmt(java.ms)} (without the Schematron and data runs, the narrower work earlier versions of this benchmark measured: ${fmt(java.previous)})`);
  console.log(`pairs (ours with 2 workers / jing + Saxon-HE, run one after the other): ${pairs.map((p) => `${fmt(p.ours.ms)} / ${fmt(p.java!.ms)} = ${(p.ours.ms / p.java!.ms).toFixed(2)}`).join('; ')}`);
  const ratio = median(RUNS, (i) => ({ ms: pairs[i]!.ours.ms / pairs[i]!.java!.ms }));
  console.log(`ratio cold build (ours, 2 workers, the default on 2 cores / jing + Saxon-HE), median of the pairs: ${ratio.ms.toFixed(2)} (target ≤ 1); medians ${(cold2.ms / java.ms).toFixed(2)}; ours with 1 worker: ${(cold.ms / java.ms).toFixed(2)}; against the narrower Java work: ${(cold2.ms / java.previous).toFixed(2)}`);
} else console.log('jing or Saxon-HE Java (libsaxonhe-java) is not installed: no comparison');
}

// 2b. The anchor (issue 18): what a TEI user runs instead, on the 59 files of the corpus but sga-xinclude/
// and malformed/, copied into one folder: jing against tei_all, then Saxon-HE Java with the TEI Stylesheets'
// html/html.xsl and txt/tei-to-text.xsl (../shared/anchors/README.md), one JVM per step. Our cold build of
// the same folder runs right before each anchor run, with 2 workers and with 1; ratios are medians of the pairs.
const anchors = path.join(SHARED, 'anchors', 'tei-stylesheets');
if (SECTIONS.has('anchor') && comparable && existsSync(anchors)) {
  const flat59 = path.join(work, 'flat59');
  mkdirSync(flat59);
  const chosen = corpusFiles.filter((f) => !['sga-xinclude', 'malformed'].includes(path.relative(corpus, f).split(path.sep)[0]!));
  for (const f of chosen) cpSync(f, path.join(flat59, path.relative(corpus, f).split(path.sep).join('__')));
  const classpath = [saxonJar, '/usr/share/java/xml-resolver.jar'].filter((j) => existsSync(j)).join(':');
  const anchorSaxon = (xsl: string, out: string) => {
    mkdirSync(out, { recursive: true });
    return timeCommand('java', ['-cp', classpath, 'net.sf.saxon.Transform', `-s:${flat59}`, `-o:${out}`, `-xsl:${path.join(anchors, xsl)}`]);
  };
  const runAnchor = (i: number) => {
    const jing = timeCommand('jing', [schema, ...xmlFiles(flat59)]);
    const html = anchorSaxon('html/html.xsl', path.join(work, `anchor-${i}`, 'html'));
    const text = anchorSaxon('txt/tei-to-text.xsl', path.join(work, `anchor-${i}`, 'txt'));
    return { ms: jing.ms + html.ms + text.ms, jing, html, text };
  };
  const anchorPairs = Array.from({ length: RUNS }, (_, i) => ({ two: build([flat59], { jobs: 2 }), one: build([flat59], { jobs: 1 }), anchor: runAnchor(i) }));
  const anchor = median(RUNS, (i) => anchorPairs[i]!.anchor);
  console.log(`anchor pipeline on ${chosen.length} files: jing (tei_all) ${fmt(anchor.jing.ms)}, TEI Stylesheets html/html.xsl ${fmt(anchor.html.ms)} (exit ${anchor.html.status}), txt/tei-to-text.xsl ${fmt(anchor.text.ms)} (exit ${anchor.text.status}); total ${fmt(anchor.ms)}`);
  console.log(`our cold build of the same ${chosen.length} files: 2 workers ${describe(median(RUNS, (i) => anchorPairs[i]!.two))}; 1 worker ${fmt(median(RUNS, (i) => anchorPairs[i]!.one).ms)}`);
  console.log(`pairs (ours 2 workers / ours 1 worker / anchor): ${anchorPairs.map((p) => `${fmt(p.two.ms)} / ${fmt(p.one.ms)} / ${fmt(p.anchor.ms)}`).join('; ')}`);
  const two = median(RUNS, (i) => ({ ms: anchorPairs[i]!.two.ms / anchorPairs[i]!.anchor.ms }));
  const one = median(RUNS, (i) => ({ ms: anchorPairs[i]!.one.ms / anchorPairs[i]!.anchor.ms }));
  console.log(`ratio cold build / anchor pipeline, median of the pairs: 2 workers ${two.ms.toFixed(2)} (target ≤ 1.0), 1 worker ${one.ms.toFixed(2)}`);
} else console.log('the TEI Stylesheets (../shared/anchors/), jing or Saxon-HE Java is absent: no anchor comparison');

// 3. Synthetic collections: how time grows with size.
const mix = [record, ...xmlFiles(path.join(SHARED, 'corpus')).filter((f) => statSync(f).size < 300_000 && !readFileSync(f, 'utf8').includes('xi:include'))];
for (const count of SYNTHETIC) {
  const dir = path.join(work, `synthetic-${count}`);
  const bytes = writeSyntheticCorpus(mix, count, dir);
  const run = build([dir]);
  console.log(`synthetic ${count} documents (${(bytes / 1e6).toFixed(1)} MB, cycling through ${mix.length} sources), cold, 1 worker: ${describe(run)}; ${(run.ms / count).toFixed(1)} ms per document`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(run.out, { recursive: true, force: true });
}

// 4. The largest FRUS volume of the corpus, alone.
if (SECTIONS.has('frus')) {
const frus = xmlFiles(path.join(corpus, 'frus')).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const big = build([frus]);
console.log(`largest FRUS volume, ${path.basename(frus)} (${sizeOf([frus]).toFixed(1)} MB), cold: ${describe(big)} (target: peak RSS < 1024 MB)`);
}

rmSync(work, { recursive: true, force: true });
