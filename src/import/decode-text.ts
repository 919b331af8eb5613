/**
 * Decodes the bytes of a plain-text record. Web captures come as UTF-8 (with
 * or without a byte order mark), sometimes as UTF-16 or windows-1252; binary
 * files are refused with a diagnostic instead of being imported as noise.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeWindows1252 } from '../load/decode-windows-1252.js';

export interface DecodedText {
  text?: string;
  encoding?: string;
  diagnostics: Diagnostic[];
}

/** Share of control characters (other than tab, line feed, carriage return, form feed) above which input is binary. */
const BINARY_SHARE = 0.02;

/** Counts C0 controls and NULs in the first 64 KiB of text. */
function controlShare(text: string): { share: number; first: number } {
  const sample = text.slice(0, 65536);
  let count = 0;
  let first = -1;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { share: sample.length ? count / sample.length : 0, first };
}

/** Decodes `bytes` read from `file`; never throws. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  let text: string;
  let encoding: string;
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [text, encoding] = [new TextDecoder('utf-8').decode(bytes.subarray(3)), 'UTF-8'];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE'];
  else {
    try {
      [text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8'];
    } catch {
      // Not UTF-8: web pages saved on Windows are windows-1252, which decodes any byte.
      [text, encoding] = [decodeWindows1252(bytes), 'windows-1252'];
      diagnostics.push(diagnostic('warning', 'import', 'import.not-utf8', `the input is not valid UTF-8; it was read as windows-1252 (expected UTF-8: check accented letters in the draft)`, { file }));
    }
  }
  const { share, first } = controlShare(text);
  if (bytes.includes(0) && encoding.startsWith('UTF-8') || share > BINARY_SHARE) {
    const at = first >= 0 ? first : text.indexOf('\u0000');
    const line = text.slice(0, Math.max(at, 0)).split('\n').length;
    return {
      diagnostics: [
        diagnostic('error', 'import', 'import.binary-input', `the input looks binary (${(share * 100).toFixed(1)}% control characters, first at line ${line}); expected the plain text of a record`, { file, line, column: 1 }),
      ],
    };
  }
  return { text, encoding, diagnostics };
}
