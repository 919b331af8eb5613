import { describe, expect, it } from 'vitest';
import { stampType } from '../../src/import/stamp-type.js';

describe('stampType', () => {
  it.each([
    ['CPSU CC stamp', '', 'cpsu-cc', 'high'],
    ['MFA stamp', 'Received', 'mfa', 'high'],
    ['round stamp of the Embassy', '', 'embassy', 'high'],
    ['Stamp', '"Declassified 1994"', 'declassification', 'low'],
    ['stamp', 'Received 3 May', 'receipt', 'low'],
    ['faded image of a stamp', 'TOP SECRET', 'classification', 'low'],
    ['stamp', '26 June 1970', 'unidentified', 'low'],
  ])('%j with %j is %s', (label, body, value, confidence) => {
    expect(stampType(label, body)).toMatchObject({ value, confidence });
  });
});
