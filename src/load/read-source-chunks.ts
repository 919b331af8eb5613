/**
 * The load stage for the streaming path: reads a source a chunk at a time
 * and decodes each chunk as it comes, so that a file of any size costs one
 * chunk of bytes and one of text, not the whole file twice. It decodes as
 * {@link decodeXmlBytes} does (byte order mark, then the declaration, then
 * UTF-8; UTF-16, ISO-8859-1 and windows-1252 as well); a source that load
 * would reject or has to explain (bytes that do not decode, a UTF-16 file
 * without a byte order mark, an unsupported or contradictory encoding)
 * makes the reader give up, and the caller takes the whole-file path, whose
 * diagnostics are then exactly load's.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeWindows1252 } from './decode-windows-1252.js';
import { SUPPORTED, declaredEncoding, suspectUtf8Problem, type DecodeProblem } from './decode-xml-bytes.js';

/** Bytes read at a time: large enough that per-chunk costs vanish, small beside the memory budget. */
export const CHUNK_BYTES = 1 << 20;

/** An open source, ready to be read chunk by chunk. */
export interface SourceChunks {
  /** The absolute path. */
  path: string;
  /** The encoding the bytes are decoded with (a canonical name, as load gives it). */
  encoding: string;
  /** The size of the file in bytes. */
  totalBytes: number;
  /** Bytes read so far (for progress bars). */
  readonly bytesRead: number;
  /**
   * The decoded text, chunk by chunk (without a byte order mark). Ends early,
   * with `failed` set, when bytes turn out not to decode: the caller must then
   * fall back to the whole-file load. Closes the file when done.
   */
  chunks(): AsyncGenerator<string>;
  /** True after `chunks` stopped because the bytes do not decode cleanly. */
  readonly failed: boolean;
  /** Warnings load would give (offsets in the decoded text), known once every chunk was read. */
  readonly problems: DecodeProblem[];
}

/** A chunk's bytes to text; `end` flushes what a multi-byte decoder still holds. Throws on bytes that do not decode. */
type ChunkDecoder = (bytes: Uint8Array, end: boolean) => string;

/**
 * Opens `file` for streaming, or returns undefined when it cannot be
 * streamed as load would decode it (unreadable, or an encoding case load
 * reports on): the caller then loads it whole, and load says what is wrong.
 */
export async function openSourceChunks(file: string, chunkBytes = CHUNK_BYTES): Promise<SourceChunks | undefined> {
  const absolutePath = path.resolve(file);
  let handle;
  try {
    handle = await open(absolutePath, 'r');
  } catch {
    return undefined;
  }
  const fh = handle;
  try {
    const totalBytes = (await fh.stat()).size;
    const buffer = Buffer.allocUnsafe(Math.max(chunkBytes, 512));
    const { bytesRead: firstLength } = await fh.read(buffer, 0, buffer.length, 0);
    const first = buffer.subarray(0, firstLength);
    const chosen = chooseDecoder(first);
    if (!chosen) {
      await fh.close();
      return undefined;
    }
    const { encoding, skip, decode, watch } = chosen;
    let bytesRead = firstLength;
    let failed = false;
    const problems: DecodeProblem[] = [];
    const chunks = async function* (): AsyncGenerator<string> {
      try {
        let bytes: Uint8Array = first.subarray(skip);
        for (;;) {
          const end = bytesRead >= totalBytes;
          let text: string;
          try {
            text = decode(bytes, end);
            watch?.add(bytes, end);
          } catch {
            failed = true;
            return;
          }
          if (text.length) yield text;
          if (end) break;
          const { bytesRead: n } = await fh.read(buffer, 0, buffer.length, bytesRead);
          if (n === 0) {
            // The file shrank while being read: flush what is held, and stop.
            bytesRead = totalBytes;
            bytes = new Uint8Array(0);
            continue;
          }
          bytesRead += n;
          bytes = buffer.subarray(0, n);
        }
        const suspect = watch?.problem();
        if (suspect) problems.push(suspect);
      } finally {
        await fh.close();
      }
    };
    return {
      path: absolutePath,
      encoding,
      totalBytes,
      get bytesRead() {
        return bytesRead;
      },
      chunks,
      get failed() {
        return failed;
      },
      problems,
    };
  } catch {
    await fh.close();
    return undefined;
  }
}

