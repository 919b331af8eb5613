/**
 * Long documents (issue 19, point 6): a page above `splitAbove` bytes is a
 * contents page and one page per part. The fixture tests/fixtures/build/long-document/
 * (front matter, three chapters, back matter, notes, cross-references, names
 * in the index) is built with a tiny threshold through the real pipeline.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { buildEdition, type BuildResult } from '../../src/pipeline/build-edition.js';
import { collectEdition } from '../../src/pipeline/collect-edition.js';
import { splitLongPage } from '../../src/pipeline/split-long-page.js';
import { repoRoot } from '../helpers/fixtures.js';
import { brokenLinks, readPage } from './check-links.js';

const fixture = path.join(repoRoot, 'tests', 'fixtures', 'build', 'long-document');

/** A fresh copy of the fixture, and an output folder beside it. */
function workspace(): { tei: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-long-'));
  cpSync(fixture, path.join(dir, 'tei'), { recursive: true });
  return { tei: path.join(dir, 'tei'), out: path.join(dir, 'output') };
}

const build = (ws: { tei: string; out: string }, splitAbove?: number) =>
  buildEdition([ws.tei], { outDir: ws.out, layers: ['wf'], jobs: 1, ...(splitAbove === undefined ? {} : { splitAbove }) });

const read = (out: string, file: string) => readFileSync(path.join(out, file), 'utf8');
const elements = (html: string) => findAll(() => true, parseDocument(html).children);
const hrefsOf = (html: string, test: (e: ReturnType<typeof elements>[number]) => boolean) => elements(html).filter(test).map((e) => e.attribs.href);

