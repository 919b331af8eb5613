/**
 * The fixture cases of the text edition (tests/fixtures/text/<case>/): their
 * parameter variants, and rendering one case the way the golden-file test does.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesRoot } from '../helpers/fixtures.js';
import { renderText } from './run-text.js';

interface CaseParameters {
  variants?: Record<string, Record<string, string>>;
  [parameter: string]: unknown;
}

/** The variants of a case: name ('' for a case without variants) and stylesheet parameters. */
export function caseVariants(dir: string): { variant: string; parameters: Record<string, string> }[] {
  const file = path.join(dir, 'params.json');
  const spec: CaseParameters = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CaseParameters) : {};
  const { variants, ...common } = spec;
  const base = common as Record<string, string>;
  if (!variants) return [{ variant: '', parameters: base }];
  return Object.entries(variants).map(([variant, parameters]) => ({ variant, parameters: { ...base, ...parameters } }));
}

/** Renders a fixture case's input with the parameters of one variant. */
export function renderCase(caseName: string, variant = '') {
  const dir = path.join(fixturesRoot, 'text', caseName);
  const found = caseVariants(dir).find((v) => v.variant === variant);
  if (!found) throw new Error(`no variant ${JSON.stringify(variant)} in ${caseName}`);
  return renderText(readFileSync(path.join(dir, 'input.xml'), 'utf8'), found.parameters, path.join(dir, 'input.xml'));
}