/** The decoder for a file starting with `head`, as decodeXmlBytes would choose it; undefined for the cases load reports on. */
function chooseDecoder(head: Uint8Array): { encoding: string; skip: number; decode: ChunkDecoder; watch?: Utf8Watch } | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return utf16(head, 'UTF-16LE');
  if (head[0] === 0xfe && head[1] === 0xff) return utf16(head, 'UTF-16BE');
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // A 00 byte in the head is never UTF-8 XML: UTF-16 without a byte order mark, or binary (load explains which).
  if (head.subarray(0, 256).includes(0)) return undefined;
  const declared = declaredEncoding(new TextDecoder('latin1').decode(head.subarray(bom, bom + 200)));
  const canonical = declared ? SUPPORTED[declared.toLowerCase()] : 'UTF-8';
  if (!canonical || (bom && canonical !== 'UTF-8')) return undefined;
  if (canonical === 'ISO-8859-1') return { encoding: canonical, skip: bom, decode: (b) => Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1'), watch: new Utf8Watch(canonical) };
  if (canonical === 'windows-1252') return { encoding: canonical, skip: bom, decode: (b) => decodeWindows1252(b), watch: new Utf8Watch(canonical) };
  if (canonical !== 'UTF-8') return undefined; // UTF-16 declared, with no byte order mark
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return { encoding: 'UTF-8', skip: bom, decode: (b, end) => decoder.decode(b, { stream: !end }) };
}

/** UTF-16 after a byte order mark: streamed unless the declaration contradicts it; an unpaired surrogate stops the stream. */
function utf16(head: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): { encoding: string; skip: number; decode: ChunkDecoder } | undefined {
  const declared = declaredEncoding(new TextDecoder(encoding.toLowerCase()).decode(head.subarray(2, 2 + 400)));
  if (declared && !/^utf-?16/i.test(declared)) return undefined;
  const decoder = new TextDecoder(encoding.toLowerCase());
  return {
    encoding,
    skip: 2,
    decode: (b, end) => {
      const text = decoder.decode(b, { stream: !end });
      if (text.includes('\uFFFD')) throw new Error('not valid UTF-16');
      return text;
    },
  };
}

/**
 * Whether the bytes of a file declared in a single-byte encoding are valid
 * UTF-8 with at least one byte above 0x7F (load's warning "encoding-suspect"),
 * followed chunk by chunk, keeping only the few bytes its example quotes.
 */
class Utf8Watch {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private valid = true;
  private seen = 0;
  private firstHigh = -1;
  private sample: number[] = [];

  constructor(private readonly encoding: string) {}

  add(bytes: Uint8Array, end: boolean): void {
    if (this.firstHigh < 0) {
      const at = bytes.findIndex((b) => b >= 0x80);
      if (at >= 0) this.firstHigh = this.seen + at;
    }
    if (this.firstHigh >= 0 && this.sample.length < 48) {
      const from = Math.max(0, this.firstHigh - this.seen);
      for (let i = from; i < bytes.length && this.sample.length < 48; i++) this.sample.push(bytes[i]!);
    }
    this.seen += bytes.length;
    if (!this.valid) return;
    try {
      this.decoder.decode(bytes, { stream: !end });
    } catch {
      this.valid = false;
    }
  }

  /** The warning, once every byte was added: the offset counts only ASCII before it, so it is the same in either reading. */
  problem(): DecodeProblem | undefined {
    if (!this.valid || this.firstHigh < 0) return undefined;
    return suspectUtf8Problem(this.encoding, this.firstHigh, new TextDecoder('utf-8').decode(Uint8Array.from(this.sample)).slice(0, 12));
  }
}
