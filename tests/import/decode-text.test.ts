import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/import/decode-text.js';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, and UTF-16 with one', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Białek')]))).toEqual({ text: 'Białek', encoding: 'UTF-8', diagnostics: [] });
    expect(decodeText('a.txt', Buffer.from('Hańderek')).text).toBe('Hańderek');
    expect(decodeText('a.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('Kim', 'utf16le')]))).toMatchObject({ text: 'Kim', encoding: 'UTF-16LE' });
  });

  it('falls back to windows-1252 with a warning', () => {
    const result = decodeText('a.txt', new Uint8Array([0x93, 0x4b, 0x69, 0x6d, 0x94]));
    expect(result.text).toBe('“Kim”');
    expect(result.diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([['warning', 'import.not-utf8']]);
  });

  it('refuses binary input with one clear error', () => {
    const result = decodeText('scan.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 5, 6]));
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', ruleId: 'import.binary-input', line: 1 })]);
  });
});
