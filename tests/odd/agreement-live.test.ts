/**
 * The ODD agreement check made now, for a sample: agreement.test.ts only reads
 * the committed tests/odd/agreement.tsv (20 minutes to remake), so it cannot
 * see a change to the compiler. Here three ODDs that exercise different
 * features are compiled afresh and jing (the oracle, never the product)
 * checks a deterministic subset of the files against our schema and the
 * reference, as scripts/odd-agreement.ts does for all: tei_tite (elementSpec
 * and classSpec changes, attDef deletions and additions, elements in another
 * namespace, moduleRef/@include), tei_speech (a plain selection of modules)
 * and tei_basic (seventeen modules, moduleRef/@except; the only customised
 * exemplar besides tei_all that finds the base of ../shared/validation/invalid
 * valid, so that its one-change variants, a closed valList broken, an
 * undeclared attribute, show in the first error). The fresh rows must equal
 * the committed ones (so the TSV is current for them), and meet its standards
 * of agreement. Skipped, saying so, without ../shared or jing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementFiles, ODD_DIR, runOddAgreement } from '../../scripts/odd-agreement-run.js';
import { agreementRow, committedRows, isKnown, sameFirstLine, validatorDifferences, verdictDifferences, type AgreementRow } from './agreement-rows.js';

const ODDS = ['tei_tite', 'tei_speech', 'tei_basic'];
/**
 * Files under 100 kB: 136 of the 151. jing lists every error of an invalid
 * file, and the larger files (up to 3 MB, thousands of errors against
 * tei_tite) cost most of the full run's time.
 */
const MAX_BYTES = 100_000;
const hasShared = existsSync(path.join(ODD_DIR, 'p5subset.xml'));
const hasJing = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;

describe.skipIf(!hasShared || !hasJing)('ODD agreement with the TEI Stylesheets, remade now for tei_tite, tei_speech and tei_basic', () => {
  if (!hasShared) console.warn('skipped the live ODD agreement check: ../shared/odd is absent');
  if (!hasJing) console.warn('skipped the live ODD agreement check: jing is not installed');
  const tmp = mkdtempSync(path.join(tmpdir(), 'odd-agreement-live-'));
  let fresh: AgreementRow[] = [];

  beforeAll(async () => {
    const files = agreementFiles().filter((f) => statSync(f).size < MAX_BYTES);
    for (const name of ODDS) {
      const result = await runOddAgreement(path.join(ODD_DIR, 'exemplars', `${name}.odd`), files, tmp);
      expect(result.notCompiled, name).toBeUndefined();
      // An exemplar the TEI compiles has no error by our rules, unless listed with a reason.
      if (!isKnown('compile-error', { odd: name, file: '*' })) expect(result.errors, name).toEqual([]);
      fresh.push(...result.rows.map(agreementRow));
    }
  }, 600_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('checks every sampled ODD on over a hundred files', () => {
    expect(fresh.length).toBeGreaterThan(ODDS.length * 100);
    for (const name of ODDS) expect(fresh.filter((r) => r.odd === name).length).toBe(fresh.length / ODDS.length);
  });

  it('gives the verdicts and first error lines committed in agreement.tsv', () => {
    const committed = new Map(committedRows().map((r) => [`${r.odd}\t${r.file}`, r]));
    // The project's own tei/ changes with every edit of the record: its rows are checked live below, not against the file.
    const stale = fresh.filter((r) => !r.file.startsWith('tei/')).filter((r) => JSON.stringify(committed.get(`${r.odd}\t${r.file}`)) !== JSON.stringify(r));
    expect(stale.map((r) => `${r.odd} ${r.file}: now ${JSON.stringify(r)}, committed ${JSON.stringify(committed.get(`${r.odd}\t${r.file}`))}`)).toEqual([]);
  });

  it('gives the same verdict as the reference schema, except the known differences', () => {
    expect(verdictDifferences(fresh)).toEqual([]);
  });

  it('puts the first error on the same line as the reference for at least 95 % of the invalid files', () => {
    const { invalid, share } = sameFirstLine(fresh);
    expect(invalid).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it("our validator, given our fresh schema, gives jing's verdict, except the known differences", () => {
    expect(validatorDifferences(fresh)).toEqual([]);
  });
});
