import { describe, expect, it } from 'vitest';
import { parseNames } from '../../src/import/load-names.js';

describe('parseNames', () => {
  it('reads TSV with or without a header line, and comments', () => {
    const { entries, diagnostics } = parseNames('n.tsv', 'form\ttype\tid\tauthority\n# persons\nKim Il Sung\tperson\tkim-il-sung\t\nDPRK\tplaceName\t#dprk\thttp://www.wikidata.org/entity/Q423\n');
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { form: 'Kim Il Sung', type: 'person', id: 'kim-il-sung' },
      { form: 'DPRK', type: 'place', id: 'dprk', authority: 'http://www.wikidata.org/entity/Q423' },
    ]);
  });

  it('reads JSON arrays and {"names": [...]}', () => {
    expect(parseNames('n.json', '[{"form":"CPSU","type":"org","id":"cpsu"}]').entries).toEqual([{ form: 'CPSU', type: 'org', id: 'cpsu' }]);
    expect(parseNames('n.json', '{"names":[{"form":"CPSU","type":"organisation","id":"cpsu"}]}').entries).toEqual([{ form: 'CPSU', type: 'org', id: 'cpsu' }]);
  });

  it('skips bad entries with a warning that says what is wrong, and keeps the others', () => {
    const { entries, diagnostics } = parseNames('n.tsv', 'A\tthing\ta\nB\tperson\t1b\n\tperson\tc\nD\tperson\td\n');
    expect(entries.map((e) => e.id)).toEqual(['d']);
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 1, 'names file entry with the type "thing", expected person, place or org; the entry is ignored'],
      ['warning', 2, 'names file entry with the id "1b", expected an XML name such as "kim-il-sung"; the entry is ignored'],
      ['warning', 3, 'names file entry with an empty form; the entry is ignored'],
    ]);
  });

  it('reports JSON that does not parse', () => {
    expect(parseNames('n.json', '[{"form": ').diagnostics[0]).toMatchObject({ severity: 'error', ruleId: 'import.names-json' });
  });
});
