import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../src/load/decode-xml-bytes.js';
import { decodeSource } from '../../src/load/load-source.js';

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
};

describe('decodeXmlBytes', () => {
  it('reads UTF-8 without a declaration', () => {
    const r = decodeXmlBytes(new TextEncoder().encode('<a>Białek</a>'));
    expect(r).toMatchObject({ text: '<a>Białek</a>', encoding: 'UTF-8', hadBom: false, problems: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    const r = decodeXmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a/>')]));
    expect(r).toMatchObject({ text: '<a/>', hadBom: true, encoding: 'UTF-8' });
  });

  it.each([true, false])('reads UTF-16 with a byte order mark (little-endian: %s)', (le) => {
    const r = decodeXmlBytes(utf16('<?xml version="1.0" encoding="UTF-16"?><a>Kim Il Sung 김일성</a>', le));
    expect(r.text).toBe('<?xml version="1.0" encoding="UTF-16"?><a>Kim Il Sung 김일성</a>');
    expect(r.problems).toEqual([]);
  });

  it('decodes declared ISO-8859-1 as true Latin-1 (0x80–0x9F are C1 controls, not windows-1252)', () => {
    const r = decodeXmlBytes(new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9, 0x80, ...new TextEncoder().encode('</a>')]));
    expect(r.text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>é\u0080</a>');
  });

  it('decodes declared windows-1252 (0x80 is the euro sign)', () => {
    const r = decodeXmlBytes(new Uint8Array([...new TextEncoder().encode("<?xml version='1.0' encoding='windows-1252'?><a>"), 0x80, 0x93, 0x94, ...new TextEncoder().encode('</a>')]));
    expect(r.text).toContain('<a>€“”</a>');
  });

  it('locates bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<a>\n  ok é '), 0xe9, ...new TextEncoder().encode(' bad</a>')]);
    const r = decodeXmlBytes(bytes);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ ruleId: 'wf.invalid-bytes', severity: 'error', offset: 11 });
    expect(r.problems[0]!.message).toMatch(/bytes E9 20 62 61 at byte 12 are not valid UTF-8/);
  });

  it('reports the position of bad bytes as line and column through decodeSource', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<a>\n  ok é '), 0xff, ...new TextEncoder().encode('</a>')]);
    const { source, diagnostics } = decodeSource('bad.xml', bytes);
    expect(source).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: 'bad.xml', line: 2, column: 8, layer: 'wf', ruleId: 'wf.invalid-bytes' });
  });

  it('rejects an unsupported encoding with a message naming it', () => {
    const r = decodeXmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="EBCDIC-US"?><a/>'));
    expect(r.text).toBeUndefined();
    expect(r.problems[0]!.message).toContain('encoding "EBCDIC-US" is not supported');
  });

  it('reports a declaration that contradicts the byte order mark', () => {
    const r = decodeXmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')]));
    expect(r.problems.map((p) => p.ruleId)).toContain('wf.encoding-mismatch');
  });

  it('warns when a file declared Latin-1 is really UTF-8', () => {
    const r = decodeXmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>Białek</a>'));
    expect(r.problems).toEqual([expect.objectContaining({ ruleId: 'wf.encoding-suspect', severity: 'warning' })]);
  });

  it('rejects UTF-16 declared without a byte order mark', () => {
    const r = decodeXmlBytes(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><a/>'));
    expect(r.text).toBeUndefined();
    expect(r.problems[0]!.ruleId).toBe('wf.encoding-mismatch');
  });

  it.each([
    ['utf16be', 'big-endian (UTF-16BE)', 'FE FF'],
    ['utf16le', 'little-endian (UTF-16LE)', 'FF FE'],
  ] as const)('names the cause of UTF-16 without a byte order mark (%s)', (encoding, order, bom) => {
    const text = '<?xml version="1.0" encoding="UTF-16"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Żółć 中文</p></body></text></TEI>\n';
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const r = decodeXmlBytes(bytes);
    expect(r.text).toBeUndefined();
    expect(r.problems).toEqual([
      {
        offset: 0,
        ruleId: 'wf.utf16-without-bom',
        severity: 'error',
        message: `the file looks like UTF-16 ${order} without a byte order mark: every other byte is 00; expected a byte order mark (${bom}) at its start, or the file saved as UTF-8`,
      },
    ]);
    // Through the load stage: one diagnostic at 1:1, not "character U+0000 is not allowed".
    const loaded = decodeSource('u.xml', bytes);
    expect(loaded.source).toBeUndefined();
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ ruleId: 'wf.utf16-without-bom', line: 1, column: 1 })]);
  });

  it('reads UTF-16 with its byte order mark as before', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>中</a>', 'utf16le')]);
    expect(decodeXmlBytes(bytes)).toMatchObject({ text: '<a>中</a>', encoding: 'UTF-16LE', problems: [] });
  });
});
