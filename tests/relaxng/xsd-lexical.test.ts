/**
 * Lexical spaces of XSD types. The tables below were settled against jing
 * (Jing 20220510) with a one-off schema: each row is jing's verdict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatatype, XSD_LIBRARY, type Datatype } from '../../src/relaxng/datatypes/datatype.js';
import { parseDateTime } from '../../src/relaxng/datatypes/xsd-lexical.js';

const context = { resolvePrefix: (p: string) => (p === 'tei' ? 'http://www.tei-c.org/ns/1.0' : p === '' ? '' : undefined) };
function xsd(type: string, params: { name: string; value: string }[] = []): Datatype {
  const made = createDatatype({ library: XSD_LIBRARY, type, params });
  if ('error' in made) throw new Error(made.error);
  return made.datatype;
}
const valid = (type: string, value: string) => xsd(type).check(value, context) === undefined;

const JING: Record<string, [valid: string[], invalid: string[]]> = {
  anyURI: [['a b', '%41', 'http://x/y z', '#frag', 'a:b:c', 'é', 'a\\b', 'x{y}', 'http://[::1]/'], ['%zz', 'a#b#c', '1a:b', '[x]', ':x']],
  gMonth: [['--05', '--05Z'], ['--05--', '--13']],
  double: [['+1', '1.', '.5', 'INF', '-INF', 'NaN', '1e5', '1E+5', ' 1 '], ['+INF', '1.5e', '0x1']],
  decimal: [['+.5', '1.', '-0', '+1.50'], ['.', '1e3']],
  date: [['-0001-01-01', '2000-02-29', '10000-01-01', '2001-01-01Z', '2001-01-01+14:00', '2001-01-01+13:59', '2001-01-01-05:00'], ['0000-01-01', '2001-02-29', '01000-01-01', '2001-1-01', '2001-01-01+14:01', '999-01-01']],
  time: [['23:59:60', '23:59:59.5', '12:00:00Z'], ['24:00:00', '1:00:00', '12:00']],
  dateTime: [['2001-01-01T12:00:00.123Z'], ['2001-01-01T24:00:00', '2001-01-01T12:00', '2001-01-01T25:00:00']],
  nonNegativeInteger: [['-0', '+3', '03'], ['', '-1']],
  gYear: [['12345', '2001Z', '-0044'], ['0000', '-0000', '012345', '99']],
  language: [['en', 'en-US', 'x-klingon', 'i-navajo', 'zh-Hant-TW'], ['toolongtag', 'en_US', 'a1', '1en']],
  duration: [['P1Y', 'PT1H', '-P1D', 'PT1.5S', 'P1Y2M3DT4H5M6S'], ['P', 'PT', 'P1DT', 'P1.5Y']],
  boolean: [['1', '0', 'true', ' true '], ['TRUE']],
};

describe('XSD lexical spaces (as jing checks them)', () => {
  for (const [type, [ok, bad]] of Object.entries(JING)) {
    it(`${type}`, () => {
      for (const v of ok) expect(valid(type, v), `${type} ${JSON.stringify(v)} is valid`).toBe(true);
      for (const v of bad) expect(valid(type, v), `${type} ${JSON.stringify(v)} is invalid`).toBe(false);
    });
  }

  it('checks names and QNames (with declared prefixes)', () => {
    expect(valid('NCName', 'a-b.c')).toBe(true);
    expect(valid('NCName', 'a:b')).toBe(false);
    expect(valid('Name', 'a:b')).toBe(true);
    expect(valid('ID', '1st')).toBe(false);
    expect(valid('NMTOKENS', '1 2 three')).toBe(true);
    expect(valid('NMTOKENS', '')).toBe(false);
    expect(valid('QName', 'tei:p')).toBe(true);
    expect(valid('QName', 'undeclared:p')).toBe(false);
  });

  it('accepts every real calendar date and rejects day 32 (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(valid('date', iso)).toBe(true);
        expect(parseDateTime('date', iso)).toMatchObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(valid('date', iso.slice(0, 8) + '32')).toBe(false);
      }),
    );
  });
});

