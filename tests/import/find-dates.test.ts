import { describe, expect, it } from 'vitest';
import { findDates, readDate, referenceOf } from '../../src/import/find-dates.js';

const ref = { year: 1970, month: 6 };
const one = (text: string) => {
  const [d] = findDates(text, ref);
  return d && { printed: text.slice(d.start, d.end), when: d.when, notBefore: d.notBefore, notAfter: d.notAfter, confidence: d.confidence, alternatives: d.alternatives };
};

describe('findDates', () => {
  it.each([
    ['on June 10, 1970 the', 'June 10, 1970', '1970-06-10', 'high'],
    ['[stamp] 26 June 1970', '26 June 1970', '1970-06-26', 'high'],
    ['in July 1970.', 'July 1970', '1970-07', 'high'],
    ['reply of 24.III.50 was', '24.III.50', '1950-03-24', 'medium'],
    ['sent 14.07.1953 at', '14.07.1953', '1953-07-14', 'high'],
    ['telegram 70.06.12;', '70.06.12', '1970-06-12', 'medium'],
    ['of 1970.06.10 and', '1970.06.10', '1970-06-10', 'high'],
    ['the line (of 1945) the', '1945', '1945', 'medium'],
  ])('reads %j as %j = %s', (text, printed, when, confidence) => {
    expect(one(text)).toMatchObject({ printed, when, confidence });
  });

  it('completes a date without a year from the record\u2019s date and names the year before as an alternative', () => {
    expect(one('liberation (15 August) KWP')).toMatchObject({ printed: '15 August', when: '1970-08-15', confidence: 'medium', alternatives: ['1969-08-15'] });
    expect(findDates('on 15 August', undefined)[0]).toMatchObject({ when: '--08-15' });
  });

  it('gives both readings of an ambiguous numeric date', () => {
    expect(one('the letter of 03.04.1970 is')).toMatchObject({ when: '1970-04-03', confidence: 'low', alternatives: ['1970-03-04'] });
  });

  it('reads early, mid and late parts of a month as a span', () => {
    expect(one('in late April)')).toMatchObject({ printed: 'late April', notBefore: '1970-04-20', notAfter: '1970-04-30' });
    expect(one('early February 1971')).toMatchObject({ notBefore: '1971-02-01', notAfter: '1971-02-10', confidence: 'medium' });
  });

  it('does not take numbers, units, call numbers or impossible dates for dates', () => {
    for (const text of ['the border is 1300 km long', 'in 1950 km', 'No of typescript: PF/33/70', '2602/8901', '31 February 1970', 'may be', '56 years']) expect(findDates(text, ref), text).toEqual([]);
  });

  it('reads a whole line as one date, or not at all', () => {
    expect(readDate('June 10, 1970')?.when).toBe('1970-06-10');
    expect(readDate('Written on June 10, 1970')).toBeUndefined();
    expect(referenceOf('1970-06-10')).toEqual({ year: 1970, month: 6 });
    expect(referenceOf('1970')).toBeUndefined();
  });
});
