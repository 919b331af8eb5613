import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildCache, DIAGNOSTICS_FOLDER, FileHasher } from '../../src/pipeline/build-cache.js';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { fixturesRoot } from '../helpers/fixtures.js';

function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-cache-'));
  cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), path.join(dir, 'tei'), { recursive: true });
  return { sources: path.join(dir, 'tei'), out: path.join(dir, 'output') };
}
const cachedOf = (result: Awaited<ReturnType<typeof buildEdition>>) => Object.fromEntries(result.documents.map((d) => [path.basename(path.dirname(d.file)) + '/' + path.basename(d.file), d.cached]));

describe('incremental builds', () => {
  it('takes unchanged documents from the cache and rebuilds what changed', async () => {
    const { sources, out } = workspace();
    const first = await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    expect(first.documents.every((d) => !d.cached)).toBe(true);

    const second = await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    expect(second.documents.every((d) => d.cached)).toBe(true);
    // Diagnostics are replayed from the cache.
    expect(second.documents.map((d) => d.diagnostics)).toEqual(first.documents.map((d) => d.diagnostics));

    const file = path.join(sources, 'sub', 'letter.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Greetings', 'Warm greetings'));
    const third = await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    expect(cachedOf(third)).toEqual({ 'tei/letter.xml': true, 'sub/letter.xml': false });
    expect(readFileSync(path.join(out, 'text/sub/letter.txt'), 'utf8')).toContain('Warm greetings');
  });

  it('rebuilds when an output was deleted, when options change, or when asked to', async () => {
    const { sources, out } = workspace();
    await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    rmSync(path.join(out, 'html/letter.html'));
    expect(cachedOf(await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] }))['tei/letter.xml']).toBe(false);
    expect((await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'], textWidth: 40 })).documents.some((d) => d.cached)).toBe(false);
    expect((await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'], textWidth: 40, incremental: false })).documents.some((d) => d.cached)).toBe(false);
  });
});

describe('BuildCache', () => {
  it('treats a corrupt cache file as empty', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-cache-file-'));
    const file = path.join(dir, 'cache.json');
    writeFileSync(file, '{not json');
    const cache = await BuildCache.open(file);
    expect(await cache.lookup('/x.xml', 'f', dir, new FileHasher())).toBeUndefined();
  });

  it('invalidates an entry when an input changes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-cache-file-'));
    const input = path.join(dir, 'in.xml');
    writeFileSync(input, '<a/>');
    const cache = await BuildCache.open(path.join(dir, 'cache.json'));
    await cache.store(input, 'f', [input], [], [], new FileHasher());
    expect(await cache.lookup(input, 'f', dir, new FileHasher())).toBeDefined();
    expect(await cache.lookup(input, 'g', dir, new FileHasher())).toBeUndefined();
    writeFileSync(input, '<b/>');
    expect(await cache.lookup(input, 'f', dir, new FileHasher())).toBeUndefined();
  });

  it('keeps long diagnostics out of the cache file, in files of their own that go with their document', async () => {
    const { sources, out } = workspace();
    // 300 dangling pointers: 300 errors, some 100 KB of diagnostics.
    const pointers = Array.from({ length: 300 }, (_, i) => `<ref target="#nowhere-${i}">x</ref>`).join(' ');
    const noisy = path.join(sources, 'noisy.xml');
    writeFileSync(noisy, readFileSync(path.join(sources, 'letter.xml'), 'utf8').replace('</body>', `<p>${pointers}</p></body>`));
    const first = await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    const noisyDiagnostics = first.documents.find((d) => d.file === noisy)!.diagnostics;
    expect(noisyDiagnostics.length).toBeGreaterThanOrEqual(300);
    expect(JSON.stringify(noisyDiagnostics).length).toBeGreaterThan(50_000);
    // The cache file holds little more than hashes and names.
    expect(readFileSync(path.join(out, '.tei-edition-cache.json')).length).toBeLessThan(5_000);
    expect(readdirSync(path.join(out, DIAGNOSTICS_FOLDER))).toHaveLength(1);

    const second = await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    expect(second.documents.every((d) => d.cached)).toBe(true);
    expect(second.documents.map((d) => d.diagnostics)).toEqual(first.documents.map((d) => d.diagnostics));

    // A lost diagnostics file is a cache miss, not an error.
    rmSync(path.join(out, DIAGNOSTICS_FOLDER), { recursive: true });
    expect(cachedOf(await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] }))['tei/noisy.xml']).toBe(false);

    rmSync(noisy);
    await buildEdition([sources], { outDir: out, layers: ['wf', 'refs'] });
    expect(readdirSync(path.join(out, DIAGNOSTICS_FOLDER))).toEqual([]);
  });
});
