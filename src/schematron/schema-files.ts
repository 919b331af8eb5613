/**
 * Reads the schema files (the .sch or .rng given, and everything they
 * include), once each, into positioned trees, and records each file's
 * content hash: the cache is valid only while every one of them is
 * unchanged. Problems reading a schema are diagnostics on the schema file.
 */
import { sha256 } from '../util/sha256.js';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSource } from '../load/load-source.js';
import { parseXml } from '../parse/parse-xml.js';
import type { XmlDocument, XmlElement } from '../parse/xml-tree.js';
import type { SourceLocation } from './schematron-model.js';

/** A schema file, parsed. */
export interface SchemaFile {
  /** The name used in diagnostics. */
  file: string;
  /** Absolute path, against which relative `href`s resolve. */
  path: string;
  document: XmlDocument;
}

/** A file the compiled schema depends on, with the hash of its bytes. */
export interface Dependency {
  path: string;
  sha256: string;
}

/** Reads schema files, remembering each one (parsed once) and its hash. */
export class SchemaFiles {
  readonly diagnostics: Diagnostic[] = [];
  readonly dependencies: Dependency[] = [];
  private readonly parsed = new Map<string, SchemaFile | undefined>();

  /**
   * Reads `href` (relative to `from`, when given). Returns undefined, with a
   * diagnostic at `where`, when it cannot be read or is not well-formed.
   */
  async read(href: string, from?: SchemaFile, where?: SourceLocation): Promise<SchemaFile | undefined> {
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(href) && !href.startsWith('file://')) {
      this.diagnostics.push(
        diagnostic('error', 'sch', 'sch.remote-schema', `cannot read ${JSON.stringify(href)}: remote schemas are not fetched; expected a local file path`, where ?? { file: href }),
      );
      return undefined;
    }
    const local = href.startsWith('file://') ? new URL(href).pathname : href;
    const absolute = from ? path.resolve(path.dirname(from.path), local) : path.resolve(local);
    if (this.parsed.has(absolute)) return this.parsed.get(absolute);
    const file = from ? path.relative(process.cwd(), absolute) || absolute : href;
    const loaded = await loadSource(absolute);
    let result: SchemaFile | undefined;
    if (loaded.source) {
      this.dependencies.push({ path: absolute, sha256: sha256(loaded.source.bytes) });
      const parsed = parseXml(file, loaded.source.text);
      for (const d of parsed.diagnostics) this.diagnostics.push(asSchemaProblem(d, file));
      if (parsed.document) result = { file, path: absolute, document: parsed.document };
    } else {
      for (const d of loaded.diagnostics) this.diagnostics.push(asSchemaProblem(d, file, where));
    }
    this.parsed.set(absolute, result);
    return result;
  }
}

/** A read or parse problem in a schema file, reported on the Schematron layer. */
function asSchemaProblem(d: Diagnostic, file: string, where?: SourceLocation): Diagnostic {
  const at = d.line > 0 ? { file, line: d.line, column: d.column } : where ?? { file };
  return diagnostic(d.severity, 'sch', `sch.schema-${d.ruleId}`, `in the schema: ${d.message}`, at);
}

/** Where an element of a schema file starts. */
export function locationOf(schema: SchemaFile, element: XmlElement): SourceLocation {
  return { file: schema.file, ...schema.document.locate(element.start) };
}
