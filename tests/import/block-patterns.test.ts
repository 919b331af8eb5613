import { describe, expect, it } from 'vitest';
import { CALL_NUMBER, LETTER_SPACED_SOURCE, PARTICIPANT, SPEAKER, isDateline, isOpenerLine, isSignatureLine } from '../../src/import/block-patterns.js';

describe('line patterns', () => {
  it('knows head lines', () => {
    for (const line of ['TOP SECRET', 'Copy Nº 3', 'Strictly secret.', 'From Pyongyang.', 'To Vyshinsky.', 'Subject: the exchange', 'Ipn bu 2602/8901', 'Att. to No. KZ/0104/70', '[stamp] 26 June 1970', 'MFA stamp: Received', 'Sent 14.07.1953 at 22.10', 'Telegram No. 5']) expect(isOpenerLine(line), line).toBe(true);
    for (const line of ['Telegram on the visit', 'The talks went well.', 'Record of conversation']) expect(isOpenerLine(line), line).toBe(false);
    expect(CALL_NUMBER.test('IPN BU 648/34')).toBe(true);
  });

  it('knows datelines, signature lines, speakers, participants and letter-spacing', () => {
    expect(isDateline('Pyongyang, 10 June 1970')).toBe(true);
    expect(isDateline('Pyongyang, the capital')).toBe(false);
    expect(isSignatureLine('Col. Mieczysław Białek')).toBe(true);
    expect(isSignatureLine('They ended at six.')).toBe(false);
    expect(SPEAKER.exec('North (KIM): We agree.')?.groups).toMatchObject({ label: 'North', stage: 'KIM' });
    expect(PARTICIPANT.test('Li Wen (interpreter)')).toBe(true);
    expect(PARTICIPANT.test('The guests came by train (night express).')).toBe(false);
    expect('Ambassador S H T Y K O V and N o t e'.match(new RegExp(LETTER_SPACED_SOURCE, 'gu'))).toEqual(['S H T Y K O V', 'N o t e']);
  });
});
