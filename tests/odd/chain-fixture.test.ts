/**
 * A customisation of a customisation (tests/fixtures/odd/chain) compiles to
 * what the TEI Stylesheets make of the same chain: our validator gives each
 * sample the same errors (lines and columns) against our RELAX NG as against
 * the oracle's expected/chain_derived.rng. Needs ../shared/odd/p5subset.xml.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load-source.js';
import { compileOdd } from '../../src/odd/compile-odd.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadRngSchema, validateRng, type RngSchema } from '../../src/relaxng/index.js';

const P5 = path.resolve('../shared/odd/p5subset.xml');
const CHAIN = path.resolve('tests/fixtures/odd/chain');
const present = existsSync(P5);
if (!present) console.warn(`${P5} is absent: skipping the ODD chain fixture`);

describe.skipIf(!present)('ODD chain fixture against the oracle', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'odd-chain-'));
  let ours: RngSchema;
  let oracle: RngSchema;
  beforeAll(async () => {
    const compiled = await compileOdd(path.join(CHAIN, 'derived.odd'), { source: P5 });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    writeFileSync(path.join(tmp, 'chain_derived.rng'), compiled.rng!);
    ours = (await loadRngSchema(path.join(tmp, 'chain_derived.rng'), { cacheDir: tmp })).schema!;
    oracle = (await loadRngSchema(path.join(CHAIN, 'expected/chain_derived.rng'), { cacheDir: tmp })).schema!;
  });

  const samples = readdirSync(path.join(CHAIN, 'samples')).filter((f) => f.endsWith('.xml')).sort();
  it.each(samples)('%s: same errors as the oracle schema', async (name) => {
    const source = (await loadSource(path.join(CHAIN, 'samples', name))).source!;
    const document = parseXml(name, source.text).document!;
    const where = (schema: RngSchema) => validateRng(document, name, schema).map((d) => `${d.line}:${d.column}`);
    const expected = where(oracle);
    expect(where(ours)).toEqual(expected);
    expect(expected.length > 0).toBe(name !== 'valid.xml' && name !== 'rend-kept.xml');
  });
});
