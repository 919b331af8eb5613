/**
 * Agreement of the ODD compiler with the TEI Stylesheets, read as data:
 * tests/odd/agreement.tsv holds, for every ODD of ../shared/odd (exemplars
 * and projects) and every XML file of ../shared/corpus, ../shared/validation
 * and tei/, jing's verdict and first error line against the reference RELAX
 * NG and against ours (remade by `npx tsx scripts/odd-agreement.ts`).
 * Verdicts must agree except the pairs listed in known-differences.tsv with
 * a reason; first error lines must agree on at least 95 % of invalid files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsv = (file: string) => readFileSync(path.resolve(file), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const rows = tsv('tests/odd/agreement.tsv').map(([odd, file, reference, ours, referenceLine, oursLine]) => ({ odd: odd!, file: file!, reference: reference!, ours: ours!, referenceLine: referenceLine!, oursLine: oursLine! }));
const known = new Map(tsv('tests/odd/known-differences.tsv').map(([odd, file, reason]) => [`${odd}\t${file}`, reason!]));

describe('ODD compiler agreement with the TEI Stylesheets (jing verdicts)', () => {
  it('covers every exemplar ODD and the project ODD', () => {
    const odds = new Set(rows.map((r) => r.odd));
    for (const odd of ['tei_all', 'tei_bare', 'tei_basic', 'tei_corpus', 'tei_drama', 'tei_enrich', 'tei_lite', 'tei_minimal', 'tei_ms', 'tei_simplePrint', 'tei_speech', 'tei_tite', 'tei_xinclude', 'cem']) expect(odds).toContain(odd);
    expect(rows.length).toBeGreaterThan(14 * 100);
  });

  it('gives the same verdict as the reference schema, except the known differences', () => {
    const differing = rows.filter((r) => r.reference !== r.ours && !known.has(`${r.odd}\t${r.file}`)).map((r) => `${r.odd} ${r.file}: reference ${r.reference}, ours ${r.ours}`);
    expect(differing).toEqual([]);
  });

  it('gives every known difference a reason, and lists only real differences', () => {
    for (const [key, reason] of known) {
      expect(reason.trim().length, key).toBeGreaterThan(10);
      expect(rows.some((r) => `${r.odd}\t${r.file}` === key && r.reference !== r.ours), key).toBe(true);
    }
  });

  it('puts the first error on the same line for at least 95 % of the invalid files', () => {
    const invalid = rows.filter((r) => r.reference === 'invalid' && r.ours === 'invalid');
    const same = invalid.filter((r) => r.referenceLine === r.oursLine).length;
    expect(invalid.length).toBeGreaterThan(0);
    expect(same / invalid.length).toBeGreaterThanOrEqual(0.95);
  });
});
