/**
 * Benchmark of the Schematron layer with the rules embedded in TEI P5's
 * tei_all.rng. Prints: schema load cold and cached (each in a fresh
 * process), the 2 MB cdt_coverlessListPerson.xml (first run and warm),
 * synthetic person lists of 100–1,600 persons (to show linear growth), and
 * the whole shared corpus; jing's one-JVM RNG-only time on the same corpus
 * is printed for reference where jing is installed.
 *
 *   npx tsx bench/validate-schematron.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parseXml } from '../src/parse/parse-xml.js';
import { loadSchematron, validateSchematron, type SchematronSchema } from '../src/schematron/index.js';

const SHARED = '../shared';
const RNG = path.join(SHARED, 'schema/tei_all.rng');

/** Child mode: load the schema once and print the time (used for cold/cached load in fresh processes). */
if (process.argv[2] === '--load') {
  const start = performance.now();
  const { schema } = await loadSchematron({ rng: RNG }, { cacheDir: process.argv[3]! });
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, patterns: schema?.compiled.patterns.length }));
  process.exit(0);
}

if (!existsSync(RNG)) {
  console.log('../shared is absent: nothing to benchmark');
  process.exit(0);
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall-clock and CPU time of the Schematron layer alone on one document (parsing is not timed). */
function timeSchematron(file: string, text: string, schema: SchematronSchema): { ms: number; cpu: number; diagnostics: number } {
  const parsed = parseXml(file, text);
  if (!parsed.document) throw new Error(`${file} is not well-formed`);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const diagnostics = validateSchematron({ document: parsed.document, text: parsed.transformText! }, file, schema) as unknown[];
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, diagnostics: diagnostics.length };
}

// 1. Schema load, each in a fresh process: cold (empty cache), then cached.
const cacheDir = mkdtempSync(path.join(tmpdir(), 'tei-edition-bench-sch-'));
const loadIn = () => {
  const out = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--load', cacheDir], { encoding: 'utf8' });
  return JSON.parse(out.stdout) as { ms: number; patterns: number };
};
const cold = loadIn();
const cached = loadIn();
console.log('Schema load (tei_all.rng, 93 patterns, fresh process each)');
console.log(`  cold (extract + compile + write cache) ${ms(cold.ms)}`);
console.log(`  cached                                 ${ms(cached.ms)}`);

const { schema } = await loadSchematron({ rng: RNG }, { cacheDir });
if (!schema) throw new Error('tei_all.rng gave no schema');

// 2. The 2 MB person list.
const cdtFile = path.join(SHARED, 'validation/real/cdt_coverlessListPerson.xml');
const cdt = readFileSync(cdtFile, 'utf8');
const first = timeSchematron(cdtFile, cdt, schema);
const runs = [1, 2, 3, 4, 5].map(() => timeSchematron(cdtFile, cdt, schema));
console.log('\ncdt_coverlessListPerson.xml (2 MB, 1,863 persons), Schematron layer only (wall / CPU)');
console.log(`  first run in this process ${ms(first.ms)} / ${ms(first.cpu)}   (${first.diagnostics} diagnostics)`);
console.log(`  warm, median of 5         ${ms(median(runs.map((r) => r.ms)))} / ${ms(median(runs.map((r) => r.cpu)))}`);

// 3. Synthetic person lists: the time per person should stay flat.
function persons(n: number): string {
  let body = '';
  for (let i = 0; i < n; i++) {
    body += `
      <person xml:id="p${i}" source="#src${i % 7}">
        <persName type="real"><ref target="http://viaf.org/viaf/${i}"/><forename>Name${i}</forename><surname>Family${i}</surname></persName>
        <sex>${i % 2 ? 'F' : 'M'}</sex>
        <birth><date when="${1800 + (i % 100)}">${1800 + (i % 100)}</date><placeName ref="places.xml#pl${i % 50}">Place</placeName></birth>
        <death><date when="${1880 + (i % 100)}" cert="high">${1880 + (i % 100)}</date></death>
        <note><p>Person ${i}, see <ptr target="#p${(i + 1) % n}"/> and <rs ref="#p${(i * 7) % n}">another</rs>.</p></note>
      </person>`;
  }
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Persons</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><listPerson>${body}
    </listPerson></sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>`;
}
console.log('\nSynthetic person lists (median of 7 warm runs; wall / CPU, then CPU per person)');
const sizes = [100, 200, 400, 800, 1600];
const texts = new Map(sizes.map((n) => [n, persons(n)]));
for (const n of sizes) timeSchematron(`persons-${n}.xml`, texts.get(n)!, schema);
for (const n of sizes) {
  const r = [1, 2, 3, 4, 5, 6, 7].map(() => timeSchematron(`persons-${n}.xml`, texts.get(n)!, schema));
  const cpu = median(r.map((x) => x.cpu));
  console.log(`  ${String(n).padStart(5)} persons ${ms(median(r.map((x) => x.ms)))} / ${ms(cpu)}   ${((cpu * 1000) / n).toFixed(1).padStart(6)} µs/person`);
}

// 4. The whole shared corpus (every well-formed XML file under corpus/ and validation/).
const files = globSync([`${SHARED}/corpus/**/*.xml`, `${SHARED}/validation/**/*.xml`]).sort();
let parseTotal = 0;
let schTotal = 0;
let schCpu = 0;
let bytes = 0;
let count = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const start = performance.now();
  const parsed = parseXml(file, text);
  parseTotal += performance.now() - start;
  if (!parsed.document) continue;
  count++;
  bytes += Buffer.byteLength(text);
  const s = performance.now();
  const cpu = process.cpuUsage();
  validateSchematron({ document: parsed.document, text: parsed.transformText! }, file, schema);
  const used = process.cpuUsage(cpu);
  schCpu += (used.user + used.system) / 1000;
  schTotal += performance.now() - s;
}
console.log(`\nShared corpus: ${count} well-formed files, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`  Schematron layer total ${ms(schTotal)} wall / ${ms(schCpu)} CPU`);
console.log(`  (parseXml, for scale)  ${ms(parseTotal)}`);

// For reference: jing, RNG only (it does not run the embedded rules), one JVM for all files.
if (existsSync('/usr/bin/jing')) {
  const start = performance.now();
  try {
    execFileSync('/usr/bin/jing', [RNG, ...files], { stdio: 'ignore' });
  } catch {
    // jing exits non-zero when any file is invalid; only the time matters here.
  }
  console.log(`  jing RNG-only, one JVM ${ms(performance.now() - start)}   (reference)`);
} else {
  console.log('  jing is not installed: no reference time');
}
rmSync(cacheDir, { recursive: true, force: true });
