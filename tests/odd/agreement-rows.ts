/**
 * The rows of tests/odd/agreement.tsv and the known differences of
 * tests/odd/known-differences.tsv, as read by agreement.test.ts (the
 * committed results) and agreement-live.test.ts (a part remade now).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One (ODD, file) pair: jing's verdict and first error line against the reference and ours, our validator's against ours. */
export interface AgreementRow {
  odd: string;
  file: string;
  reference: string;
  ours: string;
  referenceLine: string;
  oursLine: string;
  validator: string;
  validatorLine: string;
}

/** A row as its TSV columns. */
export function agreementRow([odd, file, reference, ours, referenceLine, oursLine, validator, validatorLine]: string[]): AgreementRow {
  return { odd: odd!, file: file!, reference: reference!, ours: ours!, referenceLine: referenceLine!, oursLine: oursLine!, validator: validator!, validatorLine: validatorLine! };
}

const tsv = (file: string) => readFileSync(path.resolve(file), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

/** The committed rows of tests/odd/agreement.tsv. */
export const committedRows = (): AgreementRow[] => tsv('tests/odd/agreement.tsv').map(agreementRow);

/** (check, odd or *, file or *) to the reason. */
export const known = tsv('tests/odd/known-differences.tsv').map(([check, odd, file, reason]) => ({ check: check!, odd: odd!, file: file!, reason: reason! }));
export const matches = (k: { odd: string; file: string }, r: { odd: string; file: string }) => (k.odd === '*' || k.odd === r.odd) && (k.file === '*' || k.file === r.file);
/** Whether a difference of this check ('verdict' or 'validator') on this pair is listed with a reason. */
export const isKnown = (check: string, r: { odd: string; file: string }) => known.some((k) => k.check === check && matches(k, r));

/** Pairs whose jing verdict against ours differs from the reference's, unless known. */
export const verdictDifferences = (rows: AgreementRow[]) =>
  rows.filter((r) => r.reference !== r.ours && !isKnown('verdict', r)).map((r) => `${r.odd} ${r.file}: reference ${r.reference}, ours ${r.ours}`);

/** Pairs where our validator's verdict differs from jing's against the same schema, unless known. */
export const validatorDifferences = (rows: AgreementRow[]) =>
  rows.filter((r) => r.validator !== r.ours && !isKnown('validator', r)).map((r) => `${r.odd} ${r.file}: jing ${r.ours}, ours ${r.validator}`);

/** Of the files both schemas find invalid: how many, and the share whose first error is on the same line. */
export function sameFirstLine(rows: AgreementRow[]): { invalid: number; share: number } {
  const invalid = rows.filter((r) => r.reference === 'invalid' && r.ours === 'invalid');
  return { invalid: invalid.length, share: invalid.filter((r) => r.referenceLine === r.oursLine).length / invalid.length };
}
