/**
 * Reads and parses an ODD or a TEI source for the compiler, once per content:
 * the 4 MB p5subset.xml is parsed a single time however many ODDs a process
 * compiles against it. Nothing is fetched unless network access is allowed.
 */
import { sha256 } from '../util/sha256.js';
import { decodeSource, loadSource, type SourceFile } from '../load/load-source.js';
import { parseXml } from '../parse/parse-xml.js';
import type { XmlDocument } from '../parse/xml-tree.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface LoadedOdd {
  file: string;
  path: string;
  sha256: string;
  document: XmlDocument;
}

const parsed = new Map<string, XmlDocument>();

function parse(source: SourceFile, diagnostics: Diagnostic[]): LoadedOdd | undefined {
  const digest = sha256(source.bytes);
  let document = parsed.get(digest);
  if (!document) {
    const result = parseXml(source.file, source.text);
    diagnostics.push(...result.diagnostics);
    if (!result.document) return undefined;
    document = result.document;
    parsed.set(digest, document);
  }
  return { file: source.file, path: source.path, sha256: digest, document };
}

/** Loads a local file. */
export async function loadOddDocument(file: string, diagnostics: Diagnostic[]): Promise<LoadedOdd | undefined> {
  const loaded = await loadSource(file);
  diagnostics.push(...loaded.diagnostics);
  return loaded.source ? parse(loaded.source, diagnostics) : undefined;
}

/** Fetches a URL (only called when the user allowed network access). */
export async function fetchOddDocument(url: string, diagnostics: Diagnostic[]): Promise<LoadedOdd | undefined> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  const loaded = decodeSource(url, new Uint8Array(await response.arrayBuffer()), url);
  diagnostics.push(...loaded.diagnostics);
  return loaded.source ? parse(loaded.source, diagnostics) : undefined;
}
