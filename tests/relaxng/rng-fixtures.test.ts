/**
 * The self-contained fixture suite: each folder under
 * tests/fixtures/relaxng/ holds a small schema, a document and the
 * diagnostics expected from them (expected.json; UPDATE=1 rewrites it, to be
 * reviewed like code). Where jing is installed, every case is also run
 * through jing, and our error count and lines must equal its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load-source.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadRngSchema, validateRng } from '../../src/relaxng/index.js';

const FIXTURES = path.resolve('tests/fixtures/relaxng');
const JING = '/usr/bin/jing';
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rng-fixtures-'));
const cases = readdirSync(FIXTURES).filter((d) => existsSync(path.join(FIXTURES, d, 'document.xml'))).sort();
const hasJing = existsSync(JING);
if (!hasJing) console.warn(`jing not found at ${JING}: the fixture cases are checked against expected.json only, not against jing`);

async function run(name: string) {
  const dir = path.join(FIXTURES, name);
  const schemaFile = path.join(dir, 'schema.rng');
  const docFile = path.join(dir, 'document.xml');
  const { schema, diagnostics } = await loadRngSchema(schemaFile, { cacheDir });
  const src = await loadSource(docFile);
  const parsed = parseXml('document.xml', src.source!.text);
  const found = schema ? validateRng(parsed.document!, 'document.xml', schema) : diagnostics;
  return found.map((d) => ({ file: path.basename(d.file), line: d.line, column: d.column, ruleId: d.ruleId, message: d.message, ...(d.xpath ? { xpath: d.xpath } : {}) }));
}

/** jing's errors as [line, column] pairs. */
function jingErrors(name: string): [number, number][] {
  const dir = path.join(FIXTURES, name);
  let out = '';
  try {
    out = execFileSync(JING, [path.join(dir, 'schema.rng'), path.join(dir, 'document.xml')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return [...out.matchAll(/document\.xml:(\d+):(\d+): error:/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('RELAX NG fixture cases', () => {
  it('has a case for every message kind', () => {
    const expected = cases.flatMap((c) => {
      const file = path.join(FIXTURES, c, 'expected.json');
      return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { ruleId: string }[]).map((d) => d.ruleId) : [];
    });
    for (const ruleId of ['rng.element-not-allowed', 'rng.attribute-not-allowed', 'rng.required-attribute-missing', 'rng.invalid-value', 'rng.text-not-allowed', 'rng.incomplete-content', 'rng.duplicate-id', 'rng.schema-error']) {
      expect(expected, ruleId).toContain(ruleId);
    }
  });

  for (const name of cases) {
    it(`${name}: diagnostics match expected.json`, async () => {
      const found = await run(name);
      const file = path.join(FIXTURES, name, 'expected.json');
      if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, JSON.stringify(found, null, 2) + '\n');
      expect(found).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });

    it.skipIf(!hasJing || name === 'schema-error')(`${name}: error count and lines equal jing's`, async () => {
      const ours = (await run(name)).map((d) => [d.line, d.column]);
      const theirs = jingErrors(name);
      expect(ours.map(([l]) => l)).toEqual(theirs.map(([l]) => l));
      expect(ours).toEqual(theirs);
    });
  }
});
