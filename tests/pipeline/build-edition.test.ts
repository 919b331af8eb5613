import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

const corpus = path.join(fixturesRoot, 'build', 'small-corpus');

/** A fresh copy of the fixture corpus and an output folder beside it. */
function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-build-'));
  cpSync(corpus, path.join(dir, 'tei'), { recursive: true });
  return { dir, sources: path.join(dir, 'tei'), out: path.join(dir, 'output') };
}

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

describe('buildEdition', () => {
  it('mirrors sub-folders, so sources with the same file name never collide', async () => {
    const { sources, out } = workspace();
    const result = await buildEdition([sources], { outDir: out });
    expect(result.general).toEqual([]);
    const files = listFiles(out);
    expect(files).toEqual(
      expect.arrayContaining([
        'html/assets/edition.css',
        'html/letter.html',
        'html/sub/letter.html',
        'source/letter.xml',
        'source/sub/letter.xml',
        'text/letter.diplomatic.txt',
        'text/letter.txt',
        'text/sub/letter.diplomatic.txt',
        'text/sub/letter.txt',
      ]),
    );
    // Every output of the top-level letter has its mirror for sub/letter, and nothing else is written.
    const top = files.filter((f) => /(^|\/)letter\./.test(f) && !f.includes('/sub/'));
    for (const f of top) expect(files).toContain(f.replace(/letter\./, 'sub/letter.'));
    // Besides them: the build's own state, and the collection pages built from the two letters.
    expect(files.filter((f) => !f.startsWith('html/assets/') && !f.startsWith('html/search/') && !/letter\./.test(f))).toEqual([
      '.tei-edition-cache.json',
      '.tei-edition/collection-build.json',
      'html/by-title.html',
      'html/collection.json',
      'html/collection/documents-1.json',
      'html/collection/organisations-1.json',
      'html/collection/persons-1.json',
      'html/collection/places-1.json',
      'html/index.html',
      'html/persons.html',
    ]);
    expect(files).toContain('html/search/meta.js');
    // A page in a sub-folder finds the shared assets one level up.
    expect(readFileSync(path.join(out, 'html/sub/letter.html'), 'utf8')).toContain('href="../assets/edition.css"');
    expect(readFileSync(path.join(out, 'text/sub/letter.txt'), 'utf8')).toContain('Greetings from a sub-folder.');
    // The "Download TEI" link finds the source copied byte for byte.
    expect(readFileSync(path.join(out, 'html/sub/letter.html'), 'utf8')).toContain('href="../../source/sub/letter.xml"');
    expect(readFileSync(path.join(out, 'source/sub/letter.xml'))).toEqual(readFileSync(path.join(corpus, 'sub/letter.xml')));
  });

  it('writes byte-identical outputs from the same input', async () => {
    const { sources, out } = workspace();
    await buildEdition([sources], { outDir: out });
    const first = listFiles(out).map((f) => readFileSync(path.join(out, f)));
    await buildEdition([sources], { outDir: out });
    const second = listFiles(out).map((f) => readFileSync(path.join(out, f)));
    expect(second).toEqual(first);
  });

  it('never writes into the source folder', async () => {
    const { sources } = workspace();
    const before = listFiles(sources);
    const result = await buildEdition([sources], { outDir: path.join(sources, 'out') });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['usage.output-in-sources']);
    expect(listFiles(sources)).toEqual(before);
  });

  it('reports a malformed document, skips it, and still builds the others', async () => {
    const { sources, out } = workspace();
    writeFileSync(path.join(sources, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text><p>unclosed</text>\n</TEI>');
    const result = await buildEdition([sources], { outDir: out });
    const broken = result.documents.find((d) => d.file.endsWith('broken.xml'))!;
    expect(broken.outputs).toEqual([]);
    expect(broken.diagnostics[0]).toMatchObject({ layer: 'wf', line: 2, column: 20, severity: 'error' });
    expect(existsSync(path.join(out, 'html/letter.html'))).toBe(true);
  });

  it('removes the outputs of a renamed source, with its collection entry, and keeps no absolute path in the build cache', async () => {
    const { dir, sources, out } = workspace();
    await buildEdition([sources], { outDir: out });
    const before = listFiles(out).filter((f) => f.includes('sub/letter.'));
    expect(before).toEqual(expect.arrayContaining(['html/sub/letter.html', 'source/sub/letter.xml', 'text/sub/letter.txt', '.tei-edition/collection/sub/letter.json']));

    renameSync(path.join(sources, 'sub', 'letter.xml'), path.join(sources, 'sub', 'renamed.xml'));
    const result = await buildEdition([sources], { outDir: out });
    expect(result.removed.sort()).toEqual(before.sort());
    const after = listFiles(out);
    expect(after.filter((f) => f.includes('sub/letter.'))).toEqual([]);
    expect(after).toEqual(expect.arrayContaining(['html/sub/renamed.html', 'html/letter.html']));
    expect(readFileSync(path.join(out, 'html', 'index.html'), 'utf8')).not.toContain('sub/letter.html');

    const cache = readFileSync(path.join(out, '.tei-edition-cache.json'), 'utf8');
    expect(cache).not.toContain(dir);
    const entries = JSON.parse(cache).entries as Record<string, { inputs: { path: string }[] }>;
    const paths = Object.entries(entries).flatMap(([source, entry]) => [source, ...entry.inputs.map((i) => i.path)]);
    expect(paths).toContain('../tei/letter.xml');
    expect(paths.filter((p) => path.isAbsolute(p))).toEqual([]);
    // Sources given by absolute path: nothing else written names the machine's folders either.
    for (const f of listFiles(out)) expect(readFileSync(path.join(out, f), 'utf8'), f).not.toContain(dir);
    // Replayed from the cache, diagnostics name the files as they were given.
    const replayed = await buildEdition([sources], { outDir: out });
    expect(replayed.documents.every((d) => d.cached)).toBe(true);
    expect(replayed.documents.flatMap((d) => d.diagnostics.map((x) => x.file))).toContain(path.join(sources, 'letter.xml'));
  }, 60_000);

  it('removes the collection pages once its last documents are deleted, and keeps them when a build merely names nothing', async () => {
    const { sources, out } = workspace();
    await buildEdition([sources], { outDir: out });
    expect(existsSync(path.join(out, 'html', 'index.html'))).toBe(true);
    // A path that names no document is a mistake to report, not a reason to delete the collection.
    const empty = mkdtempSync(path.join(tmpdir(), 'tei-edition-empty-'));
    await buildEdition([empty], { outDir: out });
    expect(existsSync(path.join(out, 'html', 'index.html'))).toBe(true);

    await buildEdition([sources], { outDir: out });
    for (const f of listFiles(sources)) rmSync(path.join(sources, f));
    const result = await buildEdition([sources], { outDir: out });
    expect(result.removed).toEqual(expect.arrayContaining(['html/letter.html', 'html/index.html', 'html/search/meta.js', 'html/search/docs/0.js']));
    expect(existsSync(path.join(out, '.tei-edition', 'collection-build.json'))).toBe(false);
    expect(listFiles(out).filter((f) => f.startsWith('html/') && !f.startsWith('html/assets/'))).toEqual([]);
  }, 60_000);

  it('rewrites, after a one-document edit, only the files whose bytes change (the others keep their modification times)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-build-'));
    const sources = path.join(dir, 'tei');
    cpSync(path.join(fixturesRoot, 'collection', 'letters', 'tei'), sources, { recursive: true });
    const out = path.join(dir, 'output');
    expect((await buildEdition([sources], { outDir: out, jobs: 1 })).general).toEqual([]);
    // Every file dated long ago: whatever the rebuild writes gets a new date.
    const files = listFiles(out);
    const past = new Date('2001-01-01T00:00:00Z');
    for (const f of files) utimesSync(path.join(out, f), past, past);
    const edited = path.join(sources, 'notes', 'lighthouse.xml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('a small, careful hand', 'a small, careful, slanting hand'));
    const again = await buildEdition([sources], { outDir: out, jobs: 1 });
    expect(again.documents.filter((d) => !d.cached).map((d) => path.basename(d.file))).toEqual(['lighthouse.xml']);
    const touched = listFiles(out).filter((f) => statSync(path.join(out, f)).mtimeMs !== past.getTime());
    expect(touched).toEqual([
      '.tei-edition-cache.json',
      '.tei-edition/collection-build.json',
      '.tei-edition/collection/notes/lighthouse.json',
      'html/notes/lighthouse.html',
      // The search: the list of shards (the new word's shard is new), that shard ("sla", as code points) and the document's text.
      'html/search/meta.js',
      'html/search/terms/73-6c-61.js',
      'html/search/text/2-0.js',
      'source/notes/lighthouse.xml',
      'text/notes/lighthouse.diplomatic.txt',
      'text/notes/lighthouse.txt',
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no temporary files behind', async () => {
    const { sources, out } = workspace();
    await buildEdition([sources], { outDir: out });
    expect(listFiles(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

// The worker processes exist only in the compiled build (dist/, made by npm test's pretest step):
// from the TypeScript sources, buildEdition works in one thread whatever `jobs` says.
const compiledBuild = path.join(repoRoot, 'dist', 'pipeline', 'build-edition.js');
const hasCompiledWorker = existsSync(path.join(repoRoot, 'dist', 'pipeline', 'build-worker.js'));

describe.skipIf(!hasCompiledWorker)('buildEdition with worker processes (compiled build; skipped without dist/, run npm run compile)', () => {
  const compiled = async () => (await import(pathToFileURL(compiledBuild).href)) as typeof import('../../src/pipeline/build-edition.js');

  it('writes the same files, byte for byte, as a build in one thread', async () => {
    const { sources, dir } = workspace();
    const inThread = path.join(dir, 'one-thread');
    const inWorkers = path.join(dir, 'workers');
    await buildEdition([sources], { outDir: inThread, jobs: 1 });
    const result = await (await compiled()).buildEdition([sources], { outDir: inWorkers, jobs: 2 });
    expect(result.documents.every((d) => !d.cached && d.outputs.length > 0)).toBe(true);
    const files = listFiles(inThread);
    expect(listFiles(inWorkers)).toEqual(files);
    // The sources' bytes (Uint8Array) must cross from the worker as bytes, not as a serialised object.
    for (const f of files) expect(readFileSync(path.join(inWorkers, f)), f).toEqual(readFileSync(path.join(inThread, f)));
  }, 60_000);

  it('reports a malformed document from a worker, and still builds the others', async () => {
    const { sources, out } = workspace();
    writeFileSync(path.join(sources, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text><p>unclosed</text>\n</TEI>');
    const result = await (await compiled()).buildEdition([sources], { outDir: out, jobs: 2 });
    const broken = result.documents.find((d) => d.file.endsWith('broken.xml'))!;
    expect(broken.outputs).toEqual([]);
    expect(broken.diagnostics[0]).toMatchObject({ layer: 'wf', line: 2, column: 20, severity: 'error' });
    expect(existsSync(path.join(out, 'html/letter.html'))).toBe(true);
    expect(existsSync(path.join(out, 'html/sub/letter.html'))).toBe(true);
  }, 60_000);
});
