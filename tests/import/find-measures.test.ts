import { describe, expect, it } from 'vitest';
import { findMeasures } from '../../src/import/find-measures.js';

describe('findMeasures', () => {
  it('reads quantities with units, with a number and a unit', () => {
    const text = 'The border is 1300 km long; 5,000 tons of rice, 1 200 hectares, 12 per cent and $2 million.';
    expect(findMeasures(text).map((m) => [text.slice(m.start, m.end), m.type, m.quantity, m.unit])).toEqual([
      ['1300 km', 'length', '1300', 'km'],
      ['5,000 tons', 'weight', '5000', 'tons'],
      ['1 200 hectares', 'area', '1200', 'hectares'],
      ['12 per cent', 'proportion', '12', 'percent'],
      ['$2 million', 'currency', '2000000', 'USD'],
    ]);
  });

  it('leaves counts, years and call numbers alone', () => {
    for (const text of ['3 copies', '56 years', 'in 1950 there', 'No. 2602/8901', 'gave 300 Mig-15']) expect(findMeasures(text), text).toEqual([]);
  });
});
