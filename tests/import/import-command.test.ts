/**
 * `tei-edition import` as a user runs it: drafts and reports written to the
 * output folder, exit codes 0/1/2, no overwriting without --force, standard
 * input, and the help that documents the default folder.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { DEFAULT_DRAFTS_DIR, importFiles } from '../../src/import/import-files.js';
import { fixturesRoot } from '../helpers/fixtures.js';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-import-cli-'));
const fixture = (name: string) => path.join(fixturesRoot, 'import', name, 'input.txt');

describe('tei-edition import', () => {
  it('writes a valid draft and its report, prints a summary, and exits 0', async () => {
    const out = temp();
    const r = await run('import', fixture('sic-mark'), fixture('stamps'), '--out', out);
    expect(r.code).toBe(0);
    for (const name of ['input', 'input-2']) {
      expect(readFileSync(path.join(out, `${name}.xml`), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<\?xml-model href="[^"]*schema\/tei-edition.rng"/);
      const report = JSON.parse(readFileSync(path.join(out, `${name}.import.json`), 'utf8'));
      expect(report.draft).toBe(path.join(out, `${name}.xml`));
      expect(report.decisions.length).toBeGreaterThan(0);
      expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    }
    expect(r.err).toMatch(/sic-mark\/input\.txt: 2 bracket marks.* -> .*input\.xml, valid/);
    expect(r.err).toMatch(/2 files, 0 errors/);
  });

  it('never overwrites an existing draft without --force (exit 2), and does with it', async () => {
    const out = temp();
    expect((await run('import', fixture('dates'), '--out', out)).code).toBe(0);
    const draft = path.join(out, 'input.xml');
    writeFileSync(draft, 'edited by hand');
    const again = await run('import', fixture('dates'), '--out', out);
    expect(again.code).toBe(2);
    expect(again.out).toMatch(/input\.xml" exists; expected a new file \(use --force to overwrite it/);
    expect(readFileSync(draft, 'utf8')).toBe('edited by hand');
    const forced = await run('import', fixture('dates'), '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(draft, 'utf8')).toContain('<date when="1970-06-10"');
  });

  it('exits 1 when a record cannot be imported, and writes nothing for it', async () => {
    const out = temp();
    const binary = path.join(temp(), 'scan.txt');
    writeFileSync(binary, Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256));
    const r = await run('import', binary, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/looks binary.*\[import:import\.binary-input\]/);
    expect(existsSync(path.join(out, 'scan.xml'))).toBe(false);
  });

  it('exits 2 for a missing input or an unreadable names file', async () => {
    const out = temp();
    const missing = await run('import', path.join(out, 'nowhere.txt'), '--out', out);
    expect(missing.code).toBe(2);
    expect(missing.out).toMatch(/cannot read ".*nowhere\.txt": no such file/);
    const names = await run('import', fixture('dates'), '--out', out, '--names', path.join(out, 'names.tsv'));
    expect(names.code).toBe(2);
    expect(names.out).toMatch(/cannot read the names file/);
  });

  it('uses a names file', async () => {
    const out = temp();
    const names = path.join(out, 'names.tsv');
    writeFileSync(names, 'form\ttype\tid\tauthority\nPavel Ostrowski\tperson\tostrowski\t\n');
    expect((await run('import', fixture('sic-mark'), '--out', out, '--names', names)).code).toBe(0);
    const xml = readFileSync(path.join(out, 'input.xml'), 'utf8');
    expect(xml).toContain('<persName ref="#ostrowski" resp="#importer" cert="high"><sic resp="#translator #importer">Pavel Ostrowski</sic></persName>');
    expect(xml).toContain('<person xml:id="ostrowski" role="speaker">');
  });

  it('reads standard input as "-"', async () => {
    const out = temp();
    const result = await importFiles(['-'], { outDir: out, stdin: async () => new TextEncoder().encode('Note\n\nThe consul [sic] left.'), today: '2026-01-01' });
    expect(result.files.map((f) => f.draft)).toEqual([path.join(out, 'record.xml')]);
    expect(readFileSync(path.join(out, 'record.xml'), 'utf8')).toContain('<sic resp="#translator #importer">consul</sic>');
  });

  it('documents the default folder and the exit codes in --help', async () => {
    const r = await run('import', '--help');
    expect(r.code).toBe(0);
    expect(DEFAULT_DRAFTS_DIR).toBe('drafts');
    expect(r.out).toContain('(default: "drafts")');
    expect(r.out).toMatch(/Exit codes:\n {2}0 {2}clean\n {2}1 {2}a draft has validation errors, or a record could not be imported\n {2}2 {2}usage, I\/O or configuration problem/);
  });
});
