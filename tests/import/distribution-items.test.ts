import { describe, expect, it } from 'vitest';
import { splitDistributionLine } from '../../src/import/distribution-items.js';

const parts = (text: string) => {
  const p = splitDistributionLine(text);
  return { label: p.label && text.slice(...p.label), items: p.items.map((r) => text.slice(...r)) };
};

describe('splitDistributionLine', () => {
  it('splits run-on numbered recipients after the label, each keeping its comma', () => {
    expect(parts('Distribution list - 4 copies: 1 - Stalin, 2 - Molotov, 3. Beria, 4) to the file.')).toEqual({
      label: 'Distribution list - 4 copies:', items: ['1 - Stalin,', '2 - Molotov,', '3. Beria,', '4) to the file.'],
    });
  });

  it('splits several short unnumbered recipients', () => {
    expect(parts('Copies: Com. Molotov, Com. Malenkov; the file')).toEqual({ label: 'Copies:', items: ['Com. Molotov,', 'Com. Malenkov;', 'the file'] });
    expect(parts('CC: Department of Trade, Department of Transport, Embassy in Warsaw')).toMatchObject({ label: 'CC:', items: ['Department of Trade,', 'Department of Transport,', 'Embassy in Warsaw'] });
  });

  it('keeps a line whole when it is one statement or not a distribution line', () => {
    for (const line of ['Printed: 3 copies', 'made and printed: M. B., Col.', 'Copy 3: for the files', 'Produced in 5 copies for:', 'Note: 1 - a, 2 - b']) {
      expect(parts(line), line).toEqual({ items: [line] });
    }
  });
});
