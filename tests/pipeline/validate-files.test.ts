import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildEdition, exportCollection, hasErrors, importFiles, importText, validateFiles } from '../../src/index.js';
import { FILES_PER_WORKER } from '../../src/pipeline/validate-files.js';
import { repoRoot } from '../helpers/fixtures.js';

const malformed = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-validate-files-'));
  writeFileSync(path.join(dir, 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>x</TEI>');
  return dir;
};

describe('the library entry points', () => {
  it("carry every file's diagnostics in the top-level diagnostics, so hasErrors(result.diagnostics) is the verdict", async () => {
    const dir = malformed();
    const validated = await validateFiles([dir], { layers: ['wf'] });
    expect(validated.files[0]!.diagnostics[0]).toMatchObject({ layer: 'wf', severity: 'error' });
    expect(validated.general).toEqual([]);
    expect(validated.diagnostics).toEqual(validated.files[0]!.diagnostics);
    expect(hasErrors(validated.diagnostics)).toBe(true);

    const built = await buildEdition([dir], { layers: ['wf'], outDir: path.join(dir, '..', `${path.basename(dir)}-out`), jobs: 1 });
    expect(hasErrors(built.diagnostics)).toBe(true);
    const exported = await exportCollection([dir], { layers: ['wf'], outDir: path.join(dir, '..', `${path.basename(dir)}-export`) });
    expect(hasErrors(exported.diagnostics)).toBe(true);
  });

  it('report progress within a document: bytes read on the event stream (wf, rng), the stages of a document read whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-validate-progress-'));
    const schema = path.join(repoRoot, 'tests/fixtures/relaxng/duplicate-id/schema.rng');
    writeFileSync(path.join(dir, 'a.xml'), '<letter xmlns="urn:example:letter"><p/></letter>');
    const bytes: [number, number][] = [];
    const stages: string[] = [];
    const onBytes = (read: number, total: number) => bytes.push([read, total]);
    const onDocumentStage = (stage: string) => stages.push(stage);
    await validateFiles([dir], { layers: ['wf', 'rng'], schema, onBytes, onDocumentStage });
    expect(bytes).toEqual([[48, 48]]);
    expect(stages).toEqual([]);
    bytes.length = 0;
    await validateFiles([dir], { layers: ['wf', 'rng', 'refs'], schema, onBytes, onDocumentStage });
    expect(bytes).toEqual([]);
    expect(stages).toEqual(['parse', 'rng', 'refs']);
  });

  it('keeps the general problems apart as well as in the top-level diagnostics', async () => {
    const result = await validateFiles(['/no/such/folder'], { layers: ['wf'] });
    expect(result.general.map((d) => d.ruleId)).toEqual(['io.not-found']);
    expect(result.diagnostics).toEqual(result.general);
  });

  it('reject an unknown option with a TypeError that names it and the nearest known one', async () => {
    await expect(validateFiles(['tei'], { layer: ['wf'] } as never)).rejects.toThrow(/^validateFiles: unknown option "layer" \(did you mean "layers"\?\); expected one of /);
    await expect(buildEdition(['tei'], { outdir: 'x' } as never)).rejects.toThrow(/^buildEdition: unknown option "outdir" \(did you mean "outDir"\?\)/);
    await expect(exportCollection(['tei'], { tittle: 'x' } as never)).rejects.toThrow(/^exportCollection: unknown option "tittle" \(did you mean "title"\?\)/);
    await expect(importFiles(['-'], { names: 'x.tsv' } as never)).rejects.toThrow(/^importFiles: unknown option "names"/);
    expect(() => importText('Note', { date: '2026-01-01' } as never)).toThrow(/^importText: unknown option "date"; expected one of file, name, names, schemaHrefs, today$/);
  });
});

/** A folder of `count` small documents, every third one not well-formed (at line 2, column 12). */
function manyFiles(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-validate-many-'));
  for (let i = 0; i < count; i++) {
    const body = i % 3 === 0 ? '<p>x</TEI>' : `<p xml:id="p${i}">x</p></TEI>`;
    writeFileSync(path.join(dir, `doc-${String(i).padStart(3, '0')}.xml`), `<TEI xmlns="http://www.tei-c.org/ns/1.0">\n${body}`);
  }
  return dir;
}

describe('validateFiles over many files', () => {
  it('reports progress once per file, in one thread', async () => {
    const dir = manyFiles(5);
    const seen: [number, number][] = [];
    const result = await validateFiles([dir], { layers: ['wf', 'refs'], jobs: 1, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
    expect(result.files.filter((f) => f.diagnostics.length).map((f) => path.basename(f.file))).toEqual(['doc-000.xml', 'doc-003.xml']);
  });

  // The worker processes exist only in the compiled build (dist/): from the sources, validateFiles works in one thread.
  const compiledValidate = path.join(repoRoot, 'dist', 'pipeline', 'validate-files.js');
  it.skipIf(!existsSync(path.join(repoRoot, 'dist', 'pipeline', 'validate-worker.js')))(
    'gives the same reports, in the order of the files, from worker processes (compiled build; skipped without dist/)',
    async () => {
      const dir = manyFiles(FILES_PER_WORKER * 2 + 1);
      const inThread = await validateFiles([dir], { layers: ['wf', 'refs'], jobs: 1 });
      const compiled = (await import(pathToFileURL(compiledValidate).href)) as typeof import('../../src/pipeline/validate-files.js');
      let calls = 0;
      const inWorkers = await compiled.validateFiles([dir], { layers: ['wf', 'refs'], jobs: 2, onProgress: () => calls++ });
      expect(inWorkers.files).toEqual(inThread.files);
      expect(inWorkers.diagnostics).toEqual(inThread.diagnostics);
      expect(inThread.diagnostics.filter((d) => d.layer === 'wf')).toHaveLength(Math.ceil((FILES_PER_WORKER * 2 + 1) / 3));
      expect(calls).toBe(FILES_PER_WORKER * 2 + 1);
    },
    60_000,
  );
});
