/**
 * Decodes the bytes of an XML file as the XML specification says: a byte
 * order mark wins, otherwise the encoding declaration, otherwise UTF-8.
 * Bytes that contradict the encoding are reported with their line and column
 * rather than silently replaced.
 */

import { decodeWindows1252 } from './decode-windows-1252.js';

/** Where in the decoded text a problem lies, and what it is. */
export interface DecodeProblem {
  /** Offset in the decoded text (UTF-16 code units). */
  offset: number;
  ruleId: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface DecodeResult {
  /** The decoded text without its byte order mark; absent when the bytes cannot be decoded at all. */
  text?: string;
  /** The encoding used, as a canonical name (`UTF-8`, `UTF-16LE`, `ISO-8859-1`, …). */
  encoding: string;
  hadBom: boolean;
  problems: DecodeProblem[];
}

/** The encodings read, by their lower-cased labels, to canonical names. */
export const SUPPORTED: Record<string, string> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'us-ascii': 'UTF-8',
  ascii: 'UTF-8',
  'utf-16': 'UTF-16',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'iso-8859-1': 'ISO-8859-1',
  'iso_8859-1': 'ISO-8859-1',
  latin1: 'ISO-8859-1',
  'latin-1': 'ISO-8859-1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
};

/** Reads `encoding="…"` from an XML declaration written in an ASCII-compatible encoding. */
export function declaredEncoding(head: string): string | undefined {
  const m = /^<\?xml[ \t\r\n][^?]*?encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return m?.[2];
}

/** Offset in the decoded text of the first invalid UTF-8 sequence, by counting the valid characters before it. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): { byteOffset: number; charOffset: number } | undefined {
  let chars = 0;
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      chars++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return { byteOffset: i, charOffset: chars };
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { byteOffset: i, charOffset: chars };
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { byteOffset: i, charOffset: chars };
    i += need + 1;
    chars += code >= 0x10000 ? 2 : 1;
  }
  return undefined;
}

function hex(bytes: Uint8Array, at: number): string {
  return Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/**
 * `UTF-16BE` or `UTF-16LE` when the bytes read as UTF-16 without a byte order
 * mark: the first character is `<` or white space in two bytes, one of them
 * 00, and in the first 256 bytes the same half of each pair is 00 at least
 * half the time (ASCII markup in UTF-16), the other half nearly never. XML in
 * UTF-8 has no 00 byte at all, so this never mistakes a UTF-8 document.
 */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16BE' | 'UTF-16LE' | undefined {
  const pairs = Math.min(128, Math.floor(bytes.length / 2));
  if (pairs < 2) return undefined;
  const markup = (b: number) => b === 0x3c || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  const mostly = (n: number) => n >= pairs * 0.5;
  const rarely = (n: number) => n <= pairs * 0.1;
  if (bytes[0] === 0 && markup(bytes[1]!) && mostly(evenZero) && rarely(oddZero)) return 'UTF-16BE';
  if (bytes[1] === 0 && markup(bytes[0]!) && mostly(oddZero) && rarely(evenZero)) return 'UTF-16LE';
  return undefined;
}

