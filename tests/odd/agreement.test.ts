/**
 * Agreement of the ODD compiler with the TEI Stylesheets, read as data:
 * tests/odd/agreement.tsv holds, for every ODD of ../shared/odd (exemplars
 * and projects) and every XML file of ../shared/corpus, ../shared/validation
 * and tei/, jing's verdict and first error line against the reference RELAX
 * NG and against ours, and our own validator's against ours (remade by
 * `npx tsx scripts/odd-agreement.ts`). Verdicts must agree except the pairs
 * listed in known-differences.tsv with a reason (`*` for every ODD or file); first
 * error lines must agree on at least 95 % of the invalid files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsv = (file: string) => readFileSync(path.resolve(file), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const rows = tsv('tests/odd/agreement.tsv').map(([odd, file, reference, ours, referenceLine, oursLine, validator, validatorLine]) => ({
  odd: odd!,
  file: file!,
  reference: reference!,
  ours: ours!,
  referenceLine: referenceLine!,
  oursLine: oursLine!,
  validator: validator!,
  validatorLine: validatorLine!,
}));
/** (check, odd or *, file) to the reason. */
const known = tsv('tests/odd/known-differences.tsv').map(([check, odd, file, reason]) => ({ check: check!, odd: odd!, file: file!, reason: reason! }));
const matches = (k: { odd: string; file: string }, r: { odd: string; file: string }) => (k.odd === '*' || k.odd === r.odd) && (k.file === '*' || k.file === r.file);
const isKnown = (check: string, r: { odd: string; file: string }) => known.some((k) => k.check === check && matches(k, r));

describe('ODD compiler agreement with the TEI Stylesheets (jing verdicts)', () => {
  it('covers every exemplar ODD and the project ODD, on every file', () => {
    const odds = new Set(rows.map((r) => r.odd));
    for (const odd of ['tei_all', 'tei_bare', 'tei_basic', 'tei_corpus', 'tei_drama', 'tei_enrich', 'tei_lite', 'tei_minimal', 'tei_ms', 'tei_simplePrint', 'tei_speech', 'tei_tite', 'tei_xinclude', 'cem']) expect(odds).toContain(odd);
    expect(rows.length).toBe(odds.size * new Set(rows.map((r) => r.file)).size);
  });

  it('gives the same verdict as the reference schema, except the known differences', () => {
    const differing = rows.filter((r) => r.reference !== r.ours && !isKnown('verdict', r)).map((r) => `${r.odd} ${r.file}: reference ${r.reference}, ours ${r.ours}`);
    expect(differing).toEqual([]);
  });

  it('puts the first error on the same line for at least 95 % of the invalid files', () => {
    const invalid = rows.filter((r) => r.reference === 'invalid' && r.ours === 'invalid');
    const same = invalid.filter((r) => r.referenceLine === r.oursLine).length;
    expect(invalid.length).toBeGreaterThan(1000);
    expect(same / invalid.length).toBeGreaterThanOrEqual(0.95);
  });

  it("our validator, given our schema, gives jing's verdict, except the known differences", () => {
    const differing = rows.filter((r) => r.validator !== r.ours && !isKnown('validator', r)).map((r) => `${r.odd} ${r.file}: jing ${r.ours}, ours ${r.validator}`);
    expect(differing).toEqual([]);
  });

  it('gives every known difference a reason, and lists only real differences', () => {
    for (const k of known) {
      expect(k.reason.trim().length, k.file).toBeGreaterThan(20);
      const column = k.check === 'verdict' ? 'reference' : 'validator';
      expect(rows.some((r) => matches(k, r) && r[column] !== r.ours), `${k.check} ${k.odd} ${k.file}`).toBe(true);
    }
  });
});
