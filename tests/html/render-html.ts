/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Renders one TEI file to its HTML edition in memory, through the pipeline's
 * own stages (load → parse → render with the compiled stylesheet), and parses
 * the page with linkedom so that tests can query it like a browser would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource, type ParsedDocument } from '../../src/parse/parse-source.js';
import { renderDocument, type RenderOptions } from '../../src/pipeline/render-document.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { PreparedSource } from '../../src/transform/run-stylesheet.js';

export interface RenderedPage {
  /** The page as written to output/html/NAME.html. */
  html: string;
  /** The page as a DOM. */
  document: Document;
  /** Every other file the render wrote, by path relative to the output folder. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  /** The source as parsed, and as prepared for saxon-js, for further stages on the same document (its collection entry). */
  parsed: ParsedDocument;
  prepared?: PreparedSource;
}

/** Renders `file` as the document named `name` (`options`: further render options). Throws when the source cannot be parsed or no page comes out. */
export function renderHtml(file: string, name = path.basename(file, '.xml'), options: RenderOptions = {}): RenderedPage {
  return renderHtmlBytes(file, readFileSync(file), name, options);
}

/** Renders TEI given as text (a generated or inline document) as the document named `name`. */
export function renderHtmlText(xmlText: string, name = 'test'): RenderedPage {
  return renderHtmlBytes(`${name}.xml`, Buffer.from(xmlText, 'utf8'), name);
}

function renderHtmlBytes(file: string, bytes: Buffer, name: string, options: RenderOptions = {}): RenderedPage {
  const loaded = decodeSource(file, bytes);
  if (!loaded.source) throw new Error(`cannot load ${file}: ${JSON.stringify(loaded.diagnostics)}`);
  const { parsed, diagnostics } = parseSource(loaded.source);
  if (!parsed) throw new Error(`cannot parse ${file}: ${JSON.stringify(diagnostics)}`);
  const rendered = renderDocument(parsed, name, { formats: ['html'], ...options });
  const files = new Map<string, string>();
  for (const f of rendered.files) files.set(f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8'));
  const html = files.get(`html/${name}.html`);
  if (html === undefined) throw new Error(`no page for ${file}: ${JSON.stringify(rendered.diagnostics)}`);
  files.delete(`html/${name}.html`);
  return { html, document: parseHTML(html).document as unknown as Document, files, diagnostics: [...diagnostics, ...rendered.diagnostics], parsed, prepared: rendered.prepared };
}

/** A TEI file as an XML DOM (for counting what the page must show). */
export function parseTei(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml') as unknown as Document;
}
