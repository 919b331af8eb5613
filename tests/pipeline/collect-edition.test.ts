import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { collectEdition } from '../../src/pipeline/collect-edition.js';
import { fixturesRoot } from '../helpers/fixtures.js';

const letters = path.join(fixturesRoot, 'collection', 'letters', 'tei');

/** Every file below `dir`, relative, except the machine's own build state (its cache and the shards' parts). */
const publishedFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== '.tei-edition-cache.json' && !f.startsWith('.tei-edition-parts/'))
    .sort();

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-collect-'));
  cpSync(letters, path.join(dir, 'tei'), { recursive: true });
  return { dir, sources: path.join(dir, 'tei') };
}

describe('collectEdition', () => {
  it('merges 3 shards built apart into the output of a one-machine build, byte for byte', async () => {
    const { dir, sources } = workspace();
    const whole = path.join(dir, 'whole');
    const one = await buildEdition([sources], { outDir: whole, jobs: 1 });
    expect(one.general).toEqual([]);

    // Three "machines", each with its own output folder, then copied into one.
    const merged = path.join(dir, 'merged');
    const built: string[][] = [];
    for (let index = 1; index <= 3; index++) {
      const out = path.join(dir, `machine-${index}`);
      const result = await buildEdition([sources], { outDir: out, jobs: 1, shard: { index, count: 3 } });
      expect(result.general).toEqual([]);
      expect(result.collection).toBeUndefined();
      expect(result.part).toBe(`.tei-edition-parts/shard-${index}-of-3.json`);
      built.push(result.documents.map((d) => d.file));
      // A shard writes no collection pages.
      expect(['index.html', 'search/meta.js'].filter((f) => existsSync(path.join(out, 'html', f)))).toEqual([]);
      cpSync(out, merged, { recursive: true });
    }
    // Every document in exactly one shard.
    expect(built.flat().sort()).toEqual(one.documents.map((d) => d.file).sort());
    // Which shard a source falls to depends on its path relative to the working folder, here a random
    // temporary one: with few documents all may fall to one shard (tests/pipeline/select-shard.test.ts tests the spread).

    const collected = await collectEdition({ outDir: merged });
    expect(collected.diagnostics).toEqual([]);
    expect(collected.shards).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(collected.collection?.outputs).toContain('html/index.html');

    const files = publishedFiles(whole);
    expect(files).toContain('html/search/meta.js');
    expect(publishedFiles(merged)).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(merged, f)).equals(readFileSync(path.join(whole, f))), f).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes the pages with the title and page size the shards were built with, and refuses shards built with different ones', async () => {
    const { dir, sources } = workspace();
    const settings = { collectionTitle: 'Letters of the legation', collectionPageSize: 1 };
    const whole = path.join(dir, 'whole');
    await buildEdition([sources], { outDir: whole, jobs: 1, ...settings });
    const merged = path.join(dir, 'merged');
    for (let index = 1; index <= 2; index++) {
      const out = path.join(dir, `machine-${index}`);
      await buildEdition([sources], { outDir: out, jobs: 1, shard: { index, count: 2 }, ...settings });
      cpSync(out, merged, { recursive: true });
    }
    // Told nothing: the parts carry the builds' settings.
    const collected = await collectEdition({ outDir: merged });
    expect(collected.diagnostics).toEqual([]);
    const files = publishedFiles(whole);
    expect(files).toContain('html/index-2.html');
    expect(publishedFiles(merged)).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(merged, f)).equals(readFileSync(path.join(whole, f))), f).toBe(true);

    // One shard rebuilt with another page size: the parts disagree.
    await buildEdition([sources], { outDir: path.join(dir, 'machine-1'), jobs: 1, shard: { index: 1, count: 2 }, collectionTitle: settings.collectionTitle });
    cpSync(path.join(dir, 'machine-1'), merged, { recursive: true });
    const mixed = await collectEdition({ outDir: merged });
    expect(mixed.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['error', 'collect.mixed-settings']]);
    expect(mixed.diagnostics[0]!.message).toContain('"pageSize":1');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to collect when a shard is missing or there are no parts, naming what is expected', async () => {
    const { dir, sources } = workspace();
    const out = path.join(dir, 'out');
    const none = await collectEdition({ outDir: out });
    expect(none.diagnostics.map((d) => [d.severity, d.layer, d.ruleId])).toEqual([['error', 'usage', 'collect.no-parts']]);
    expect(none.diagnostics[0]!.message).toMatch(/expected the shard-i-of-n\.json files that `tei-edition build --shard i\/n` writes/);

    await buildEdition([sources], { outDir: out, jobs: 1, shard: { index: 2, count: 2 } });
    const missing = await collectEdition({ outDir: out });
    expect(missing.diagnostics.map((d) => d.ruleId)).toEqual(['collect.missing-shard']);
    expect(missing.diagnostics[0]!.message).toContain('lacks shard 1/2');
    expect(missing.collection).toBeUndefined();
    await expect(() => collectEdition({ out } as never)).rejects.toThrow(/unknown option "out"/);
    rmSync(dir, { recursive: true, force: true });
  });
});
