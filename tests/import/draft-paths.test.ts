/**
 * Drafts that travel: whatever folder the inputs, the output and the tool are
 * in, no path of the importing machine appears in a draft (title, sourceDesc,
 * samplingDecl, revisionDesc, xml-model), and xml-model points to the
 * schemas' published address, or to copies beside the drafts on request.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/import-files.js';
import { publishedSchemaHrefs } from '../../src/import/schema-location.js';
import { packageRoot, packageVersion } from '../../src/package-root.js';
import { fixturesRoot } from '../helpers/fixtures.js';

/** Folders with names no draft could contain by chance. */
function setup() {
  const root = mkdtempSync(path.join(tmpdir(), 'Qzx-travel-'));
  const inputs = path.join(root, 'Inbox-Wq7pLk', 'nested Folder-Vm3');
  const out = path.join(root, 'Drafts-Jh4rTy');
  mkdirSync(inputs, { recursive: true });
  // A page with its title line, a record without any layout (no title line, no heading), and a page of another layout.
  copyFileSync(path.join(fixturesRoot, 'import', 'page-layout', 'input.txt'), path.join(inputs, 'page.txt'));
  writeFileSync(path.join(inputs, 'bare.txt'), 'The delegation arrived on 3 May 1961 and was received by the minister.\n\nIt left two days later.\n');
  return { root, inputs, out, leaks: [root, inputs, out, tmpdir(), packageRoot, process.cwd(), 'Qzx-travel', 'Inbox-Wq7pLk', 'Folder-Vm3', 'Drafts-Jh4rTy', 'file:'] };
}

describe('drafts carry no path of the importing machine', () => {
  it('has no input, output, temporary or install folder anywhere, and xml-model at the published address', async () => {
    const { inputs, out, leaks } = setup();
    const run = await importFiles(['page.txt', 'bare.txt'].map((f) => path.join(inputs, f)), { outDir: out, today: '2026-01-01' });
    expect(run.files.map((f) => f.draft)).toEqual([path.join(out, 'page.xml'), path.join(out, 'bare.xml')]);
    for (const f of run.files) {
      expect(f.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const xml = readFileSync(f.draft!, 'utf8');
      for (const leak of leaks) expect(xml, `${f.draft} contains ${leak}`).not.toContain(leak);
      // Nothing in the draft looks like an absolute path either.
      expect(xml).not.toMatch(/(?<![:/\w])\/(?:tmp|home|usr|var|work|Users)\//u);
      const hrefs = [...xml.matchAll(/<\?xml-model href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs).toEqual([publishedSchemaHrefs().rng, publishedSchemaHrefs().sch]);
      expect(hrefs[0]).toBe(`https://unpkg.com/tei-edition@${packageVersion}/schema/tei-edition.rng`);
    }
    const bare = readFileSync(path.join(out, 'bare.xml'), 'utf8');
    expect(bare).toContain('<title type="main">Untitled record beginning “The delegation arrived on 3 May 1961 and …”</title>');
    expect(bare).toContain('Draft made by tei-edition import from a plain-text record, for review.');
  });

  it('points xml-model at copies of the schemas written beside the drafts with schemaCopy', async () => {
    const { inputs, out, leaks } = setup();
    const run = await importFiles([path.join(inputs, 'bare.txt')], { outDir: out, today: '2026-01-01', schemaCopy: true });
    expect(run.files[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const xml = readFileSync(run.files[0]!.draft!, 'utf8');
    expect([...xml.matchAll(/<\?xml-model href="([^"]+)"/g)].map((m) => m[1])).toEqual(['tei-edition.rng', 'tei-edition.sch']);
    expect(readdirSync(out).sort()).toEqual(['bare.import.json', 'bare.xml', 'tei-edition.rng', 'tei-edition.sch']);
    expect(readFileSync(path.join(out, 'tei-edition.rng'), 'utf8')).toBe(readFileSync(path.join(packageRoot, 'schema', 'tei-edition.rng'), 'utf8'));
    for (const leak of leaks) expect(xml).not.toContain(leak);
  });
});
