/**
 * The project's schema (schema/tei-edition.rng, compiled from the ODD
 * schema/tei-edition.odd by `tei-edition odd`) accepts the record and rejects broken
 * copies of it with messages that name the problem and its line; where
 * ../shared and jing are present, it is checked to be a subset of tei_all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadRngSchema, validateRng, type RngSchema } from '../../src/relaxng/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

const PROJECT_RNG = path.join(repoRoot, 'schema', 'tei-edition.rng');
const RECORD = path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');
const record = readFileSync(RECORD, 'utf8');
const hasJing = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
const cacheDir = mkdtempSync(path.join(tmpdir(), 'tei-edition-schema-cache-'));

let schema: RngSchema;
beforeAll(async () => {
  const loaded = await loadRngSchema(PROJECT_RNG, { cacheDir });
  expect(loaded.diagnostics).toEqual([]);
  schema = loaded.schema!;
});

const validate = (text: string) => {
  const { document, diagnostics } = parseXml('copy.xml', text);
  expect(diagnostics).toEqual([]);
  return validateRng(document!, 'copy.xml', schema);
};
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('schema/tei-edition.rng', () => {
  it('accepts the record', () => {
    expect(validate(record)).toEqual([]);
  });

  it('rejects an unknown element, naming it, at its line', () => {
    const copy = record.replace('<head', '<heading/><head');
    const [d] = validate(copy);
    expect(d).toMatchObject({ ruleId: 'rng.element-not-allowed', line: lineOf(copy, '<heading/>') });
    expect(d!.message).toMatch(/element `heading` not allowed/);
  });

  it('rejects said without @who (the project requires a speaker)', () => {
    const at = record.search(/<said [^>]*who="#kim-il-sung"/);
    const copy = record.slice(0, at) + record.slice(at).replace(/ who="#kim-il-sung"/, '');
    const errors = validate(copy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'rng.required-attribute-missing', line: lineOf(copy, copy.slice(at, at + 30)) });
    expect(errors[0]!.message).toMatch(/`who`/);
  });

  it('rejects stamp without @type', () => {
    const copy = record.replace(/(<stamp [^>]*?) type="[^"]*"/, '$1');
    expect(validate(copy).map((d) => d.ruleId)).toEqual(['rng.required-attribute-missing']);
  });

  it('rejects a bad date, quoting the value and the datatype', () => {
    const copy = record.replace('when="1970-06-26"', 'when="1970-13-45"');
    const [d] = validate(copy);
    expect(d).toMatchObject({ ruleId: 'rng.invalid-value', line: lineOf(copy, 'when="1970-13-45"') });
    expect(d!.message).toMatch(/1970-13-45/);
  });
});

describe.skipIf(!hasShared || !hasJing)('schema/tei-edition.rng is a subset of tei_all (jing as oracle)', () => {
  noteSkip('the tei_all subset check');
  if (!hasJing) console.warn('skipped the tei_all subset check: jing is not installed');

  it('every document it accepts here is accepted by tei_all too', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-subset-'));
    const accepted = [RECORD, shared('validation', 'invalid', 'base.xml')].filter((f) => existsSync(f));
    const files = accepted.map((f, i) => {
      const target = path.join(dir, `${i}.xml`);
      writeFileSync(target, readFileSync(f));
      return target;
    });
    expect(spawnSync('jing', [PROJECT_RNG, ...files], { encoding: 'utf8' }).stdout).toBe('');
    expect(spawnSync('jing', [shared('schema', 'tei_all.rng'), ...files], { encoding: 'utf8' }).stdout).toBe('');
  });
});

const P5SUBSET = shared('odd', 'p5subset.xml');

describe.skipIf(!existsSync(P5SUBSET))('schema/tei-edition.rng is compiled from schema/tei-edition.odd', () => {
  if (!existsSync(P5SUBSET)) console.warn('skipped the regeneration of tei-edition.rng: ../shared/odd/p5subset.xml is absent');

  it('is what `tei-edition odd` compiles from schema/tei-edition.odd (regenerate with npm run derive-schema)', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-derive-'));
    const quiet = { out: () => undefined, err: () => undefined };
    const code = await runCli(['node', 'tei-edition', 'odd', path.relative(process.cwd(), path.join(repoRoot, 'schema', 'tei-edition.odd')), '--source', P5SUBSET, '--out', out, '--no-sch'], quiet);
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'tei-edition.sch'))).toBe(false);
    expect(readFileSync(path.join(out, 'tei-edition.rng'), 'utf8')).toBe(readFileSync(PROJECT_RNG, 'utf8'));
  });
});
