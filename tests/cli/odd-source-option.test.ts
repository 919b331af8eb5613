/**
 * `validate --source` and the configuration's `oddSource`: the TEI source an
 * ODD named as a schema is compiled against when its schemaSpec names none.
 * The fixture ODD has no @source; the miniature p5 source lacks nothing the
 * document uses except `hi`, which the ODD leaves out, so an error on `hi` shows
 * the ODD was compiled against the source given.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const MINI = path.relative(process.cwd(), path.resolve('tests/fixtures/odd/mini'));
const ODD = path.join(MINI, 'unsourced.odd');
const DOC = path.join(MINI, 'unsourced-doc.xml');
const P5 = path.join(MINI, 'p5mini.xml');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const validate = (...args: string[]) => run('validate', DOC, '--odd', ODD, '--layers', 'wf,rng', '--cache-dir', mkdtempSync(path.join(tmpdir(), 'odd-source-cache-')), ...args);

describe('validate --source', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TEI_EDITION_P5SUBSET;
    delete process.env.TEI_EDITION_P5SUBSET;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TEI_EDITION_P5SUBSET;
    else process.env.TEI_EDITION_P5SUBSET = saved;
  });

  it('compiles an ODD without @source against the source given', async () => {
    const r = await validate('--source', P5);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/unsourced-doc\.xml:2:\d+ error element `hi` not allowed/);
    expect(r.out).not.toContain('odd.no-source');
  });

  it('without --source, oddSource or $TEI_EDITION_P5SUBSET, says the ODD has no source', async () => {
    const r = await validate();
    expect(r.code).toBe(1);
    expect(r.out).toContain('the schemaSpec names no @source and no --source was given');
    expect(r.out).toContain('[rng:odd.no-source]');
  });

  it('takes the source from the environment when no option names one, and the option wins over it', async () => {
    process.env.TEI_EDITION_P5SUBSET = P5;
    expect((await validate()).out).toContain('element `hi` not allowed');
    process.env.TEI_EDITION_P5SUBSET = path.join(MINI, 'no-such-p5subset.xml');
    const r = await validate('--source', P5);
    expect(r.out).toContain('element `hi` not allowed');
    expect(r.out).not.toContain('no-such-p5subset');
  });

  it('reads oddSource from the configuration, relative to the configuration file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'odd-source-config-'));
    const config = path.join(dir, 'tei-edition.config.json');
    writeFileSync(config, JSON.stringify({ oddSource: path.relative(dir, path.resolve(P5)) }));
    const r = await validate('--config', config);
    expect(r.code).toBe(1);
    expect(r.out).toContain('element `hi` not allowed');
  });

  it('exits 2, once and before validating, when the source given does not exist', async () => {
    const r = await validate('--source', 'no/such/p5subset.xml');
    expect(r.code).toBe(2);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toContain('TEI source for ODDs "no/such/p5subset.xml" does not exist; expected a readable file [usage:usage.missing-odd-source]');
  });

  it('refuses a URL source without --allow-network, saying so', async () => {
    const r = await validate('--source', 'https://example.org/p5subset.xml');
    expect(r.code).toBe(1);
    expect(r.out).toContain('--source "https://example.org/p5subset.xml" is a URL and network access is off');
  });
});
