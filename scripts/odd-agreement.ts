/**
 * Measures how far the ODD compiler agrees with the TEI Stylesheets: every
 * ODD of ../shared/odd/exemplars and projects is compiled, and jing checks
 * every XML file of ../shared/corpus, ../shared/validation and tei/ against
 * our RELAX NG and against ../shared/odd/reference/NAME.rng; our own
 * validator checks them against our RELAX NG too (the per-ODD work is
 * runOddAgreement in scripts/odd-agreement-run.ts). Writes one row per
 * (ODD, file) to tests/odd/agreement.tsv, which tests/odd/agreement.test.ts
 * reads as data and tests/odd/agreement-live.test.ts remakes in part.
 * jing is the oracle here only, never part of the product.
 *
 *   npx tsx scripts/odd-agreement.ts [NAME…]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AGREEMENT_HEADER, agreementFiles, ODD_DIR, ROOT, runOddAgreement } from './odd-agreement-run.js';

const OUT = path.join(ROOT, 'tests', 'odd', 'agreement.tsv');
const only = process.argv.slice(2);
const odds = ['exemplars', 'projects']
  .flatMap((d) => readdirSync(path.join(ODD_DIR, d)).filter((f) => f.endsWith('.odd')).map((f) => path.join(ODD_DIR, d, f)))
  .filter((f) => existsSync(path.join(ODD_DIR, 'reference', path.basename(f, '.odd') + '.rng')))
  .filter((f) => !only.length || only.includes(path.basename(f, '.odd')))
  .sort();
const files = agreementFiles();
const tmp = mkdtempSync(path.join(tmpdir(), 'odd-agreement-'));
const previous = existsSync(OUT) && only.length ? readFileSync(OUT, 'utf8').split('\n').slice(1).filter((l) => l && !only.includes(l.split('\t')[0]!)) : [];
const rows: string[] = [...previous];
try {
  for (const odd of odds) {
    const name = path.basename(odd, '.odd');
    const result = await runOddAgreement(odd, files, tmp);
    for (const note of result.notes) process.stderr.write(`${name}: ${note}\n`);
    if (result.notCompiled !== undefined) {
      process.stderr.write(`${name}: not compiled: ${result.notCompiled}\n`);
      continue;
    }
    rows.push(...result.rows.map((r) => r.join('\t')));
    process.stderr.write(`${name}: compiled in ${Math.round(result.compileMs)} ms; verdicts agree on ${result.agree}/${files.length}\n`);
    write(); // after each ODD, so that an interrupted run keeps what it measured
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
function write() {
  writeFileSync(OUT, [AGREEMENT_HEADER, ...[...rows].sort(), ''].join('\n'));
}
write();
