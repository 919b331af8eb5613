import { describe, expect, it } from 'vitest';
import { readDocumentInformation, readPageLayout } from '../../src/import/read-page-layout.js';
import { splitLines } from '../../src/import/source-lines.js';

const PAGE = [
  'Skip to content', '', 'March 3, 1962', '', "Jan Nowak, 'Note on a Meeting'", '', 'This document was made possible with support from the Example Foundation', '',
  'Note', '', 'The mayor received the delegation.', '', 'Jan Nowak', '',
  'The mayor of the town talked about the harbour and the shipyard.', '', 'Document Information', '',
  'AAN, 2/1354/0/7. Obtained by Anna Smith and translated by Piotr Lis.', '', 'Reuse is welcome.', '',
  'Write to [email protected].', '', 'Original Uploaded Date', '', 'Record ID', '', '12345', '', 'Example Foundation',
].join('\n');

describe('readPageLayout', () => {
  it('separates the record from the page and reads the page\u2019s parts', () => {
    const layout = readPageLayout(splitLines(PAGE));
    expect(layout.record.filter((l) => l.text).map((l) => l.text)).toEqual(['Note', 'The mayor received the delegation.', 'Jan Nowak']);
    expect(layout.dateLine?.date?.when).toBe('1962-03-03');
    expect(layout.titleLine).toMatchObject({ author: 'Jan Nowak', title: 'Note on a Meeting' });
    expect(layout.funderLine?.funder).toBe('Example Foundation');
    expect(layout.summary?.text).toBe('The mayor of the town talked about the harbour and the shipyard.');
    expect(layout.documentInformation).toMatchObject({ archive: 'AAN', callNumber: '2/1354/0/7', obtainedBy: ['Anna Smith'], translatedBy: ['Piotr Lis'] });
    expect(layout.rights.map((r) => r.text)).toEqual(['Reuse is welcome.', 'Write to [email protected].']);
    expect(layout.fields.map((f) => [f.label, f.text])).toEqual([['Record ID', '12345']]);
    expect(layout.dropped.map((d) => [d.line, d.text])).toEqual([
      [1, 'Skip to content'], [17, 'Document Information'], [25, 'Original Uploaded Date'], [27, 'Record ID'], [31, 'Example Foundation'], [23, '[email protected]'],
    ]);
  });

  it('reads the new template: a plain title line, link lists, labelled fields, rights; none of it in the record', () => {
    const page = [
      'Skip to main content', '', 'September 2, 1953', '', 'Ciphered Telegram from Orlov to the Ministry', '',
      'This document was made possible with support from the Example Trust', '',
      'TOP SECRET', '', 'The harvest was late this year.', '', 'O R L O V', '',
      'Orlov reports on the harvest and on the mood in the provinces of the country.', '',
      'Associated People & Organizations', '', 'Orlov, Ivan', '', 'Example Trust', '', 'Associated Places', '', 'Ruritania', '', 'Associated Topics', '', 'Harvest', '',
      'Document Information', '', 'Source', '', 'ARA, f. 3, op. 1, d. 7. Translated by Ann Lee.', '', 'Original Archive', '', 'Archive of Ruritania', '',
      'Original Uploaded Date', '', '2019-05-01', '', 'Type', '', 'Telegram', '', 'Language', '', 'Rights', '', 'Reuse is welcome.', '', 'Ask before commercial use.', '', 'Example Trust',
    ].join('\n');
    const layout = readPageLayout(splitLines(page));
    expect(layout.record.filter((l) => l.text).map((l) => l.text)).toEqual(['TOP SECRET', 'The harvest was late this year.', 'O R L O V']);
    expect(layout.titleLine).toMatchObject({ title: 'Ciphered Telegram from Orlov to the Ministry' });
    expect(layout.titleLine?.author).toBeUndefined();
    expect(layout.summary?.text).toMatch(/^Orlov reports/);
    expect(layout.associated.map((a) => [a.label, a.terms.map((t) => t.text)])).toEqual([
      ['Associated People & Organizations', ['Orlov, Ivan', 'Example Trust']], ['Associated Places', ['Ruritania']], ['Associated Topics', ['Harvest']],
    ]);
    expect(layout.documentInformation).toMatchObject({ archive: 'ARA', callNumber: 'f. 3, op. 1, d. 7', translatedBy: ['Ann Lee'] });
    expect(layout.fields.map((f) => [f.label, f.text])).toEqual([['Original Archive', 'Archive of Ruritania'], ['Original Uploaded Date', '2019-05-01'], ['Type', 'Telegram']]);
    expect(layout.rights.map((r) => r.text)).toEqual(['Reuse is welcome.', 'Ask before commercial use.']);
    expect(layout.dropped.find((d) => d.text === 'Language')?.why).toBe('a label of the page with an empty value');
    expect(layout.dropped.at(-1)).toMatchObject({ text: 'Example Trust', why: expect.stringMatching(/funder/) });
  });

  it('takes text without the page\u2019s layout for the record, whole', () => {
    const layout = readPageLayout(splitLines('Memorandum\n\nThe talks went on.'));
    expect(layout.record.map((l) => l.text)).toEqual(['Memorandum', '', 'The talks went on.']);
    expect(layout.dropped).toEqual([]);
  });

  it('reads several translators and citations with periods in them', () => {
    const info = readDocumentInformation(splitLines('RGANI, f. 5, op. 28, d. 314. Translated by Gary Goldberg and Anna Berg.')[0]!);
    expect(info).toMatchObject({ archive: 'RGANI', callNumber: 'f. 5, op. 28, d. 314', obtainedBy: [], translatedBy: ['Gary Goldberg', 'Anna Berg'] });
  });
});
