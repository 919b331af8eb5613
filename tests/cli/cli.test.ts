import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createProgram, runCli } from '../../src/cli.js';
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

describe('exit codes, options and errors as people type them', () => {
  const SAMPLE = path.join(fixturesRoot, 'package', 'sample-tei', 'letter.xml');
  const PHASES = path.join(fixturesRoot, 'schematron', 'phases-unknown');

  it('exits 2 for a --schema, --schematron or --catalog file that does not exist, once, before validating', async () => {
    for (const [option, ruleId] of [['--schema', 'usage.missing-schema'], ['--schematron', 'usage.missing-schematron'], ['--catalog', 'usage.missing-catalog']] as const) {
      const r = await run('validate', option, '/no/such/file', SAMPLE);
      expect(r.code, `${option}: ${r.out}${r.err}`).toBe(2);
      expect(r.out.trim().split('\n')).toHaveLength(1);
      expect(r.out).toContain(`"/no/such/file" does not exist; expected a readable file [usage:${ruleId}]`);
      expect(r.err).toMatch(/^0 files, 1 error/);
    }
  });

  it('exits 2 for a Schematron phase the schema does not declare', async () => {
    const r = await run('validate', '--layers', 'wf,sch', '--schematron', path.join(PHASES, 'schema.sch'), '--phase', 'thorough', path.join(PHASES, 'doc.xml'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('phase "thorough" is not declared; expected #ALL or one of "quick", "full" [usage:usage.unknown-phase]');
  });

  it('takes one value per --schematron or --catalog flag: the next word is a path to validate', async () => {
    // Run from the repository, where the default path "tei" exists: a swallowed document would leave the record validated instead.
    const malformed = temp('after-the-option.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>x</TEI>');
    const r = await run('validate', '--layers', 'wf,sch', '--schematron', path.join(PHASES, 'schema.sch'), malformed);
    expect(r.code).toBe(1);
    expect(r.out).toContain('after-the-option.xml:2:5 error end tag');
    expect(r.err).toMatch(/^1 file, 1 error/);
    const twice = await run('validate', '--layers', 'wf,sch', '--schematron', path.join(PHASES, 'schema.sch'), '--schematron', path.join(PHASES, 'schema.sch'), '--phase', 'quick', path.join(PHASES, 'doc.xml'));
    expect(twice.err, twice.out).toMatch(/^1 file, /);
    expect(twice.code).not.toBe(2);
  });

  it('rejects unknown options on every command with exit 2', async () => {
    for (const command of ['validate', 'build', 'watch', 'export', 'import']) {
      const r = await run(command, '--no-such-option', SAMPLE);
      expect(r.code, command).toBe(2);
      expect(r.err).toContain("unknown option '--no-such-option'");
    }
  });

  it('lists the exit codes in the help of the program and of every command', async () => {
    // Every command the program has, so that a new one cannot leave them out.
    const commands = createProgram().commands.map((c) => [c.name()]);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of [[], ...commands]) {
      const r = await run(...command, '--help');
      expect(r.code).toBe(0);
      expect(r.out, command.join(' ')).toMatch(/Exit codes:\n {2}0 {2}clean\n {2}1 {2}.+\n {2}2 {2}usage, I\/O or configuration problem/);
    }
  });

  it('reports an --out that is a file as one line, exit 2, not as an internal error', async () => {
    const file = temp('not-a-folder', 'x');
    const r = await run('build', '--jobs', '1', '--out', file, SAMPLE);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('internal error');
    expect(r.err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/html:0:0 error cannot create the folder .*: a part of the path is a file, not a folder; expected a folder path \\(--out\\) \\(ENOTDIR\\) \\[io:io\\.enotdir\\]$`, 'm'));
  });

  it('reports a port in use for watch --serve as one line, exit 2', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-cli-')), 'site');
      const r = await run('watch', '--serve', '--host', '127.0.0.1', '--port', String(port), '--out', out, SAMPLE);
      expect(r.code).toBe(2);
      expect(r.err).not.toContain('internal error');
      expect(r.err.trim()).toBe(`127.0.0.1:${port}:0:0 error cannot listen on "127.0.0.1:${port}": the port is in use; expected a free port (--port, or --port 0 for any free one) (EADDRINUSE) [io:io.eaddrinuse]`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('builds a single file in its own folder into ./output beside it, with a note; a folder there is still refused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-cli-'));
    writeFileSync(path.join(dir, 'letter.xml'), readFileSync(SAMPLE));
    const r = spawnSync(process.execPath, [BIN, 'build', '--jobs', '1', 'letter.xml'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('output:0:0 info writing to "output" in ".", the folder of letter.xml');
    expect(existsSync(path.join(dir, 'output', 'html', 'letter.html'))).toBe(true);
    const folder = spawnSync(process.execPath, [BIN, 'build', '--jobs', '1', '.'], { cwd: dir, encoding: 'utf8' });
    expect(folder.status).toBe(2);
    expect(folder.stdout).toContain('[usage:usage.output-in-sources]');
  });

  it('starts the summary on its own line after the diagnostics when both streams go to one place', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate no/such/file.xml 2>&1`], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/\[io:io\.not-found\]\n0 files, 1 error, 0 warnings/);
  });
});
