import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

const RECORD = path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');
const BIN = path.join(repoRoot, 'bin', 'tei-edition.js');

/** Runs the CLI in process and captures what it prints. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Runs the installed command in a child process, as a user would. */
function spawn(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const temp = (name: string, text: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-cli-')), name);
  writeFileSync(file, text);
  return file;
};

describe('tei-edition CLI', () => {
  it('prints help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: tei-edition');
    expect(r.out).toMatch(/build.*\n.*validate|validate/s);
  });

  it('exits 2 on a usage error, without a stack trace', async () => {
    const r = await run('validate', '--layers', 'wf,xyz');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown layer "xyz"');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when a named file does not exist', async () => {
    const r = await run('validate', 'no/such/file.xml');
    expect(r.code).toBe(2);
    expect(r.out).toContain('no/such/file.xml:0:0 error "no/such/file.xml" does not exist');
  });

  it('exits 0 on a clean file and 1 on a file with errors', async () => {
    expect((await run('validate', '--layers', 'wf,refs', path.join(fixturesRoot, 'validate/refs/clean/input.xml'))).code).toBe(0);
    const bad = await run('validate', '--layers', 'wf,refs', path.join(fixturesRoot, 'validate/refs/dangling-who/input.xml'));
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/dangling-who\/input\.xml:5:24 error @who value "#kim-il-sun"/);
    expect(bad.err).toMatch(/^1 file, 1 error, 0 warnings \(\d+\.\d\d s\)\n$/);
  });

  it('prints diagnostics as a JSON array with --format json', async () => {
    const r = await run('validate', '--format', 'json', '--layers', 'wf,refs', path.join(fixturesRoot, 'validate/refs/duplicate-id/input.xml'));
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { ruleId: string; line: number }[];
    expect(parsed.map((d) => [d.ruleId, d.line])).toEqual([['refs.duplicate-id', 4]]);
  });

  it('prints JSON that matches the documented schema (schema/diagnostics.schema.json)', async () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'diagnostics.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const r = await run('validate', '--format', 'json', '--layers', 'wf,refs', path.join(fixturesRoot, 'validate/refs'));
    const output = JSON.parse(r.out) as unknown[];
    expect(output.length).toBeGreaterThan(3);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reports only new problems with --baseline, and fails on --max-warnings', async () => {
    const dir = path.join(fixturesRoot, 'validate/refs');
    const first = await run('validate', '--format', 'json', '--layers', 'wf,refs', dir);
    const baseline = temp('baseline.json', first.out);
    const again = await run('validate', '--layers', 'wf,refs', '--baseline', baseline, dir);
    expect(again.code).toBe(0);
    expect(again.out).toBe('');
    expect(again.err).toMatch(/0 errors, 0 warnings, \d+ in the baseline/);
    const warned = await run('validate', '--layers', 'wf,refs', '--max-warnings', '0', path.join(dir, 'prefix-definitions/input.xml'));
    expect(warned.code).toBe(1);
    expect(warned.err).toContain('more than 0 warnings (--max-warnings)');
    expect((await run('validate', '--baseline', '/no/such/baseline.json', dir)).code).toBe(2);
  });

  it('writes SARIF with --format sarif', async () => {
    const r = await run('validate', '--format', 'sarif', '--layers', 'wf,refs', path.join(fixturesRoot, 'validate/refs/duplicate-id/input.xml'));
    const log = JSON.parse(r.out) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(['refs.duplicate-id']);
  });

  it('runs as an installed command (bin/tei-edition.js) with the same exit codes', () => {
    expect(existsSync(BIN)).toBe(true);
    const help = spawn('--help');
    expect(help.code).toBe(0);
    const malformed = spawn('validate', temp('m.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>x</TEI>'));
    expect(malformed.code).toBe(1);
    expect(malformed.out).toMatch(/m\.xml:2:5 error end tag "<\/TEI>" does not match the open element "<p>"/);
  });
});

describe.skipIf(!existsSync(RECORD))('tei-edition CLI on broken copies of the record', () => {
  const record = existsSync(RECORD) ? readFileSync(RECORD, 'utf8') : '';

  it('reports a malformed copy at file:line:col and exits 1, with no stack trace', () => {
    // Drop the first closing </p>: the next end tag no longer matches.
    const at = record.indexOf('</p>');
    const broken = temp('record-malformed.xml', record.slice(0, at) + record.slice(at + 4));
    const line = record.slice(0, at).split('\n').length;
    const r = spawn('validate', '--layers', 'wf,refs', broken);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`record-malformed\\.xml:\\d+:\\d+ error end tag .* does not match the open element "<p>" \\(opened at ${line - 1 >= 1 ? '\\d+' : ''}`));
    expect(r.out + r.err).not.toMatch(/\n\s+at .*\.js/);
  });

  it('reports a dangling @who at file:line:col and exits 1', () => {
    // The first @who inside a <said> start tag (the header's prose may mention who="#…" as text).
    const match = /<said\b[^>]*?\swho="#/.exec(record);
    expect(match).not.toBeNull();
    const at = match!.index + match![0].length - 'who="#'.length;
    const broken = temp('record-dangling.xml', record.slice(0, at) + 'who="#nobody-here" data-x="' + record.slice(at + 5));
    const line = record.slice(0, at).split('\n').length;
    const r = spawn('validate', '--layers', 'wf,refs', broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`record-dangling.xml:${line}:`);
    expect(r.out).toMatch(/error @who value "#nobody-here" on <[a-z]+> points to nothing/);
  });
});

describe('compiled output', () => {
  it('is what npm test built (dist/ exists)', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'cli.js'))).toBe(true);
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
