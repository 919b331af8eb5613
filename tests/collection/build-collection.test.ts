/**
 * The collection step of the build, through buildEdition as a user runs it:
 * pages, index and assets written from every document's entry; nothing
 * rewritten when nothing changed (cached documents included); rebuilt when a
 * document changes; a broken document reported and left out while the
 * others are listed; a document that would take a collection page's name
 * refused; pages of an index that empties removed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCollection, collectionDocuments, COLLECTION_STAMP } from '../../src/collection/build-collection.js';
import { buildEdition, type BuildOptions } from '../../src/pipeline/build-edition.js';
import { collectionCase } from './fixture-collection.js';

/** A fresh copy of the fixture collection and an output folder beside it. */
function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-collection-'));
  cpSync(path.join(collectionCase('letters'), 'tei'), path.join(dir, 'tei'), { recursive: true });
  return { sources: path.join(dir, 'tei'), out: path.join(dir, 'output') };
}
// HTML only and well-formedness only: the collection does not depend on the text edition or the schemas.
const options = (out: string): BuildOptions => ({ outDir: out, formats: ['html'], layers: ['wf'], collectionTitle: 'Letters' });
const mtimes = (out: string, files: readonly string[]) => files.map((f) => statSync(path.join(out, f)).mtimeMs);

describe('buildCollection through buildEdition', () => {
  it('writes the collection once, and rewrites nothing when nothing changed', async () => {
    const { sources, out } = workspace();
    const first = await buildEdition([sources], options(out));
    expect(first.diagnostics).toEqual([]);
    expect(first.collection?.rebuilt).toBe(true);
    const outputs = first.collection!.outputs;
    expect(outputs).toEqual(expect.arrayContaining(['html/index.html', 'html/persons.html', 'html/places.html', 'html/organisations.html', 'html/search/meta.js', 'html/assets/collection.js', 'html/assets/search-engine.js']));
    expect(readFileSync(path.join(out, 'html/index.html'), 'utf8')).toContain('<h1 id="te-title">Letters</h1>');
    const before = mtimes(out, outputs);

    const second = await buildEdition([sources], options(out));
    expect(second.documents.every((d) => d.cached)).toBe(true);
    expect(second.collection).toMatchObject({ rebuilt: false, outputs });
    expect(mtimes(out, outputs)).toEqual(before);

    // A new title is a new input.
    const retitled = await buildEdition([sources], { ...options(out), collectionTitle: 'Correspondence' });
    expect(retitled.collection?.rebuilt).toBe(true);
    expect(readFileSync(path.join(out, 'html/index.html'), 'utf8')).toContain('<h1 id="te-title">Correspondence</h1>');
  });

  it('rebuilds when a document changes, from the changed entry and the cached ones, rewriting only the search files it touches', async () => {
    const { sources, out } = workspace();
    const first = await buildEdition([sources], options(out));
    const searchFiles = first.collection!.outputs.filter((o) => o.startsWith('html/search/'));
    const before = mtimes(out, searchFiles);
    const file = path.join(sources, 'notes', 'lighthouse.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('A note on the lighthouse keeper', 'The lighthouse keeper’s log'));
    const result = await buildEdition([sources], options(out));
    expect(result.documents.filter((d) => !d.cached).map((d) => path.basename(d.file))).toEqual(['lighthouse.xml']);
    expect(result.collection?.rebuilt).toBe(true);
    const index = readFileSync(path.join(out, 'html/index.html'), 'utf8');
    expect(index).toContain('The lighthouse keeper’s log');
    expect(index).toContain('Dean Acheson to George F. Kennan, on Suez');
    expect(readFileSync(path.join(out, 'html/search/docs/0.js'), 'utf8')).toContain('The lighthouse keeper’s log');
    // Only the block of titles and the shards of the title's words changed: the other documents' texts and most shards were left alone.
    // (A shard of words only the old title had is gone.)
    const kept = searchFiles.filter((f) => existsSync(path.join(out, f)));
    expect(kept.length).toBeGreaterThan(searchFiles.length - 3);
    const after = mtimes(out, kept);
    const rewritten = kept.filter((f, i) => after[i] !== before[searchFiles.indexOf(f)]);
    expect(rewritten).toContain('html/search/docs/0.js');
    expect(rewritten.filter((f) => f.startsWith('html/search/text/'))).toEqual([]);
    expect(rewritten.length).toBeLessThan(searchFiles.length / 10);
  });

  it('reports a broken document and lists the others', async () => {
    const { sources, out } = workspace();
    writeFileSync(path.join(sources, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text><p>unclosed</text>\n</TEI>');
    const result = await buildEdition([sources], options(out));
    const broken = result.documents.find((d) => d.file.endsWith('broken.xml'))!;
    expect(broken.diagnostics[0]).toMatchObject({ layer: 'wf', severity: 'error' });
    expect(result.general).toEqual([]);
    expect(result.diagnostics).toEqual(broken.diagnostics);
    const index = readFileSync(path.join(out, 'html/index.html'), 'utf8');
    expect(index.match(/class="document-item"/g)).toHaveLength(4);
    expect(index).not.toContain('broken');
  });

  it('refuses a document named like a collection page, and still builds the documents', async () => {
    const { sources, out } = workspace();
    cpSync(path.join(sources, 'sutra.xml'), path.join(sources, 'persons.xml'));
    const result = await buildEdition([sources], options(out));
    expect(result.diagnostics.map((d) => [d.ruleId, path.basename(d.file)])).toEqual([['collection.reserved-name', 'persons.xml']]);
    expect(result.diagnostics[0]!.message).toContain('rename the file or move it into a sub-folder');
    expect(existsSync(path.join(out, 'html/index.html'))).toBe(false);
    expect(readFileSync(path.join(out, 'html/persons.html'), 'utf8')).toContain('金剛般若波羅蜜經');
  });

  it('removes the page of an index that no longer has entries', async () => {
    const { sources, out } = workspace();
    await buildEdition([sources], options(out));
    expect(existsSync(path.join(out, 'html/organisations.html'))).toBe(true);
    const file = path.join(sources, 'letters', 'acheson-1956.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<listOrg>[\s\S]*<\/listOrg>/, '').replace(/<orgName ref="#state">Department<\/orgName>/, 'Department'));
    const result = await buildEdition([sources], options(out));
    expect(result.collection?.outputs).not.toContain('html/organisations.html');
    expect(existsSync(path.join(out, 'html/organisations.html'))).toBe(false);
  });

  it('remakes pages deleted since the last build, and leaves out an entry that cannot be read', async () => {
    const { sources, out } = workspace();
    const built = await buildEdition([sources], options(out));
    rmSync(path.join(out, 'html/persons.html'));
    const members = collectionDocuments(built.documents);
    const again = await buildCollection(members, { outDir: out, title: 'Letters' });
    expect(again.rebuilt).toBe(true);
    expect(existsSync(path.join(out, 'html/persons.html'))).toBe(true);
    // Without a title, the collection is called "Collection".
    await buildCollection(members, { outDir: out });
    expect(readFileSync(path.join(out, 'html/index.html'), 'utf8')).toContain('<h1 id="te-title">Collection</h1>');

    writeFileSync(path.join(out, members[0]!.entry!), '{ not json');
    const broken = await buildCollection(members, { outDir: out, title: 'Letters' });
    expect(broken.diagnostics.map((d) => d.ruleId)).toEqual(['collection.entry-unreadable']);
    expect(readFileSync(path.join(out, 'html/index.html'), 'utf8').match(/class="document-item"/g)).toHaveLength(3);
    expect(JSON.parse(readFileSync(path.join(out, COLLECTION_STAMP), 'utf8')).outputs).toEqual(broken.outputs);
    // Unchanged since: not rebuilt, and the problem is still reported.
    const unchanged = await buildCollection(members, { outDir: out, title: 'Letters' });
    expect(unchanged).toMatchObject({ rebuilt: false, outputs: broken.outputs });
    expect(unchanged.diagnostics.map((d) => d.ruleId)).toEqual(['collection.entry-unreadable']);
  });

  it('makes no collection when the build makes no pages', async () => {
    const { sources, out } = workspace();
    const result = await buildEdition([sources], { ...options(out), formats: ['text'] });
    expect(result.collection).toBeUndefined();
    expect(existsSync(path.join(out, 'html'))).toBe(false);
  });
});
