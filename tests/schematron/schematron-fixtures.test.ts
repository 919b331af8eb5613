/**
 * The feature suite: each folder of tests/fixtures/schematron/
 * holds a schema (.sch or .rng), documents, `case.json` (what to load, the
 * phase) and `expected.json`, the diagnostics a reviewer checked by hand:
 * load problems first, then each document's, with file names relative to
 * the case folder. `UPDATE=1` rewrites the expectations (review the diff).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadSchematron, validateSchematron } from '../../src/schematron/index.js';

const ROOT = 'tests/fixtures/schematron';
const cacheDir = mkdtempSync(path.join(tmpdir(), 'tei-edition-sch-fixtures-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

interface Case {
  rng?: string;
  sch?: string[];
  phase?: string;
  documents: string[];
}

/** Runs one case: load diagnostics, then every document's, with paths relative to the case folder. */
async function run(folder: string): Promise<Diagnostic[]> {
  const dir = path.join(ROOT, folder);
  const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
  const input: { rng?: string; sch?: string[] } = {};
  if (spec.rng) input.rng = path.join(dir, spec.rng);
  if (spec.sch) input.sch = spec.sch.map((s) => path.join(dir, s));
  const { schema, diagnostics } = await loadSchematron(input, spec.phase ? { cacheDir, phase: spec.phase } : { cacheDir });
  const out = [...diagnostics];
  if (schema) {
    for (const name of spec.documents) {
      const parsed = parseXml(name, readFileSync(path.join(dir, name), 'utf8'));
      expect(parsed.document, `${folder}/${name} is well-formed`).toBeDefined();
      out.push(...(await validateSchematron({ document: parsed.document!, text: parsed.transformText! }, name, schema)));
    }
  }
  // Schema files are named as loaded (under the case folder); documents by the name given above.
  return out.map((d) => (d.file.startsWith(dir + path.sep) ? { ...d, file: path.relative(dir, d.file) } : d));
}

describe('Schematron fixtures', () => {
  const cases = readdirSync(ROOT).filter((f) => existsSync(path.join(ROOT, f, 'case.json'))).sort();
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const folder of cases) {
    it(folder, async () => {
      const actual = await run(folder);
      const file = path.join(ROOT, folder, 'expected.json');
      if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
