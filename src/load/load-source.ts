/**
 * The load stage: the only place (with writing) that touches the disk on the
 * way in. Reads a file's bytes and decodes them; every failure is a diagnostic.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../parse/line-index.js';
import { decodeXmlBytes } from './decode-xml-bytes.js';

/** A source file, read and decoded. */
export interface SourceFile {
  /** The name used in diagnostics: the path as the user gave it. */
  file: string;
  /** The absolute path. */
  path: string;
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The encoding the bytes were decoded with. */
  encoding: string;
  /** The raw bytes, kept for content hashing and for copying the source beside the edition. */
  bytes: Uint8Array;
}

export interface LoadResult {
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/** Decodes bytes already in memory (from stdin, a test, or an editor buffer) as if read from `file`. */
export function decodeSource(file: string, bytes: Uint8Array, absolutePath = path.resolve(file)): LoadResult {
  const decoded = decodeXmlBytes(bytes);
  const diagnostics: Diagnostic[] = [];
  const lines = decoded.text !== undefined ? new LineIndex(decoded.text) : undefined;
  for (const p of decoded.problems) {
    const where = lines ? lines.locate(p.offset) : { line: 1, column: 1 };
    diagnostics.push(diagnostic(p.severity, 'wf', p.ruleId, p.message, { file, ...where }));
  }
  if (decoded.text === undefined || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { source: { file, path: absolutePath, text: decoded.text, encoding: decoded.encoding, bytes }, diagnostics };
}

/** Reads and decodes `file`. A missing or unreadable file gives an `io` diagnostic, never an exception. */
export async function loadSource(file: string): Promise<LoadResult> {
  const absolutePath = path.resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { diagnostics: [diagnostic('error', 'io', 'io.read-failed', `cannot read ${JSON.stringify(file)}: ${reason}; expected a readable XML file`, { file })] };
  }
  return decodeSource(file, bytes, absolutePath);
}
