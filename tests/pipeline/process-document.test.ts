/**
 * One document through the build: its editions from render-document, and,
 * beside the page, its collection entry, which processDocument asks of
 * src/collection/ (render-document no longer makes it).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath, parseEntry } from '../../src/collection/document-entry.js';
import { processDocument, type ProcessOptions } from '../../src/pipeline/process-document.js';
import { ValidationSession } from '../../src/validate/validation-session.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><p xml:id="p1">Hello <persName ref="#ada">Ada</persName></p></body></text></TEI>`;

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-process-'));
writeFileSync(path.join(dir, 'letter.xml'), TEI);
const source = { file: path.join(dir, 'letter.xml'), name: 'letter', root: dir };
const session = new ValidationSession(path.join(dir, 'cache'));
const run = (options: ProcessOptions) => processDocument(source, { layers: ['wf'], ...options }, session);

describe('processDocument', () => {
  it('writes the collection entry of a rendered page, read from the header', async () => {
    const { files, diagnostics } = await run({ formats: ['html'] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const entry = files.find((f) => f.path === entryPath('letter'));
    expect(entry).toBeDefined();
    const parsed = parseEntry(String(entry!.content), entryPath('letter')).entry;
    expect(parsed).toMatchObject({ name: 'letter', metadata: { title: 'A letter' } });
    expect(parsed!.page.passages.map((p) => p.id)).toContain('p1');
  });

  it('makes no entry without a page, or when the collection is off', async () => {
    for (const options of [{ formats: ['text'] }, { formats: ['html'], collection: false }] as ProcessOptions[]) {
      const { files } = await run(options);
      expect(files.map((f) => f.path).filter((p) => p.startsWith('.tei-edition/collection/'))).toEqual([]);
    }
  });
});
