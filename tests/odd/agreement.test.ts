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
import { describe, expect, it } from 'vitest';
import { committedRows, known, matches, sameFirstLine, validatorDifferences, verdictDifferences } from './agreement-rows.js';

const rows = committedRows();

describe('ODD compiler agreement with the TEI Stylesheets (jing verdicts)', () => {
  it('covers every exemplar ODD and the project ODD, on every file', () => {
    const odds = new Set(rows.map((r) => r.odd));
    for (const odd of ['tei_all', 'tei_bare', 'tei_basic', 'tei_corpus', 'tei_drama', 'tei_enrich', 'tei_lite', 'tei_minimal', 'tei_ms', 'tei_simplePrint', 'tei_speech', 'tei_tite', 'tei_xinclude', 'cem']) expect(odds).toContain(odd);
    expect(rows.length).toBe(odds.size * new Set(rows.map((r) => r.file)).size);
  });

  it('gives the same verdict as the reference schema, except the known differences', () => {
    expect(verdictDifferences(rows)).toEqual([]);
  });

  it('puts the first error on the same line for at least 95 % of the invalid files', () => {
    const { invalid, share } = sameFirstLine(rows);
    expect(invalid).toBeGreaterThan(1000);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it("our validator, given our schema, gives jing's verdict, except the known differences", () => {
    expect(validatorDifferences(rows)).toEqual([]);
  });

  it('gives every known difference a reason, and lists only real differences', () => {
    for (const k of known) {
      expect(k.reason.trim().length, k.file).toBeGreaterThan(20);
      // An ODD compiled with errors: checked by compiling it (tests/odd/compile-odd.test.ts), not in the rows.
      if (k.check === 'compile-error') continue;
      const column = k.check === 'verdict' ? 'reference' : 'validator';
      expect(rows.some((r) => matches(k, r) && r[column] !== r.ours), `${k.check} ${k.odd} ${k.file}`).toBe(true);
    }
  });
});