describe('a long document split into parts', () => {
  let ws: { tei: string; out: string };
  let result: BuildResult;
  beforeAll(async () => {
    ws = workspace();
    result = await build(ws, 1);
  }, 120_000);

  it('writes a contents page and one page per part: front matter, each chapter, back matter', () => {
    expect(result.general.filter((d) => d.severity === 'error')).toEqual([]);
    const parts = readdirSync(path.join(ws.out, 'html')).filter((f) => f.startsWith('long.part-')).sort();
    expect(parts).toEqual([1, 2, 3, 4, 5].map((n) => `long.part-${n}.html`));
    const contents = read(ws.out, 'html/long.html');
    const listed = elements(contents).filter((e) => e.name === 'a' && e.parent && (e.parent as { name?: string }).name === 'li' && e.attribs.href?.startsWith('long.part-'));
    expect(listed.map((a) => a.attribs.href)).toEqual(parts);
    expect(contents).toContain('>Second chapter</a>');
    // The contents page keeps the document's header and index, not its text or notes.
    expect(contents).toContain('id="te-index"');
    expect(contents).not.toContain('id="p1"');
    expect(contents).not.toContain('id="te-notes"');
    expect(read(ws.out, 'html/long.part-2.html')).toContain('<title>First chapter · A long report in three chapters</title>');
  });

  it('links every part to the contents and to its previous and next parts', () => {
    for (let n = 1; n <= 5; n++) {
      const html = read(ws.out, `html/long.part-${n}.html`);
      const rel = (r: string) => hrefsOf(html, (e) => e.name === 'a' && e.attribs.rel === r);
      expect(rel('contents')).toEqual(['long.html', 'long.html']);
      expect(rel('prev')).toEqual(n > 1 ? [`long.part-${n - 1}.html`, `long.part-${n - 1}.html`] : []);
      expect(rel('next')).toEqual(n < 5 ? [`long.part-${n + 1}.html`, `long.part-${n + 1}.html`] : []);
    }
  });

  it('puts each note on the part of its anchor, with its back-link on the same page', () => {
    const notesOn = (n: number) => readPage(read(ws.out, `html/long.part-${n}.html`)).ids;
    expect(notesOn(2).has('n1')).toBe(true);
    expect(notesOn(3).has('n2')).toBe(true);
    expect(notesOn(5).has('n3')).toBe(true);
    expect(notesOn(2).has('n2') || notesOn(4).has('te-notes')).toBe(false);
    for (let n = 1; n <= 5; n++) {
      const html = read(ws.out, `html/long.part-${n}.html`);
      const back = hrefsOf(html, (e) => (e.attribs.class ?? '').includes('note-back'));
      for (const href of back) expect(href, `part ${n}`).toMatch(/^#te-noteref-\d+$/);
      expect(html.includes('id="te-notes"'), `part ${n}`).toBe([2, 3, 5].includes(n));
      // Every note reference of a part opens a note on the same part.
      const refs = hrefsOf(html, (e) => e.name === 'a' && (e.attribs.class ?? '').split(' ').includes('note-ref'));
      expect(refs.length > 0).toBe([2, 3, 5].includes(n));
      for (const href of refs) expect(href, `part ${n}`).toMatch(/^#/);
    }
  });

  it('points a cross-reference into another part at that part, and keeps one within its part', () => {
    const first = read(ws.out, 'html/long.part-2.html');
    expect(first).toContain('href="long.part-4.html#p5"');
    expect(read(ws.out, 'html/long.part-3.html')).toContain('href="long.part-2.html#ch1"');
    // The page's own menu: the index is on the contents page; a part without notes has no "Notes" item.
    expect(first).toContain('href="long.html#te-index"');
    expect(read(ws.out, 'html/long.part-4.html')).not.toContain('href="#te-notes"');
  });

  it('cites the document and the part on every part', () => {
    expect(read(ws.out, 'html/long.part-3.html')).toMatch(/<p class="citation-part">This part: <a href="long.part-3.html">Second chapter<\/a>, part 3 of 5.<\/p>/);
  });

  it('leaves no link of the edition (pages, index and entity pages) without its file and id', () => {
    expect(brokenLinks(path.join(ws.out, 'html'))).toEqual([]);
    // The index's mentions of Anna reach the parts that hold them.
    const persons = read(ws.out, 'html/persons.html');
    expect(persons).toContain('long.part-2.html#');
    expect(persons).toContain('long.part-4.html#');
  });

  it('links search passages to the part that holds them', () => {
    const records: unknown[][] = [];
    const sandbox = { teSearchFile: (_name: string, data: unknown) => records.push(...(data as unknown[][])) };
    for (const file of readdirSync(path.join(ws.out, 'html', 'search', 'text'))) vm.runInNewContext(read(ws.out, `html/search/text/${file}`), sandbox);
    const byAnchor = new Map(records.map((r) => [r[0], r[3]]));
    expect(byAnchor.get('p5')).toBe('long.part-4.html');
    expect(byAnchor.get('p1')).toBe('long.part-2.html');
    expect(byAnchor.get('p6')).toBe('long.part-5.html');
  });

  it('keeps the text edition one file', () => {
    expect(readdirSync(path.join(ws.out, 'text')).filter((f) => f.startsWith('long'))).toEqual(['long.diplomatic.txt', 'long.txt'].filter((f) => existsSync(path.join(ws.out, 'text', f))));
    expect(read(ws.out, 'text/long.txt')).toContain('windmill');
    expect(read(ws.out, 'text/long.txt')).toContain('orchard');
  });

  it('writes the same bytes again, and removes the parts when the page is no longer split', async () => {
    const before = readdirSync(path.join(ws.out, 'html')).filter((f) => f.startsWith('long')).map((f) => [f, read(ws.out, `html/${f}`)]);
    await buildEdition([ws.tei], { outDir: ws.out, layers: ['wf'], jobs: 1, splitAbove: 1, incremental: false });
    expect(readdirSync(path.join(ws.out, 'html')).filter((f) => f.startsWith('long')).map((f) => [f, read(ws.out, `html/${f}`)])).toEqual(before);

    const whole = await build(ws, 0);
    expect(readdirSync(path.join(ws.out, 'html')).filter((f) => f.startsWith('long.part-'))).toEqual([]);
    expect(whole.removed).toEqual(expect.arrayContaining(['html/long.part-1.html', 'html/long.part-5.html']));
    expect(read(ws.out, 'html/long.html')).toContain('id="p5"');
    expect(brokenLinks(path.join(ws.out, 'html'))).toEqual([]);
  }, 120_000);
});

describe('splitLongPage', () => {
  it('splits nothing at or below the threshold, nor with 0, nor a page whose text has fewer than two parts', async () => {
    const ws = workspace();
    await build(ws);
    // The default threshold (about 500 KB) leaves the small fixture whole.
    expect(existsSync(path.join(ws.out, 'html', 'long.part-1.html'))).toBe(false);
    const html = read(ws.out, 'html/long.html');
    expect(splitLongPage(html, 'long', Buffer.byteLength(html))).toBeUndefined();
    expect(splitLongPage(html, 'long', 0)).toBeUndefined();
    expect(splitLongPage(html, 'long', 1)?.parts).toHaveLength(5);
    const oneChapter = html.replace(/<article[^]*<\/article>/, '<article id="te-text"><section class="tei-body"><section class="tei-div"><p>short</p></section></section></article>');
    expect(oneChapter).not.toBe(html);
    expect(splitLongPage(oneChapter, 'long', 1)).toBeUndefined();
  }, 120_000);

  it('gives the same bytes for the same page, and names parts beside a page in a sub-folder', async () => {
    const ws = workspace();
    await build(ws);
    const html = read(ws.out, 'html/long.html');
    const a = splitLongPage(html, 'sub/long', 1)!;
    const b = splitLongPage(html, 'sub/long', 1)!;
    expect(a).toEqual(b);
    expect(a.parts.map((p) => p.file)).toEqual([1, 2, 3, 4, 5].map((n) => `long.part-${n}.html`));
    expect(a.partOf.get('p5')).toBe(4);
    expect(a.partOf.get('n1')).toBe(2);
  }, 120_000);
});

describe('long documents through the build cache, shards and the command line', () => {
  const partsIn = (out: string) => readdirSync(path.join(out, 'html')).filter((f) => f.startsWith('long.part-')).sort();

  it('takes a split document from the cache only while every part is there', async () => {
    const ws = workspace();
    await build(ws, 1);
    const again = await build(ws, 1);
    expect(again.documents[0]!.cached).toBe(true);
    expect(again.documents[0]!.outputs).toEqual(expect.arrayContaining(['html/long.part-3.html']));
    rmSync(path.join(ws.out, 'html', 'long.part-3.html'));
    const rebuilt = await build(ws, 1);
    expect(rebuilt.documents[0]!.cached).toBe(false);
    expect(partsIn(ws.out)).toHaveLength(5);
  }, 120_000);

  it('collects shards into pages whose search passages and index mentions reach the parts', async () => {
    const ws = workspace();
    await buildEdition([ws.tei], { outDir: ws.out, layers: ['wf'], jobs: 1, splitAbove: 1, shard: { index: 1, count: 1 } });
    const collected = await collectEdition({ outDir: ws.out });
    expect(collected.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read(ws.out, 'html/persons.html')).toContain('long.part-4.html#');
    expect(brokenLinks(path.join(ws.out, 'html'))).toEqual([]);
  }, 120_000);

  it('takes --split-above on build (and offers it on watch), and splitAbove from the configuration', async () => {
    const quiet = { out: () => undefined, err: () => undefined };
    const ws = workspace();
    expect(await runCli(['node', 'tei-edition', 'build', ws.tei, '--out', ws.out, '--layers', 'wf', '--jobs', '1', '--split-above', '1'], quiet)).toBe(0);
    expect(partsIn(ws.out)).toHaveLength(5);
    expect(await runCli(['node', 'tei-edition', 'build', ws.tei, '--out', ws.out, '--layers', 'wf', '--jobs', '1', '--split-above', '0'], quiet)).toBe(0);
    expect(partsIn(ws.out)).toEqual([]);
    const config = path.join(path.dirname(ws.tei), 'tei-edition.config.json');
    writeFileSync(config, JSON.stringify({ splitAbove: 1 }));
    expect(await runCli(['node', 'tei-edition', 'build', ws.tei, '--out', ws.out, '--layers', 'wf', '--jobs', '1', '--config', config], quiet)).toBe(0);
    expect(partsIn(ws.out)).toHaveLength(5);
    let help = '';
    await runCli(['node', 'tei-edition', 'watch', '--help'], { out: (t) => (help += t), err: (t) => (help += t) });
    expect(help).toContain('--split-above <bytes>');
    let err = '';
    expect(await runCli(['node', 'tei-edition', 'build', ws.tei, '--split-above', 'big'], { out: () => undefined, err: (t) => (err += t) })).toBe(2);
    expect(err).toContain('--split-above "big" is not a whole number');
    writeFileSync(config, JSON.stringify({ splitAbove: -1 }));
    expect(await runCli(['node', 'tei-edition', 'build', ws.tei, '--out', ws.out, '--config', config], quiet)).toBe(2);
  }, 180_000);
});
