import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition, exportCollection, hasErrors, importFiles, importText, validateFiles } from '../../src/index.js';

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
