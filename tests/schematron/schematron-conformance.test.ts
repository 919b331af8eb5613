/**
 * Conformance on shared data: the rules extracted from TEI P5's tei_all.rng
 * catch every broken variant meant for Schematron, at the changed line, and
 * raise no false alarm on base.xml, on the variant that turned out valid,
 * or on the corpus files jing finds valid. Skips where ../shared is absent.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadSchematron, validateSchematron, type SchematronSchema } from '../../src/schematron/index.js';

const SHARED = '../shared';
const present = existsSync(path.join(SHARED, 'schema/tei_all.rng'));
if (!present) console.warn('schematron-conformance: ../shared is absent; the conformance tests are skipped');

/** What each Schematron case must report (the TEI constraint that catches it). */
const EXPECTED: Record<string, string[]> = {
  'inv28_sch_when_with_notBefore.xml': ['tei_all-att.datable.w3c-att-datable-w3c-when-constraint-rule-2.1.1'],
  'inv29_sch_subtype_without_type.xml': ['tei_all-att.typed-subtypeTyped-constraint-rule-9.1.1'],
  'inv30_sch_gloss_list_no_label.xml': ['tei_all-list-gloss-list-must-have-labels-constraint-rule-19.1.1'],
  // TEI states this constraint twice, in English and in French.
  'inv31_sch_addSpan_no_spanTo.xml': ['tei_all-addSpan-addSpan-requires-spanTo-constraint-rule-43.1.1', 'tei_all-addSpan-addSpan-requires-spanTo-fr-constraint-rule-44.1.1'],
  'inv32_sch_nested_s.xml': ['tei_all-s-noNestedS-constraint-rule-30.1.1'],
};

/** Real findings in files jing finds valid (jing does not run the embedded rules), each checked by hand. */
const KNOWN_FINDINGS: Array<{ file: string; line: number; ruleId: string; reason: string }> = [
  {
    file: 'corpus/teic-p5test/testall.xml',
    line: 52,
    ruleId: 'tei_all-dimensions-duplicateDim-constraint-rule-37.1.1',
    reason: '<dimensions> holds two <width> children (lines 53 and 55); TEI allows one',
  },
];

let schema: SchematronSchema;
let cacheDir: string;

function validate(relative: string): Diagnostic[] {
  const file = path.join(SHARED, relative);
  const parsed = parseXml(file, readFileSync(file, 'utf8'));
  if (!parsed.document) throw new Error(`${relative} is not well-formed`);
  return validateSchematron({ document: parsed.document, text: parsed.transformText! }, relative, schema) as Diagnostic[];
}

/** The first line where a variant differs from base.xml: where its defect is. */
function changedLine(variant: string): number {
  const base = readFileSync(path.join(SHARED, 'validation/invalid/base.xml'), 'utf8').split('\n');
  const lines = readFileSync(path.join(SHARED, 'validation/invalid', variant), 'utf8').split('\n');
  return lines.findIndex((l, i) => l !== base[i]) + 1;
}

describe.skipIf(!present)('Schematron conformance (tei_all)', () => {
  beforeAll(async () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'tei-edition-sch-conformance-'));
    const loaded = await loadSchematron({ rng: path.join(SHARED, 'schema/tei_all.rng') }, { cacheDir });
    expect(loaded.diagnostics).toEqual([]);
    schema = loaded.schema!;
  });
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('extracts every embedded pattern of tei_all.rng', () => {
    const extracted = readFileSync(path.join(SHARED, 'schema/tei_all.extracted.sch'), 'utf8');
    const patterns = (extracted.match(/<sch:pattern\b/g) ?? []).length;
    const rules = (extracted.match(/<sch:rule\b/g) ?? []).length;
    const asserts = (extracted.match(/<sch:(assert|report)\b/g) ?? []).length;
    expect(schema.compiled.patterns.length).toBe(patterns);
    expect(schema.compiled.patterns.flatMap((p) => p.rules).length).toBe(rules);
    expect(schema.compiled.patterns.flatMap((p) => p.rules.flatMap((r) => r.checks)).length).toBe(asserts);
  });

  const manifest = present
    ? readFileSync(path.join(SHARED, 'validation/invalid/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t') as [string, string])
    : [];

  for (const [file, layer] of manifest.filter(([, l]) => l === 'sch')) {
    it(`catches ${file} at the changed line`, () => {
      const found = validate(`validation/invalid/${file}`).filter((d) => d.severity === 'error');
      const line = changedLine(file);
      expect(found.map((d) => d.ruleId).sort()).toEqual([...EXPECTED[file]!].sort());
      for (const d of found) expect([d.layer, d.line]).toEqual([layer, line]);
    });
  }

  for (const file of ['base.xml', ...manifest.filter(([, l]) => l === 'none').map(([f]) => f)]) {
    it(`raises nothing on ${file}`, () => {
      expect(validate(`validation/invalid/${file}`)).toEqual([]);
    });
  }

  it('raises no false alarm on the files jing finds valid', () => {
    const verdicts = readFileSync(path.join(SHARED, 'validation/jing-verdicts.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const schCases = new Set(manifest.filter(([, l]) => l === 'sch').map(([f]) => `validation/invalid/${f}`));
    const findings: Array<{ file: string; line: number; ruleId: string }> = [];
    for (const [file, verdict] of verdicts) {
      if (verdict !== 'valid' || schCases.has(file!)) continue;
      for (const d of validate(file!)) findings.push({ file: file!, line: d.line, ruleId: d.ruleId });
    }
    expect(findings).toEqual(KNOWN_FINDINGS.map(({ file, line, ruleId }) => ({ file, line, ruleId })));
  });
});
