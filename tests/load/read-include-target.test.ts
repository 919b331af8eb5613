import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { isInsideFolder, readIncludeTarget } from '../../src/load/read-include-target.js';
import { watchEdition } from '../../src/pipeline/watch-edition.js';
import type { BuildResult } from '../../src/pipeline/build-edition.js';

const SECRET = 'SECRET-CONTENT-OUTSIDE';

describe('isInsideFolder', () => {
  it('compares by path segments, not by string prefix', () => {
    expect(isInsideFolder('/a/b/c.xml', '/a/b')).toBe(true);
    expect(isInsideFolder('/a/b', '/a/b')).toBe(true);
    expect(isInsideFolder('/a/bc/d.xml', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/b/../c.xml', '/a/b')).toBe(false);
    expect(isInsideFolder('/a/b/..c.xml', '/a/b')).toBe(true);
  });
});

describe('readIncludeTarget', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'include-target-'));
    mkdirSync(path.join(dir, 'root'));
    writeFileSync(path.join(dir, 'root', 'part.xml'), '<p>part</p>');
    writeFileSync(path.join(dir, 'root-sibling.xml'), '<p>sibling</p>');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a regular file inside a root, named by the path written', async () => {
    const target = path.join(dir, 'root', 'part.xml');
    const { source, refusal } = await readIncludeTarget(target, 'part.xml', { roots: [path.join(dir, 'root')], maxBytes: 100 });
    expect(refusal).toBeUndefined();
    expect(source).toMatchObject({ file: 'part.xml', path: target, text: '<p>part</p>' });
  });

  it('refuses a sibling whose name merely starts like the root', async () => {
    const { refusal } = await readIncludeTarget(path.join(dir, 'root-sibling.xml'), 'x', { roots: [path.join(dir, 'root')], maxBytes: 100 });
    expect(refusal?.ruleId).toBe('xinclude.outside-root');
  });

  it('refuses a folder, and reports a missing file inside the root as missing', async () => {
    mkdirSync(path.join(dir, 'root', 'sub'));
    const rules = { roots: [path.join(dir, 'root')], maxBytes: 100 };
    expect((await readIncludeTarget(path.join(dir, 'root', 'sub'), 'sub', rules)).refusal).toMatchObject({ ruleId: 'xinclude.not-a-file', reason: 'it is a folder; expected a regular file' });
    expect((await readIncludeTarget(path.join(dir, 'root', 'none.xml'), 'none.xml', rules)).refusal?.ruleId).toBe('xinclude.missing-target');
    expect((await readIncludeTarget(path.join(dir, 'none.xml'), 'none.xml', rules)).refusal?.ruleId).toBe('xinclude.outside-root');
  });
});

/** Every file below `dir` with its size and modification time, to compare before and after a run. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const info = statSync(full);
    out[path.relative(dir, full)] = entry.isDirectory() ? 'dir' : `${info.size}:${info.mtimeMs}`;
  }
  return out;
}

/** Every output file's text, joined (nothing when the folder was not made). */
const allOutput = (dir: string) =>
  (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n') : '');

describe('every command refuses an XInclude outside the sources', () => {
  let dir: string;
  let log: string;
  const printer = { out: (t: string) => (log += t), err: (t: string) => (log += t) };
  const cli = (...args: string[]) => runCli(['node', 'tei-edition', ...args], printer);

  beforeEach(() => {
    log = '';
    dir = mkdtempSync(path.join(tmpdir(), 'xinclude-commands-'));
    mkdirSync(path.join(dir, 'project', 'tei'), { recursive: true });
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'secret.txt'), SECRET);
    writeFileSync(
      path.join(dir, 'project', 'tei', 'doc.xml'),
      `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
  <teiHeader><fileDesc><titleStmt><title>Doc</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
  <text><body><p><xi:include href="../../outside/secret.txt" parse="text"/></p></body></text>
</TEI>
`,
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const refusal = /doc\.xml:3:18 error xi:include href "\.\.\/\.\.\/outside\/secret\.txt" is refused: it lies outside the folders XIncludes may read; expected a file inside ".*project\/tei".* \[wf:xinclude\.outside-root\]/;

  it('validate: exit 1 with the reason', async () => {
    expect(await cli('validate', '--layers', 'wf', path.join(dir, 'project', 'tei'))).toBe(1);
    expect(log).toMatch(refusal);
  });

  it('build and export: exit 1, nothing of the file published, nothing written outside --out', async () => {
    const before = snapshot(dir);
    const out = path.join(dir, 'out');
    expect(await cli('build', '--layers', 'wf', '--jobs', '1', '--out', out, path.join(dir, 'project', 'tei'))).toBe(1);
    expect(log).toMatch(refusal);
    const exported = path.join(dir, 'exported');
    log = '';
    expect(await cli('export', '--layers', 'wf', '--out', exported, path.join(dir, 'project', 'tei'))).toBe(1);
    expect(log).toMatch(refusal);
    expect(allOutput(out)).not.toContain(SECRET);
    expect(allOutput(exported)).not.toContain(SECRET);
    const after = snapshot(dir);
    expect(Object.keys(after).filter((f) => !(f in before) && !f.startsWith('out') && !f.startsWith('exported'))).toEqual([]);
  });

  it('watch: the first build reports the refusal', async () => {
    const builds: BuildResult[] = [];
    const watch = watchEdition([path.join(dir, 'project', 'tei')], { outDir: path.join(dir, 'out'), layers: ['wf'], jobs: 1 }, (result) => builds.push(result));
    try {
      await watch.ready;
    } finally {
      await watch.close();
    }
    expect(builds[0]!.documents.flatMap((d) => d.diagnostics).map((d) => d.ruleId)).toContain('xinclude.outside-root');
    expect(allOutput(path.join(dir, 'out'))).not.toContain(SECRET);
  }, 30_000);

  it('reads folders listed under "xinclude.allow", relative to the configuration', async () => {
    const config = path.join(dir, 'project', 'tei-edition.config.json');
    writeFileSync(config, JSON.stringify({ xinclude: { allow: ['../outside'] } }));
    expect(await cli('validate', '--layers', 'wf', '--config', config, path.join(dir, 'project', 'tei'))).toBe(0);
    const out = path.join(dir, 'out');
    expect(await cli('build', '--layers', 'wf', '--jobs', '1', '--config', config, '--out', out, path.join(dir, 'project', 'tei'))).toBe(0);
    expect(readFileSync(path.join(out, 'text', 'doc.txt'), 'utf8')).toContain(SECRET);
  });

  it('applies "xinclude.maxBytes" from the configuration', async () => {
    const config = path.join(dir, 'project', 'tei-edition.config.json');
    writeFileSync(config, JSON.stringify({ xinclude: { allow: ['../outside'], maxBytes: 10 } }));
    expect(await cli('validate', '--layers', 'wf', '--config', config, path.join(dir, 'project', 'tei'))).toBe(1);
    expect(log).toMatch(/is refused: it holds 22 bytes, more than the 10 bytes an XInclude may read.*\[wf:xinclude\.too-large\]/);
  });

  it('follows no symbolic link out of the project', async () => {
    symlinkSync(path.join(dir, 'outside'), path.join(dir, 'project', 'tei', 'linked'));
    writeFileSync(path.join(dir, 'project', 'tei', 'doc.xml'), readFileSync(path.join(dir, 'project', 'tei', 'doc.xml'), 'utf8').replace('../../outside/', 'linked/'));
    expect(await cli('validate', '--layers', 'wf', path.join(dir, 'project', 'tei'))).toBe(1);
    expect(log).toContain('through a symbolic link');
  });
});
