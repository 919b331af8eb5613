/**
 * One document through the whole build: load → parse → XInclude → validate
 * → transform, with its outputs as data, and, beside the page, the
 * document's entry for the collection pages (asked of src/collection/ here,
 * so that it is cached with the document). A pure function of (source,
 * options), so that it can run in a worker process and its result be cached.
 */
import { documentEntry } from '../collection/document-entry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidationSession } from '../validate/validation-session.js';
import { readSourceDocuments } from './read-source-documents.js';
import type { CheckOptions } from './check-source.js';
import type { SourceEntry } from './discover-sources.js';
import { renderDocument, type RenderedFile, type RenderOptions } from './render-document.js';

/** Options of the per-document work: plain data, so that they can cross to a worker. */
export interface ProcessOptions extends Omit<CheckOptions, 'session' | 'sourceRoot'>, RenderOptions {
  /** With the HTML page, also make the document's collection entry (default true; see src/collection/). */
  collection?: boolean;
}

/** What the build made of one source. */
export interface ProcessedDocument {
  file: string;
  name: string;
  diagnostics: Diagnostic[];
  /** Files to write, relative to the output folder. */
  files: RenderedFile[];
  /** Absolute paths of every file the result depends on (source, XIncludes, schemas). */
  inputs: string[];
}

/**
 * Processes one source; never throws for bad input (a malformed document has
 * diagnostics and no files). A teiCorpus gives one edition per TEI in it,
 * named `<corpus name>/<member>`.
 */
export async function processDocument(source: SourceEntry, options: ProcessOptions, session: ValidationSession): Promise<ProcessedDocument> {
  const read = await readSourceDocuments(source, { ...options, session });
  const result: ProcessedDocument = { file: source.file, name: source.name, diagnostics: read.diagnostics, files: [], inputs: read.inputs };
  for (const document of read.documents) {
    const rendered = renderDocument(document.parsed, document.name, options);
    result.diagnostics.push(...rendered.diagnostics);
    result.files.push(...rendered.files);
    const page = rendered.page;
    if (page && options.collection !== false) {
      // From the page just rendered, on the source saxon-js already has.
      const parts = page.split && { pages: page.split.parts.map((p) => p.html), partOf: page.split.partOf };
      const entry = documentEntry(document.parsed, document.name, page.html, rendered.prepared, parts);
      result.diagnostics.push(...entry.diagnostics);
      result.files.push({ path: entry.path, content: entry.content });
    }
  }
  return result;
}
