/**
 * An edition's registers as names: the entries of listPerson, listPlace and
 * listOrg with their identifiers and English forms, from one TEI document or
 * a folder of them, so that a second record reuses the first one's ids.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/import-files.js';
import { parseNames } from '../../src/import/load-names.js';
import { parseRegisters } from '../../src/import/read-registers.js';

const EDITION = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><particDesc>
  <listPerson><person xml:id="orlova"><persName type="main">Anna Orlova</persName><persName xml:lang="ru">Анна Орлова</persName><persName type="printed">A. Orlova</persName></person></listPerson>
  <listOrg><org xml:id="rfp"><orgName>Ruritanian Farmers' Party</orgName><orgName type="abbreviation">RFP</orgName></org></listOrg>
</particDesc><settingDesc><listPlace><place xml:id="strelsau"><placeName>Strelsau</placeName><idno type="URI">https://example.org/places/strelsau</idno></place></listPlace></settingDesc></profileDesc></teiHeader>
<text><body><p>Not a <persName xml:id="not-an-entry">register</persName>.</p></body></text></TEI>`;

describe('parseRegisters', () => {
  it('reads the entries of the registers with their English and unmarked forms and authority', () => {
    const { entries, diagnostics } = parseRegisters('edition.xml', EDITION);
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { form: 'Anna Orlova', type: 'person', id: 'orlova' },
      { form: 'A. Orlova', type: 'person', id: 'orlova' },
      { form: "Ruritanian Farmers' Party", type: 'org', id: 'rfp' },
      { form: 'RFP', type: 'org', id: 'rfp' },
      { form: 'Strelsau', type: 'place', id: 'strelsau', authority: 'https://example.org/places/strelsau' },
    ]);
  });

  it('is what a names file that starts with "<" is read as, and warns when there are no registers', () => {
    expect(parseNames('edition.xml', EDITION).entries).toHaveLength(5);
    expect(parseNames('empty.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>').diagnostics.map((d) => d.ruleId)).toEqual(['import.names-registers']);
  });

  it('lets a second record reuse the ids of a folder of TEI documents given as --names', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tei-import-registers-'));
    mkdirSync(path.join(root, 'tei'));
    writeFileSync(path.join(root, 'tei', 'first.xml'), EDITION);
    writeFileSync(path.join(root, 'second.txt'), 'Note\n\nCom. Orlova of the RFP travelled to Strelsau with Anna Orlova.\n');
    const run = await importFiles([path.join(root, 'second.txt')], { outDir: path.join(root, 'drafts'), namesFile: path.join(root, 'tei'), today: '2026-01-01' });
    expect(run.diagnostics).toEqual([]);
    const xml = readFileSync(run.files[0]!.draft!, 'utf8');
    expect(xml).toContain('<persName ref="#orlova" resp="#importer" cert="high">Anna Orlova</persName>');
    expect(xml).toContain('<persName ref="#orlova" resp="#importer" cert="high">Orlova</persName>');
    expect(xml).toContain('<orgName ref="#rfp" resp="#importer" cert="high">RFP</orgName>');
    expect(xml).toContain('<placeName ref="#strelsau" resp="#importer" cert="high">Strelsau</placeName>');
  });
});
