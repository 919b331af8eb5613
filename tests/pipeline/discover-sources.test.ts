import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
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
});
