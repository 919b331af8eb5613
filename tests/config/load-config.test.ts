import { cpSync, mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';
import { fixturesRoot } from '../helpers/fixtures.js';

const write = (dir: string, config: unknown) => {
  const file = path.join(dir, 'tei-edition.config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
};

describe('loadConfig', () => {
  it('resolves paths relative to the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-'));
    const { config, diagnostics } = loadConfig(write(dir, { sources: ['letters'], out: 'site', schemas: [{ folder: 'letters/frus', rng: 'schemas/frus.rng' }], textWidth: 60, stylesheets: { html: 'xslt/my-html.xsl' } }));
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({ sources: [path.join(dir, 'letters')], out: path.join(dir, 'site'), schemas: [{ folder: path.join(dir, 'letters/frus'), rng: path.join(dir, 'schemas/frus.rng') }], textWidth: 60, stylesheets: { html: path.join(dir, 'xslt/my-html.xsl') } });
    expect(config!.stylesheets).not.toHaveProperty('text');
  });

  it("makes the project's own folders (where the project schema and house rules apply to sources that declare no schema) the configuration's tei/ unless it names others", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-'));
    expect(loadConfig(write(dir, {})).config!.projectSchemaFolders).toEqual([path.join(dir, 'tei')]);
    expect(loadConfig(write(dir, { projectSchemaFolders: ['edition', 'drafts/ours'] })).config!.projectSchemaFolders).toEqual([path.join(dir, 'edition'), path.join(dir, 'drafts/ours')]);
    expect(loadConfig(write(dir, { projectSchemaFolders: [] })).config!.projectSchemaFolders).toEqual([]);
    expect(loadConfig(write(dir, { projectSchemaFolders: 'tei' })).diagnostics[0]!.message).toContain('"/projectSchemaFolders" must be array');
  });

  it('applies the project schema and house rules to a source that declares none only in the folders the configuration names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-defaults-'));
    const letter = readFileSync(path.join(fixturesRoot, 'validate', 'defaults', 'letter', 'letter.xml'));
    for (const folder of ['tei', 'letters']) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, 'letter.xml'), letter);
    }
    const validate = async (config: object) => {
      let out = '';
      const code = await runCli(['node', 'tei-edition', 'validate', '--config', write(dir, config), '--cache-dir', mkdtempSync(path.join(tmpdir(), 'tei-edition-cache-')), dir], { out: (t) => (out += t), err: (t) => (out += t) });
      return { code, houseRulesIn: [...new Set([...out.matchAll(/(\w+)[\\/]letter\.xml:\d+:\d+ \w+ .*\[sch:te-/g)].map((m) => m[1]))] };
    };
    expect(await validate({})).toEqual({ code: 1, houseRulesIn: ['tei'] });
    expect(await validate({ projectSchemaFolders: ['letters'] })).toEqual({ code: 1, houseRulesIn: ['letters'] });
    expect(await validate({ projectSchemaFolders: [] })).toEqual({ code: 0, houseRulesIn: [] });
  });

  it('names the offending key and the expectation', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-'));
    const { config, diagnostics } = loadConfig(write(dir, { sources: 'tei', layers: ['wf', 'xyz'], colour: 'red' }));
    expect(config).toBeUndefined();
    const messages = diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('"/sources" must be array');
    expect(messages).toMatch(/"\/layers\/1" must be equal to one of the allowed values \(expected one of wf, rng, sch, refs\)/);
    expect(messages).toContain('must NOT have additional properties (found "colour")');
  });

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-'));
    writeFileSync(path.join(dir, 'c.json'), '{');
    expect(loadConfig(path.join(dir, 'c.json')).diagnostics[0]!.message).toMatch(/is not valid JSON/);
  });
});

describe('tei-edition build --config', () => {
  it('takes sources, output folder and text width from the configuration; the command line wins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-build-'));
    cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), path.join(dir, 'letters'), { recursive: true });
    const file = write(dir, { sources: ['letters'], out: 'site', textWidth: 20, layers: ['wf', 'refs'] });
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runCli(['node', 'tei-edition', 'build', '--config', file], quiet)).toBe(0);
    const text = readFileSync(path.join(dir, 'site', 'text', 'letter.txt'), 'utf8');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(20);
    const other = path.join(dir, 'other');
    mkdirSync(other);
    expect(await runCli(['node', 'tei-edition', 'build', '--config', file, '--out', other], quiet)).toBe(0);
    expect(existsSync(path.join(other, 'html', 'letter.html'))).toBe(true);
  });

  it('lets validate run under a configuration that also sets the build (output folder, width, workers, XInclude folders, stylesheets)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-validate-'));
    mkdirSync(path.join(dir, 'tei'));
    writeFileSync(path.join(dir, 'tei', 'letter.xml'), readFileSync(path.join(fixturesRoot, 'package', 'sample-tei', 'letter.xml')));
    const file = write(dir, { sources: ['tei'], out: 'site', textWidth: 70, jobs: 1, baseUrl: 'https://example.org/', xinclude: { allow: ['shared'], maxBytes: 1000000 }, stylesheets: { html: 'xslt/my-html.xsl', text: 'xslt/my-text.xsl' } });
    let out = '';
    const code = await runCli(['node', 'tei-edition', 'validate', '--config', file, '--layers', 'wf,refs'], { out: (t) => (out += t), err: (t) => (out += t) });
    expect(out).not.toContain('internal error');
    expect(code).toBe(0);
  });

  it('exits 2 on a bad configuration', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-config-bad-'));
    let out = '';
    const code = await runCli(['node', 'tei-edition', 'validate', '--config', write(dir, { jobs: 0 })], { out: (t) => (out += t), err: () => undefined });
    expect(code).toBe(2);
    expect(out).toMatch(/"\/jobs" must be >= 1 \[usage:usage\.config\]/);
  });
});
