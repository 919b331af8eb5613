/**
 * Blocks laid out as in a printed edition (xslt/text/blocks.xsl,
 * tables.xsl): dramatic and spoken turns as "Speaker: text", never dropped;
 * headings centred; opener flush left; closer flush right as one block;
 * datelines right; tables with aligned columns.
 */
import { describe, expect, it } from 'vitest';
import { renderCase } from './fixture-cases.js';
import { body } from './text-lines.js';

const lines = (text: string) => text.split('\n');
const indent = (line: string) => line.length - line.trimStart().length;

describe('speakers', () => {
  const { reading, diplomatic } = renderCase('speakers');

  it('keeps every speaker, as "Speaker: text", their own full stop or colon giving way to the colon', () => {
    for (const text of [reading, diplomatic]) {
      expect(text).toMatch(/^Luka: It is not good, madam\./m);
      expect(text).toMatch(/^Popova: And I never shall go out\. \(Turns away\.\) Why should I\?$/m);
      expect(text).toMatch(/^Albert: Whatever happens, at the tournament$/m);
      expect(text).not.toMatch(/Luka\.:|Albert::/);
    }
  });

  it('indents the rest of a turn under its speaker, so that turns stand apart', () => {
    const all = lines(reading);
    const luka = all.findIndex((l) => l.startsWith('Luka: '));
    expect(all[luka + 1]).toMatch(/^ {2}\S/);
    expect(all).toContain('  (Sighs.)');
    expect(all).toContain('  You have forgotten all the neighbours.');
    expect(all).toContain('  I shall appear. Show me the helmet, Ivan.');
  });

  it('keeps a turn without a speaker as it stands, inventing no name', () => {
    expect(lines(reading)).toContain('A turn whose speaker the source does not name.');
  });

  it('sets the utterances of a transcript as turns of their speakers', () => {
    expect(lines(reading)).toContain('Kim Bauer: Shall we begin?');
    expect(reading).toMatch(/^Lee Tanaka: Yes\. I have the minutes here/m);
  });
});

describe('opener, heading and closer', () => {
  const reading = body(renderCase('layout').reading);
  const all = lines(reading);

  it('centres the heading of a division', () => {
    const head = all.find((l) => l.includes('The Minister in Switzerland (Gibson) to the Secretary of State'))!;
    const text = head.trim();
    expect(Math.abs(indent(head) - Math.floor((78 - text.length) / 2))).toBeLessThanOrEqual(1);
  });

  it('sets the dateline flush right and the salute flush left', () => {
    expect(all).toContain(`${' '.repeat(78 - 'Berne, May 5, 1927.'.length)}Berne, May 5, 1927.`);
    expect(all).toContain('Sir:');
  });

  it('sets the closer flush right as one block, its lines aligned on the left', () => {
    const salute = all.find((l) => l.includes('I have the honor to be, Sir, your obedient servant,'))!;
    const signed = all.find((l) => l.trim() === 'Hugh Gibson')!;
    expect(salute.length).toBe(78);
    expect(indent(signed)).toBe(indent(salute));
  });

  it('indents a block quotation', () => {
    expect(all).toContain('    A quotation set off as a block, indented under the text of the despatch.');
  });
});

describe('tables', () => {
  const all = lines(renderCase('layout').reading);

  it('aligns columns, sets figures flush right and underlines the label row', () => {
    const start = all.indexOf('Year  Cotton      Wheat');
    expect(start).toBeGreaterThan(0);
    expect(all.slice(start, start + 5)).toEqual([
      'Year  Cotton      Wheat',
      '----  ----------  -------',
      '1925   1,234,000   56,000',
      '1926     987,500  102,300',
      'Total, two years  158,300',
    ]);
  });
});

describe('blocks in the order of the text', () => {
  const { reading, diplomatic } = renderCase('block-order');
  const order = (text: string, marks: string[]) => marks.map((m) => lines(text).findIndex((l) => l.trim() === m));

  it('prints page breaks where they stand between divisions with headings, not after the divisions', () => {
    for (const text of [reading, diplomatic]) {
      const at = order(text, ['[p. [I]]', 'Papers Relating to Foreign Affairs', '[p. III]', 'Contents', '[p. 1]', 'Afghanistan', 'Cordell Hull', '[p. 2]', 'Egypt', '[Figure: A map of the Nile]']);
      expect(at.every((i) => i >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it('runs the blocks of a table cell (a verse line, a paragraph) together in their order', () => {
    expect(lines(reading)).toContain('Attributes  First part of the cell. Second part of the cell.');
  });
});
