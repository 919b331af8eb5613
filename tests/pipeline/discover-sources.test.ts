import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverSources } from '../../src/pipeline/discover-sources.js';

function tree() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-discover-'));
  mkdirSync(path.join(dir, 'tei', 'b'), { recursive: true });
  for (const f of ['tei/a.xml', 'tei/b/c.xml', 'tei/b/notes.txt', 'other/a.xml']) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), '<a/>');
  }
  return dir;
}

describe('discoverSources', () => {
  it('finds XML files in a folder, named by their path below it', async () => {
    const cwd = tree();
    const { sources, diagnostics } = await discoverSources(['tei'], cwd);
    expect(diagnostics).toEqual([]);
    expect(sources.map((s) => [s.file, s.name])).toEqual([
      [path.join('tei', 'a.xml'), 'a'],
      [path.join('tei', 'b', 'c.xml'), 'b/c'],
    ]);
  });

  it('expands glob patterns relative to the folder before the wildcard', async () => {
    const cwd = tree();
    const { sources } = await discoverSources(['tei/**/*.xml'], cwd);
    expect(sources.map((s) => s.name)).toEqual(['a', 'b/c']);
  });

  it('reports two files that would write the same output', async () => {
    const cwd = tree();
    const { diagnostics } = await discoverSources(['tei/a.xml', 'other/a.xml'], cwd);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['usage.output-collision']);
  });

  it('reports missing paths and patterns that match nothing', async () => {
    const cwd = tree();
    const { diagnostics } = await discoverSources(['missing.xml', 'tei/*.tei'], cwd);
    expect(diagnostics.map((d) => [d.ruleId, d.file])).toEqual([
      ['io.not-found', 'missing.xml'],
      ['io.no-match', 'tei/*.tei'],
    ]);
  });

  describe('symbolic links', () => {
    /** tei/ with links: to its parent, to the root of the disk, back to itself, to a file inside, to a folder outside. */
    function linked() {
      const cwd = tree();
      mkdirSync(path.join(cwd, 'elsewhere'));
      writeFileSync(path.join(cwd, 'elsewhere', 'e.xml'), '<a/>');
      symlinkSync('..', path.join(cwd, 'tei', 'up'));
      symlinkSync('/', path.join(cwd, 'tei', 'disk'));
      symlinkSync('..', path.join(cwd, 'tei', 'b', 'loop'));
      symlinkSync('../a.xml', path.join(cwd, 'tei', 'b', 'same-as-a.xml'));
      symlinkSync(path.join(cwd, 'elsewhere'), path.join(cwd, 'tei', 'ext'));
      return cwd;
    }

    it('does not follow links out of the folder, finds nothing twice, and reports loops', async () => {
      const cwd = linked();
      const { sources, diagnostics } = await discoverSources(['tei'], cwd);
      expect(sources.map((s) => s.name)).toEqual(['a', 'b/c']);
      expect(diagnostics.map((d) => [d.ruleId, d.file])).toEqual([
        ['io.link-loop', path.join('tei', 'b', 'loop')],
        ['io.link-outside', path.join('tei', 'disk')],
        ['io.link-outside', path.join('tei', 'ext')],
        ['io.link-outside', path.join('tei', 'up')],
      ]);
      expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    });

    it('follows links out of the folder when asked, still detecting loops and duplicates', async () => {
      const cwd = tree();
      mkdirSync(path.join(cwd, 'elsewhere'));
      writeFileSync(path.join(cwd, 'elsewhere', 'e.xml'), '<a/>');
      symlinkSync(path.join(cwd, 'elsewhere'), path.join(cwd, 'tei', 'ext'));
      symlinkSync(path.join(cwd, 'elsewhere'), path.join(cwd, 'tei', 'ext2'));
      symlinkSync(path.join(cwd, 'tei'), path.join(cwd, 'elsewhere', 'back'));
      const { sources, diagnostics } = await discoverSources(['tei'], cwd, { followSymlinks: true });
      expect(sources.map((s) => s.name)).toEqual(['a', 'b/c', 'ext/e']);
      // elsewhere/back leads to tei/, which is being walked; ext2 is the folder ext already walked.
      expect(diagnostics.map((d) => [d.ruleId, d.file])).toEqual([['io.link-loop', path.join('tei', 'ext', 'back')]]);
    });

    it('de-duplicates a file named twice, whatever the path', async () => {
      const cwd = tree();
      symlinkSync(path.join(cwd, 'tei'), path.join(cwd, 'alias'));
      const { sources, diagnostics } = await discoverSources(['tei', 'alias/a.xml', 'tei/../tei/a.xml'], cwd);
      expect(sources.map((s) => s.file)).toEqual([path.join('tei', 'a.xml'), path.join('tei', 'b', 'c.xml')]);
      expect(diagnostics).toEqual([]);
    });
  });
});
