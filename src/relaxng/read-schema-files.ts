/**
 * Reads a RELAX NG schema (XML syntax) and every file it pulls in through
 * `include` and `externalRef`, parsing each once with the project's parser.
 * Returns the parsed documents by absolute path, and the bytes' hashes so the
 * compiled schema can be cached by content.
 */
import { sha256 } from '../util/sha256.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSource } from '../load/load-source.js';
import { parseXml } from '../parse/parse-xml.js';
import { descendantElements, type XmlDocument } from '../parse/xml-tree.js';
import { plainAttribute as getAttribute } from './xml-names.js';

export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';

/** One schema file, parsed. */
export interface SchemaFile {
  /** Absolute path. */
  path: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  document: XmlDocument;
}

/** Every file of a schema, the main one first. */
export interface SchemaFiles {
  main: string;
  files: Map<string, SchemaFile>;
  diagnostics: Diagnostic[];
}

/** Resolves an `href` (relative path or file: URL) against the file that contains it. */
export function resolveHref(href: string, from: string): string | undefined {
  if (/^file:/i.test(href)) return fileURLToPath(href);
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[a-z]:[\\/]/i.test(href)) return undefined; // http: etc. are never fetched
  return path.resolve(path.dirname(from), decodeURIComponent(href.split('#')[0]!));
}

/** Loads `schemaPath` and, transitively, every file it includes or references. */
export async function readSchemaFiles(schemaPath: string): Promise<SchemaFiles> {
  const main = path.resolve(schemaPath);
  const files = new Map<string, SchemaFile>();
  const diagnostics: Diagnostic[] = [];
  const pending: { file: string; from?: { file: string; line: number; column: number } }[] = [{ file: main }];
  while (pending.length) {
    const { file, from } = pending.shift()!;
    if (files.has(file)) continue;
    const loaded = await loadSource(file);
    if (!loaded.source) {
      for (const d of loaded.diagnostics) {
        // Report a missing included file where it is referenced, as a schema problem.
        const where = from ?? { file, line: d.line, column: d.column };
        diagnostics.push(diagnostic('error', 'rng', 'rng.schema-error', `cannot read schema file ${JSON.stringify(file)}: ${d.message}`, where));
      }
      continue;
    }
    const parsed = parseXml(file, loaded.source.text);
    if (!parsed.document) {
      for (const d of parsed.diagnostics) diagnostics.push({ ...d, layer: 'rng', ruleId: 'rng.schema-error', message: `the schema is not well-formed XML: ${d.message}` });
      continue;
    }
    files.set(file, { path: file, sha256: sha256(loaded.source.bytes), document: parsed.document });
    for (const el of descendantElements(parsed.document.root)) {
      if (el.uri !== RNG_NS || (el.local !== 'include' && el.local !== 'externalRef')) continue;
      const href = getAttribute(el, 'href');
      if (href === undefined) continue; // reported when the grammar is built
      const target = resolveHref(href.trim(), file);
      const where = { file, ...parsed.document.locate(el.start) };
      if (!target) {
        diagnostics.push(diagnostic('error', 'rng', 'rng.schema-error', `cannot follow href ${JSON.stringify(href)}: only local files are read; expected a relative path or file: URL`, where));
        continue;
      }
      pending.push({ file: target, from: where });
    }
  }
  return { main, files, diagnostics };
}
