/**
 * Measures how far the ODD compiler agrees with the TEI Stylesheets: every
 * ODD of ../shared/odd/exemplars and projects is compiled, and jing checks
 * every XML file of ../shared/corpus, ../shared/validation and tei/ against
 * our RELAX NG and against ../shared/odd/reference/NAME.rng; our own
 * validator checks them against our RELAX NG too. Writes one row
 * per (ODD, file) to tests/odd/agreement.tsv, which tests/odd/agreement.test.ts
 * reads as data. jing is the oracle here only, never part of the product.
 *
 *   npx tsx scripts/odd-agreement.ts [NAME…]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../src/load/load-source.js';
import { compileOdd } from '../src/odd/compile-odd.js';
import { parseXml } from '../src/parse/parse-xml.js';
import type { XmlDocument } from '../src/parse/xml-tree.js';
import { loadRngSchema, validateRng } from '../src/validate/rng/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const ODD_DIR = path.join(SHARED, 'odd');
const OUT = path.join(ROOT, 'tests', 'odd', 'agreement.tsv');

function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? xmlFiles(path.join(dir, e.name)) : e.name.endsWith('.xml') ? [path.join(dir, e.name)] : []));
}

/**
 * The first error line of each file jing finds invalid (0 when jing's error
 * names no line). jing stops at a fatal error: after one in a file it is run
 * again on the files that follow; a document with a DOCTYPE is checked on its
 * own, since jing's failure to read an external DTD names no file.
 */
/** jing found the schema itself in error: it checks no document. */
class SchemaError extends Error {}

function jingFirstErrors(schema: string, files: string[]): Map<string, number> {
  const first = new Map<string, number>();
  const run = (batch: string[]) => {
    let rest = batch;
    while (rest.length) {
      const r = spawnSync('jing', [schema, ...rest], { encoding: 'utf8', maxBuffer: 1 << 30 });
      let lastFatal = -1;
      for (const line of `${r.stdout}\n${r.stderr}`.split('\n')) {
        const m = /^(.*?):(\d+):(\d+): (error|fatal): /.exec(line);
        if (m && path.resolve(m[1]!) === path.resolve(schema)) throw new SchemaError(line);
        if (m) {
          if (!first.has(m[1]!)) first.set(m[1]!, Number(m[2]));
          if (m[4] === 'fatal') lastFatal = Math.max(lastFatal, rest.indexOf(m[1]!));
        } else if (/^fatal: /.test(line) && rest.length === 1 && !first.has(rest[0]!)) first.set(rest[0]!, 0);
        else if (/^fatal: /.test(line)) throw new Error(`jing stopped on a file it does not name (${line}); run such files one by one`);
      }
      if (lastFatal < 0) break;
      rest = rest.slice(lastFatal + 1);
    }
  };
  const alone = files.filter((f) => /<!DOCTYPE/.test(readFileSync(f, 'latin1').slice(0, 4096)));
  run(files.filter((f) => !alone.includes(f)));
  for (const f of alone) run([f]);
  return first;
}

const only = process.argv.slice(2);
const odds = ['exemplars', 'projects']
  .flatMap((d) => readdirSync(path.join(ODD_DIR, d)).filter((f) => f.endsWith('.odd')).map((f) => path.join(ODD_DIR, d, f)))
  .filter((f) => existsSync(path.join(ODD_DIR, 'reference', path.basename(f, '.odd') + '.rng')))
  .filter((f) => !only.length || only.includes(path.basename(f, '.odd')))
  .sort();
const files = [...xmlFiles(path.join(SHARED, 'corpus')), ...xmlFiles(path.join(SHARED, 'validation')), ...xmlFiles(path.join(ROOT, 'tei'))];
const rel = (f: string) => (f.startsWith(SHARED) ? `../shared/${path.relative(SHARED, f)}` : path.relative(ROOT, f));
const tmp = mkdtempSync(path.join(tmpdir(), 'odd-agreement-'));
const previous = existsSync(OUT) && only.length ? readFileSync(OUT, 'utf8').split('\n').slice(1).filter((l) => l && !only.includes(l.split('\t')[0]!)) : [];
const rows: string[] = [...previous];
/** A file parsed (no document: not well-formed, with the line of the first problem). Not kept: 151 trees do not fit beside 14 schemas. */
async function parsedFile(f: string): Promise<{ document?: XmlDocument; line: number }> {
  const source = (await loadSource(f)).source;
  const result = source ? parseXml(f, source.text) : undefined;
  return result?.document ? { document: result.document, line: 0 } : { line: result?.diagnostics[0]?.line ?? 1 };
}
try {
  for (const odd of odds) {
    const name = path.basename(odd, '.odd');
    const started = performance.now();
    const compiled = await compileOdd(odd, { source: path.join(ODD_DIR, 'p5subset.xml') });
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    if (!compiled.rng || errors.length) {
      process.stderr.write(`${name}: not compiled: ${errors.map((d) => d.message).join('; ')}\n`);
      continue;
    }
    const ours = path.join(tmp, `${name}.rng`);
    writeFileSync(ours, compiled.rng);
    const compileMs = performance.now() - started;
    const firstErrors = (schema: string) => {
      try {
        return jingFirstErrors(schema, files);
      } catch (e) {
        if (!(e instanceof SchemaError)) throw e;
        process.stderr.write(`${name}: jing rejects ${schema}: ${e.message}\n`);
        return undefined;
      }
    };
    const reference = firstErrors(path.join(ODD_DIR, 'reference', `${name}.rng`));
    const mine = firstErrors(ours);
    const schema = (await loadRngSchema(ours, { cacheDir: tmp })).schema;
    let agree = 0;
    for (const f of files) {
      const a = reference?.get(f);
      const b = mine?.get(f);
      const p = await parsedFile(f);
      const c = !schema ? undefined : p.document ? validateRng(p.document, f, schema).find((d) => d.severity === 'error')?.line : p.line;
      const verdict = (line: number | undefined, checked: unknown) => (!checked ? 'schema-error' : line === undefined ? 'valid' : 'invalid');
      if (verdict(a, reference) === verdict(b, mine)) agree++;
      rows.push([name, rel(f), verdict(a, reference), verdict(b, mine), a ?? '', b ?? '', verdict(c, schema), c ?? ''].join('\t'));
    }
    process.stderr.write(`${name}: compiled in ${Math.round(compileMs)} ms; verdicts agree on ${agree}/${files.length}\n`);
    write(); // after each ODD, so that an interrupted run keeps what it measured
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
function write() {
  writeFileSync(OUT, ['odd\tfile\treference\tours\treference_line\tours_line\tvalidator\tvalidator_line', ...[...rows].sort(), ''].join('\n'));
}
write();
