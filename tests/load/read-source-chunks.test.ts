/**
 * openSourceChunks decodes a file chunk by chunk exactly as decodeXmlBytes
 * decodes it whole (same text, same warnings), whatever the chunk size, and
 * gives up on what load must explain.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../src/load/decode-xml-bytes.js';
import { openSourceChunks } from '../../src/load/read-source-chunks.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'read-source-chunks-'));
let n = 0;
const write = (bytes: Uint8Array) => {
  const file = path.join(work, `f${n++}.xml`);
  writeFileSync(file, bytes);
  return file;
};

async function readAll(file: string, chunkBytes: number) {
  const source = await openSourceChunks(file, chunkBytes);
  if (!source) return undefined;
  let text = '';
  let chunks = 0;
  for await (const chunk of source.chunks()) {
    text += chunk;
    chunks++;
  }
  return { text, chunks, failed: source.failed, problems: source.problems, encoding: source.encoding, bytesRead: source.bytesRead, totalBytes: source.totalBytes };
}

const content = fc.array(fc.constantFrom('a', 'é', '€', '\u2019', '\uD83D\uDE00', '\n', '\r\n', '<p>', ' '), { maxLength: 300 }).map((p) => p.join(''));

/** A document in `encoding`, as bytes, with the declaration and byte order mark that encoding needs. */
function encode(body: string, encoding: 'UTF-8' | 'UTF-8-BOM' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1'): Uint8Array {
  if (encoding === 'UTF-8') return Buffer.from(`<?xml version="1.0"?><doc>${body}</doc>`);
  if (encoding === 'UTF-8-BOM') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<doc>${body}</doc>`)]);
  if (encoding === 'UTF-16LE') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?><doc>${body}</doc>`, 'utf16le')]);
  if (encoding === 'UTF-16BE') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`<doc>${body}</doc>`, 'utf16le').swap16()]);
  // Single-byte: the UTF-8 bytes of the body, read in that encoding (the case load warns about when they are valid UTF-8).
  return Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${encoding}"?>\n<doc>`), Buffer.from(body), Buffer.from('</doc>')]);
}

describe('openSourceChunks', () => {
  it('decodes as decodeXmlBytes does, in any chunk size and supported encoding', async () => {
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom('UTF-8', 'UTF-8-BOM', 'UTF-16LE', 'UTF-16BE', 'windows-1252', 'ISO-8859-1') as fc.Arbitrary<Parameters<typeof encode>[1]>, fc.integer({ min: 1, max: 64 }), async (body, encoding, chunkBytes) => {
        const bytes = encode(body, encoding);
        const whole = decodeXmlBytes(bytes);
        const streamed = await readAll(write(bytes), chunkBytes);
        expect(streamed).toBeDefined();
        expect(streamed!.failed).toBe(false);
        expect(streamed!.text).toBe(whole.text);
        expect(streamed!.encoding).toBe(whole.encoding);
        expect(streamed!.problems).toEqual(whole.problems);
        expect(streamed!.bytesRead).toBe(bytes.length);
      }),
      { numRuns: 200 },
    );
  });

  it('reads in chunks of the size asked', async () => {
    const streamed = await readAll(write(Buffer.from(`<doc>${'x'.repeat(5000)}</doc>`)), 1024);
    expect(streamed!.chunks).toBe(5);
    expect(streamed!.totalBytes).toBe(5011);
  });

  it('warns, as load does, when a single-byte encoding is declared over valid UTF-8', async () => {
    const streamed = await readAll(write(encode('caf\u00e9', 'windows-1252')), 8);
    expect(streamed!.problems.map((p) => p.ruleId)).toEqual(['wf.encoding-suspect']);
    expect(streamed!.problems[0]!.message).toContain('(for example "é</doc>")');
  });

  it('stops, failed, at bytes that are not UTF-8, wherever they fall', async () => {
    const bytes = Buffer.concat([Buffer.from(`<doc>${'x'.repeat(100)}`), Buffer.from([0xe9]), Buffer.from('</doc>')]);
    const streamed = await readAll(write(bytes), 16);
    expect(streamed!.failed).toBe(true);
    expect(decodeXmlBytes(bytes).problems.map((p) => p.ruleId)).toEqual(['wf.invalid-bytes']);
  });

  it('gives up on what load must explain: no file, UTF-16 without a byte order mark, an unsupported or contradictory encoding', async () => {
    expect(await openSourceChunks(path.join(work, 'absent.xml'))).toBeUndefined();
    expect(await openSourceChunks(write(Buffer.from('<doc>x</doc>', 'utf16le')))).toBeUndefined();
    expect(await openSourceChunks(write(Buffer.from('<?xml version="1.0" encoding="EBCDIC"?><doc/>')))).toBeUndefined();
    expect(await openSourceChunks(write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><doc/>')])))).toBeUndefined();
    expect(await openSourceChunks(write(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><doc/>')))).toBeUndefined();
  });
});
