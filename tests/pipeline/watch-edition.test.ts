import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline/build-edition.js';
import { watchEdition } from '../../src/pipeline/watch-edition.js';
import { fixturesRoot } from '../helpers/fixtures.js';

describe('watchEdition', () => {
  it('rebuilds a saved file and reports the diagnostic the edit introduced', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-watch-'));
    const sources = path.join(dir, 'tei');
    cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), sources, { recursive: true });
    const builds: { result: BuildResult; changed: string[] }[] = [];
    let notify: () => void = () => undefined;
    const watch = watchEdition([sources], { outDir: path.join(dir, 'output'), layers: ['wf', 'refs'], debounce: 20 }, (result, changed) => {
      builds.push({ result, changed });
      notify();
    });
    try {
      await watch.ready;
      expect(builds).toHaveLength(1);
      expect(builds[0]!.result.documents.flatMap((d) => d.diagnostics)).toEqual([]);

      const next = new Promise<void>((resolve) => (notify = resolve));
      const file = path.join(sources, 'letter.xml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('who="#anna"', 'who="#ana"'));
      await next;

      const rebuild = builds[1]!;
      expect(rebuild.changed.map((f) => path.basename(f))).toEqual(['letter.xml']);
      const letter = rebuild.result.documents.find((d) => d.file.endsWith(path.join('tei', 'letter.xml')))!;
      expect(letter.cached).toBe(false);
      expect(letter.diagnostics).toEqual([expect.objectContaining({ ruleId: 'refs.dangling-pointer', line: 14 })]);
      // The other document was not rebuilt.
      expect(rebuild.result.documents.filter((d) => !d.cached)).toHaveLength(1);
    } finally {
      await watch.close();
    }
  }, 30_000);

  it('closed during the first build, stops: no watcher is started and nothing is reported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-watch-'));
    const sources = path.join(dir, 'tei');
    cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), sources, { recursive: true });
    const builds: BuildResult[] = [];
    const watch = watchEdition([sources], { outDir: path.join(dir, 'output'), layers: ['wf'], debounce: 20 }, (result) => builds.push(result));
    await watch.close();
    const result = await watch.ready;
    expect(builds).toEqual([]);
    // The build stopped before its collection step.
    expect(result.collection).toBeUndefined();
  }, 30_000);

  it('removes the outputs of a source deleted while watching', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-watch-'));
    const sources = path.join(dir, 'tei');
    const out = path.join(dir, 'output');
    cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), sources, { recursive: true });
    const builds: BuildResult[] = [];
    let notify: () => void = () => undefined;
    const watch = watchEdition([sources], { outDir: out, layers: ['wf'], debounce: 20 }, (result) => {
      builds.push(result);
      notify();
    });
    try {
      await watch.ready;
      expect(existsSync(path.join(out, 'html', 'sub', 'letter.html'))).toBe(true);
      const next = new Promise<void>((resolve) => (notify = resolve));
      rmSync(path.join(sources, 'sub', 'letter.xml'));
      await next;
      expect(builds[1]!.removed).toContain('html/sub/letter.html');
      expect(existsSync(path.join(out, 'html', 'sub'))).toBe(false);
      expect(existsSync(path.join(out, 'html', 'letter.html'))).toBe(true);
    } finally {
      await watch.close();
    }
  }, 30_000);
});
