/**
 * `tei-edition odd`: writes DIR/IDENT.rng and DIR/IDENT.sch for a good ODD
 * (exit 0), and file:line:col errors with exit 1 for a bad one, writing
 * nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const MINI = path.resolve('tests/fixtures/odd/mini');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('tei-edition odd', () => {
  it('writes the RELAX NG and the Schematron named after the schemaSpec', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-odd-'));
    const r = await run('odd', path.join(MINI, 'custom.odd'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`wrote ${path.join(out, 'mini_custom.rng')}`);
    expect(readFileSync(path.join(out, 'mini_custom.rng'), 'utf8')).toContain('<grammar xmlns="http://relaxng.org/ns/structure/1.0"');
    expect(readFileSync(path.join(out, 'mini_custom.sch'), 'utf8')).toContain('a note says something');
  });

  it('with --no-sch writes only the RELAX NG, leaving a Schematron file of the same name alone', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-odd-'));
    writeFileSync(path.join(out, 'mini_custom.sch'), 'hand-written rules');
    const r = await run('odd', path.join(MINI, 'custom.odd'), '--out', out, '--no-sch');
    expect(r.code).toBe(0);
    expect(r.err).toContain(`wrote ${path.join(out, 'mini_custom.rng')}\n`);
    expect(readFileSync(path.join(out, 'mini_custom.rng'), 'utf8')).toContain('a note says something');
    expect(readFileSync(path.join(out, 'mini_custom.sch'), 'utf8')).toBe('hand-written rules');
  });

  it('reports errors in the ODD with file:line:col, exits 1 and writes nothing', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-odd-'));
    const odd = path.relative(process.cwd(), path.join(MINI, 'errors.odd'));
    const r = await run('odd', odd, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${odd}:7:7 error moduleRef key "figures" names no module of the source`);
    expect(r.out).toContain('[rng:odd.unknown-module]');
    expect(existsSync(path.join(out, 'mini_errors.rng'))).toBe(false);
  });

  it('exits 2 when the ODD cannot be read', async () => {
    const r = await run('odd', 'no/such.odd');
    expect(r.code).toBe(2);
    expect(r.out).toContain('cannot read "no/such.odd"');
  });
});
