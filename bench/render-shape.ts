/**
 * The cost of the HTML stylesheet's shape (issue 18). Prints figures; asserts nothing.
 *
 *   npm run compile && npx tsx bench/render-shape.ts      (or: npm run bench -- render-shape)
 *
 * In one process with saxon-js, the HTML transform of the largest FRUS volume of the shared
 * corpus (frus1936v03.xml, 3 MB) with
 *   (a) a floor: one `div` per element, text copied, compiled to SEF here with xslt3, and
 *   (b) the edition's HTML stylesheet (dist/xslt/html-edition.sef.json),
 * the minimum of BENCH_RUNS (default 3) runs of each after one warm-up, and their ratio
 * (target: at most 3), in wall time and in CPU time (steadier on a loaded machine). The source is parsed once and shared by every run, so the figures are
 * the transforms' own. BENCH_FILE names another source; BENCH_SEF another compiled HTML stylesheet
 * (to compare two versions); BENCH_PROFILE=1 writes a V8 CPU
 * profile of one edition run to .cache/render-shape.cpuprofile (open it in Chrome's DevTools).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SHARED, fmt, hasShared, xmlFiles } from './_shared.js';
import { loadCompiledStylesheet, loadEditionStylesheet, type CompiledStylesheet } from '../src/transform/load-stylesheet.js';
import { prepareSource, runStylesheet } from '../src/transform/run-stylesheet.js';

const source = process.env.BENCH_FILE ?? (hasShared ? xmlFiles(path.join(SHARED, 'corpus')).find((f) => path.basename(f) === 'frus1936v03.xml') : undefined);
if (!source || !existsSync(source)) {
  console.log('skipped: ../shared/corpus/**/frus1936v03.xml is absent (set BENCH_FILE to measure another source)');
  process.exit(0);
}
const edition = process.env.BENCH_SEF
  ? loadCompiledStylesheet('html', path.resolve(process.env.BENCH_SEF), path.join(ROOT, 'xslt', 'html', 'edition.xsl'))
  : loadEditionStylesheet('html');
if (!edition.stylesheet) {
  console.log(edition.diagnostics.map((d) => d.message).join('\n'));
  process.exit(1);
}
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

/** The floor: every element a div, every text node copied; nothing else. */
const FLOOR_XSL = `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>
  <xsl:template match="*"><div><xsl:apply-templates/></div></xsl:template>
</xsl:stylesheet>
`;

function compileFloor(): CompiledStylesheet {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tei-edition-render-shape-'));
  const xsl = path.join(work, 'floor.xsl');
  const sef = path.join(work, 'floor.sef.json');
  writeFileSync(xsl, FLOOR_XSL);
  const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
  execFileSync(process.execPath, [xslt3, `-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const loaded = loadCompiledStylesheet('floor', sef, xsl);
  if (!loaded.stylesheet) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.stylesheet;
}

const text = readFileSync(source, 'utf8');
const prepared = prepareSource(text);
if (!prepared) throw new Error(`${source}: saxon-js cannot parse it`);
const baseURI = pathToFileURL(source).href;
const parameters = { name: path.basename(source, '.xml'), 'assets-path': 'assets/', 'source-href': '' };

/**
 * One transform: its wall time and its CPU time (user + system of this process) in ms, and the length of
 * its output. On a machine shared with other work the CPU time is the steadier figure: waiting for a core
 * is not counted.
 */
function run(stylesheet: CompiledStylesheet): { ms: number; cpu: number; chars: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = runStylesheet(stylesheet, prepared!, source!, baseURI, parameters);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuStarted);
  const cpu = (used.user + used.system) / 1000;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || result.output === undefined) throw new Error(errors.map((d) => d.message).join('\n'));
  return { ms, cpu, chars: result.output.length };
}

/** The minimum of RUNS timed runs after one untimed warm-up (which compiles nothing, but fills saxon-js's caches). */
function fastest(stylesheet: CompiledStylesheet): { ms: number; cpu: number; chars: number; all: number[] } {
  run(stylesheet);
  const runs = Array.from({ length: RUNS }, () => run(stylesheet));
  return { ...runs.reduce((a, b) => (b.ms < a.ms ? b : a)), cpu: Math.min(...runs.map((r) => r.cpu)), all: runs.map((r) => r.ms) };
}

const floor = compileFloor();
console.log(`${path.relative(ROOT, source)}: ${(text.length / 1e6).toFixed(1)} MB; ${os.cpus().length} cores; load average ${os.loadavg()[0]!.toFixed(2)}; minimum of ${RUNS} runs after a warm-up`);
const a = fastest(floor);
console.log(`(a) one div per element:        ${fmt(a.ms)}, CPU ${fmt(a.cpu)}  (runs: ${a.all.map(fmt).join(', ')}; ${a.chars} chars)`);
const b = fastest(edition.stylesheet);
console.log(`(b) xslt/html/edition.xsl:      ${fmt(b.ms)}, CPU ${fmt(b.cpu)}  (runs: ${b.all.map(fmt).join(', ')}; ${b.chars} chars)`);
console.log(`ratio (b) / (a): ${(b.ms / a.ms).toFixed(2)}x wall, ${(b.cpu / a.cpu).toFixed(2)}x CPU (target: at most 3x)`);

if (process.env.BENCH_PROFILE) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  run(edition.stylesheet);
  const { profile } = await session.post('Profiler.stop');
  mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const out = path.join(ROOT, '.cache', 'render-shape.cpuprofile');
  writeFileSync(out, JSON.stringify(profile));
  console.log(`CPU profile of one edition run: ${path.relative(ROOT, out)}`);
}