/** Decodes XML bytes; never throws. */
export function decodeXmlBytes(bytes: Uint8Array): DecodeResult {
  const problems: DecodeProblem[] = [];
  let hadBom = false;
  let bomEncoding: string | undefined;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [hadBom, bomEncoding, start] = [true, 'UTF-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [hadBom, bomEncoding, start] = [true, 'UTF-16LE', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [hadBom, bomEncoding, start] = [true, 'UTF-16BE', 2];

  if (bomEncoding === 'UTF-16LE' || bomEncoding === 'UTF-16BE') {
    const text = new TextDecoder(bomEncoding.toLowerCase()).decode(bytes.subarray(start));
    const declared = declaredEncoding(text);
    if (declared && !/^utf-?16/i.test(declared)) {
      problems.push({ offset: 0, ruleId: 'wf.encoding-mismatch', severity: 'error', message: `the byte order mark says ${bomEncoding} but the declaration says encoding="${declared}"; expected encoding="UTF-16"` });
    }
    if (text.includes('\uFFFD')) {
      problems.push({ offset: text.indexOf('\uFFFD'), ruleId: 'wf.invalid-bytes', severity: 'error', message: `bytes that are not valid ${bomEncoding} (an unpaired surrogate); expected well-formed ${bomEncoding}` });
    }
    return { text, encoding: bomEncoding, hadBom, problems };
  }

  const utf16 = start === 0 ? bomlessUtf16(bytes) : undefined;
  if (utf16) {
    const bom = utf16 === 'UTF-16BE' ? 'FE FF' : 'FF FE';
    const order = utf16 === 'UTF-16BE' ? 'big-endian' : 'little-endian';
    problems.push({
      offset: 0,
      ruleId: 'wf.utf16-without-bom',
      severity: 'error',
      message: `the file looks like UTF-16 ${order} (${utf16}) without a byte order mark: every other byte is 00; expected a byte order mark (${bom}) at its start, or the file saved as UTF-8`,
    });
    return { encoding: utf16, hadBom, problems };
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 200));
  const declared = declaredEncoding(head);
  const canonical = declared ? SUPPORTED[declared.toLowerCase()] : 'UTF-8';
  if (declared && !canonical) {
    problems.push({ offset: head.indexOf(declared), ruleId: 'wf.unsupported-encoding', severity: 'error', message: `encoding "${declared}" is not supported; expected UTF-8, UTF-16 (with a byte order mark), ISO-8859-1 or windows-1252` });
    return { encoding: declared, hadBom, problems };
  }
  if (hadBom && canonical !== 'UTF-8') {
    problems.push({ offset: 0, ruleId: 'wf.encoding-mismatch', severity: 'error', message: `the byte order mark says UTF-8 but the declaration says encoding="${declared}"; expected encoding="UTF-8"` });
  }
  if (canonical === 'UTF-16' || canonical === 'UTF-16LE' || canonical === 'UTF-16BE') {
    problems.push({ offset: 0, ruleId: 'wf.encoding-mismatch', severity: 'error', message: `the declaration says encoding="${declared}" but the file has no UTF-16 byte order mark and reads as ASCII; expected a byte order mark, or encoding="UTF-8"` });
    return { encoding: canonical, hadBom, problems };
  }
  if (canonical === 'ISO-8859-1') {
    // Buffer's latin1 is true ISO-8859-1; WHATWG's TextDecoder maps that label to windows-1252.
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('latin1'), encoding: canonical, hadBom, problems: [...problems, ...mojibake(bytes, start, canonical)] };
  }
  if (canonical === 'windows-1252') {
    return { text: decodeWindows1252(bytes.subarray(start)), encoding: canonical, hadBom, problems: [...problems, ...mojibake(bytes, start, canonical)] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding: 'UTF-8', hadBom, problems };
  } catch {
    const bad = firstInvalidUtf8(bytes, start)!;
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(start));
    problems.push({
      offset: bad.charOffset,
      ruleId: 'wf.invalid-bytes',
      severity: 'error',
      message: `bytes ${hex(bytes, bad.byteOffset)} at byte ${bad.byteOffset} are not valid UTF-8${declared ? ` (the declared encoding)` : ' (the default encoding, none is declared)'}; expected UTF-8, or an encoding declaration such as encoding="ISO-8859-1"`,
    });
    return { text, encoding: 'UTF-8', hadBom, problems };
  }
}

/** A single-byte encoding was declared but the bytes look like UTF-8: a warning, since both readings are possible. */
function mojibake(bytes: Uint8Array, start: number, encoding: string): DecodeProblem[] {
  const rest = bytes.subarray(start);
  if (!rest.some((b) => b >= 0x80) || firstInvalidUtf8(rest, 0)) return [];
  const text = new TextDecoder('utf-8').decode(rest);
  const at = text.search(/[^\x00-\x7f]/);
  return [suspectUtf8Problem(encoding, at, text.slice(at, at + 12))];
}

/** The warning for a single-byte encoding declared over bytes that are valid UTF-8; `example` is the UTF-8 reading from `offset`. */
export function suspectUtf8Problem(encoding: string, offset: number, example: string): DecodeProblem {
  return { offset, ruleId: 'wf.encoding-suspect', severity: 'warning', message: `the file declares encoding="${encoding}" but its bytes are valid UTF-8 (for example ${JSON.stringify(example)}); expected encoding="UTF-8" if that is what was meant` };
}
