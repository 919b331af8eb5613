/**
 * One ODD's share of the agreement check with the TEI Stylesheets: compile
 * the ODD, run jing over XML files against our RELAX NG and against the
 * reference ../shared/odd/reference/NAME.rng, and our own validator against
 * ours. Used by scripts/odd-agreement.ts (every ODD, every file: the
 * committed tests/odd/agreement.tsv) and by tests/odd/agreement-live.test.ts
 * (a few ODDs, now). jing is the oracle here only, never part of the product.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSource } from '../src/load/load-source.js';
import { compileOdd } from '../src/odd/compile-odd.js';
import { parseXml } from '../src/parse/parse-xml.js';
import type { XmlDocument } from '../src/parse/xml-tree.js';
import { loadRngSchema, validateRng } from '../src/relaxng/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const ODD_DIR = path.join(SHARED, 'odd');
/** The header of tests/odd/agreement.tsv. */
export const AGREEMENT_HEADER = 'odd\tfile\treference\tours\treference_line\tours_line\tvalidator\tvalidator_line';

/** The XML files under dir, recursively, in a stable order. */
export function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? xmlFiles(path.join(dir, e.name)) : e.name.endsWith('.xml') ? [path.join(dir, e.name)] : []));
}

/** Every file the agreement is measured on: ../shared/corpus, ../shared/validation and tei/. */
export function agreementFiles(): string[] {
  return [...xmlFiles(path.join(SHARED, 'corpus')), ...xmlFiles(path.join(SHARED, 'validation')), ...xmlFiles(path.join(ROOT, 'tei'))];
}

/** A file as the TSV names it: ../shared/… or relative to the repository. */
export const relativeName = (f: string) => (f.startsWith(SHARED) ? `../shared/${path.relative(SHARED, f)}` : path.relative(ROOT, f));

/** jing found the schema itself in error: it checks no document. */
class SchemaError extends Error {}

/**
 * The first error line of each file jing finds invalid (0 when jing's error
 * names no line). jing stops at a fatal error: after one in a file it is run
 * again on the files that follow; a document with a DOCTYPE is checked on its
 * own, since jing's failure to read an external DTD names no file.
 */
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

/** A file parsed (no document: not well-formed, with the line of the first problem). Not kept: 151 trees do not fit beside 14 schemas. */
async function parsedFile(f: string): Promise<{ document?: XmlDocument; line: number }> {
  const source = (await loadSource(f)).source;
  const result = source ? parseXml(f, source.text) : undefined;
  return result?.document ? { document: result.document, line: 0 } : { line: result?.diagnostics[0]?.line ?? 1 };
}

/** One ODD's results: TSV rows (as agreement.tsv has them), or why it was not compiled; problems to report. */
export interface OddAgreement {
  rows: string[][];
  notCompiled?: string;
  /** The compiler's errors (file:line:col message [rule]); listed as compile-error in known-differences.tsv when expected. */
  errors: string[];
  notes: string[];
  compileMs: number;
  agree: number;
}

/**
 * Compiles ../shared/odd/{exemplars,projects}/NAME.odd into tmp/NAME.rng and
 * checks files against it and the reference with jing, and against it with
 * our validator unless `validator` is false (its columns are then empty).
 */
export async function runOddAgreement(odd: string, files: string[], tmp: string, options: { validator?: boolean } = {}): Promise<OddAgreement> {
  const name = path.basename(odd, '.odd');
  const notes: string[] = [];
  const started = performance.now();
  const compiled = await compileOdd(odd, { source: path.join(ODD_DIR, 'p5subset.xml') });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.message} [${d.ruleId}]`);
  if (!compiled.rng) return { rows: [], notCompiled: errors.join('; '), errors, notes, compileMs: 0, agree: 0 };
  // An ODD with errors is still compiled (the odd command would refuse to write it): its schema is compared all the same.
  for (const e of errors) notes.push(`compiled with an error: ${e}`);
  const ours = path.join(tmp, `${name}.rng`);
  writeFileSync(ours, compiled.rng);
  const compileMs = performance.now() - started;
  const firstErrors = (schema: string) => {
    try {
      return jingFirstErrors(schema, files);
    } catch (e) {
      if (!(e instanceof SchemaError)) throw e;
      notes.push(`jing rejects ${schema}: ${e.message}`);
      return undefined;
    }
  };
  const reference = firstErrors(path.join(ODD_DIR, 'reference', `${name}.rng`));
  const mine = firstErrors(ours);
  const schema = options.validator === false ? undefined : (await loadRngSchema(ours, { cacheDir: tmp })).schema;
  const verdict = (line: number | undefined, checked: unknown) => (!checked ? 'schema-error' : line === undefined ? 'valid' : 'invalid');
  const rows: string[][] = [];
  let agree = 0;
  for (const f of files) {
    const a = reference?.get(f);
    const b = mine?.get(f);
    let validatorColumns = ['', ''];
    if (options.validator !== false) {
      const p = await parsedFile(f);
      const c = !schema ? undefined : p.document ? validateRng(p.document, f, schema).find((d) => d.severity === 'error')?.line : p.line;
      validatorColumns = [verdict(c, schema), String(c ?? '')];
    }
    if (verdict(a, reference) === verdict(b, mine)) agree++;
    rows.push([name, relativeName(f), verdict(a, reference), verdict(b, mine), String(a ?? ''), String(b ?? ''), ...validatorColumns]);
  }
  return { rows, errors, notes, compileMs, agree };
}
