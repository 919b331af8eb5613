/**
 * The parse stage over a loaded source: the positioned tree plus the text
 * that XSLT and XPath engines receive.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/load-source.js';
import { parseXml, type ParseOptions } from './parse-xml.js';
import type { XmlDocument } from './xml-tree.js';

/** A source that parsed: what every later stage works on. */
export interface ParsedDocument {
  source: SourceFile;
  document: XmlDocument;
  /** The document as text for saxon-js: entities expanded, DOCTYPE removed. */
  xmlText: string;
}

export interface ParseSourceResult {
  parsed?: ParsedDocument;
  diagnostics: Diagnostic[];
}

/** Parses a loaded source; a document that is not well-formed gives `wf` diagnostics and no tree. */
export function parseSource(source: SourceFile, options: ParseOptions = {}): ParseSourceResult {
  const result = parseXml(source.file, source.text, options);
  if (!result.document || result.transformText === undefined) return { diagnostics: result.diagnostics };
  return { parsed: { source, document: result.document, xmlText: result.transformText }, diagnostics: result.diagnostics };
}
