/**
 * One source as documents: a TEI is one document, a teiCorpus one per member;
 * the file is validated once as a whole (cross-member pointers resolve), and
 * a P4 or malformed file gives its diagnostic and no document.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceDocuments } from '../../src/pipeline/read-source-documents.js';

const header = '<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>';

function source(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-read-'));
  const file = path.join(dir, `${name}.xml`);
  writeFileSync(file, text);
  return { file, name, root: dir };
}

describe('readSourceDocuments', () => {
  it('reads a TEI document as one document', async () => {
    const read = await readSourceDocuments(source('a', `<TEI xmlns="http://www.tei-c.org/ns/1.0">${header}<text><body><p/></body></text></TEI>`), { layers: ['wf', 'refs'] });
    expect(read.documents.map((d) => [d.name, d.member, d.tei.local])).toEqual([['a', false, 'TEI']]);
    expect(read.diagnostics).toEqual([]);
  });

  it('reads a teiCorpus as its members, validated once as a whole, so a pointer to another member is not dangling', async () => {
    const text = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${header}<TEI xml:id="A">${header}<text><body><p xml:id="pa">a</p></body></text></TEI><TEI xml:id="B">${header}<text><body><p><ref target="#pa">see A</ref> <ref target="#nowhere">x</ref></p></body></text></TEI></teiCorpus>`;
    const read = await readSourceDocuments(source('c', text), { layers: ['wf', 'refs'] });
    expect(read.documents.map((d) => [d.name, d.member])).toEqual([['c/A', true], ['c/B', true]]);
    expect(read.diagnostics.map((d) => [d.ruleId, d.message.match(/"#\w+"/)?.[0]])).toEqual([['refs.dangling-pointer', '"#nowhere"']]);
  });

  it('gives a TEI P4 file and a malformed file their diagnostic and no document', async () => {
    const p4 = await readSourceDocuments(source('p4', `<TEI.2>${header}</TEI.2>`));
    expect([p4.documents, p4.diagnostics.map((d) => d.ruleId)]).toEqual([[], ['tei.p4-not-supported']]);
    const broken = await readSourceDocuments(source('broken', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>'));
    expect(broken.documents).toEqual([]);
    expect(broken.diagnostics[0]!.layer).toBe('wf');
  });
});
