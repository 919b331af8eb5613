/**
 * Runs the compiled text-edition stylesheet on a document, in process, the
 * way the pipeline does (src/pipeline/render-document.ts): both views, and
 * the drop report that the reading run writes. Shared by the text tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { loadEditionStylesheet } from '../../src/transform/load-stylesheet.js';
import { callTemplate, type StylesheetParameters } from '../../src/transform/run-stylesheet.js';
import { runTextEdition } from '../../src/transform/run-text-edition.js';

export type View = 'reading' | 'diplomatic';

/** The text stylesheet's named template answering "can this document's reading and diplomatic texts differ?" (xslt/text/views.xsl). */
export const VIEWS_DIFFER = 'Q{urn:x-tei-edition:text}views-differ';

/** One drop-report entry: elements grouped by name and reason. */
export interface DropEntry {
  element: string;
  count: number;
  characters: number;
  reason: string;
  at: string[];
}

export interface DropReport {
  document: string;
  parameters: Record<string, string>;
  dropped: Record<View, DropEntry[]>;
  unknown: DropEntry[];
}

export interface TextEdition {
  reading: string;
  diplomatic: string;
  /** The drop report, parsed (absent only if the stylesheet did not write one). */
  drops?: DropReport;
  /** The report as written, byte for byte. */
  dropsText?: string;
  /** Error diagnostics of either run, as messages. */
  errors: string[];
}

/** Renders one view of `xmlText` (a document without DOCTYPE) with the compiled text stylesheet. */
export function renderView(xmlText: string, view: View, parameters: StylesheetParameters = {}, file = 'test.xml') {
  const { stylesheet, diagnostics } = loadEditionStylesheet('text');
  if (!stylesheet) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const baseURI = pathToFileURL(path.resolve(file)).href;
  return runTextEdition(stylesheet, xmlText, file, baseURI, { name: 'test', view, width: '78', ...parameters });
}

/** The stylesheet's answer to "can the two views of `xmlText` differ?" (xslt/text/views.xsl), as the pipeline asks it. */
export function viewsDiffer(xmlText: string, parameters: StylesheetParameters = {}, file = 'test.xml'): unknown {
  const { stylesheet, diagnostics } = loadEditionStylesheet('text');
  if (!stylesheet) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  const answer = callTemplate(stylesheet, VIEWS_DIFFER, xmlText, file, pathToFileURL(path.resolve(file)).href, { name: 'test', width: '78', ...parameters });
  if (answer.diagnostics.length > 0) throw new Error(answer.diagnostics.map((d) => d.message).join('\n'));
  return answer.value;
}

/** Renders both views of `xmlText`, with the drop report. */
export function renderText(xmlText: string, parameters: StylesheetParameters = {}, file = 'test.xml'): TextEdition {
  const reading = renderView(xmlText, 'reading', parameters, file);
  const diplomatic = renderView(xmlText, 'diplomatic', parameters, file);
  const name = String(parameters.name ?? 'test');
  const dropsText = reading.resultDocuments.get(`reports/${name}.text-drops.json`);
  return {
    reading: reading.output ?? '',
    diplomatic: diplomatic.output ?? '',
    ...(dropsText === undefined ? {} : { drops: JSON.parse(dropsText) as DropReport, dropsText }),
    errors: [...reading.diagnostics, ...diplomatic.diagnostics].filter((d) => d.severity === 'error').map((d) => d.message),
  };
}

/** Loads and parses a file the way the pipeline does (encoding detection, entities expanded, DOCTYPE removed). */
export function loadForTransform(file: string): { xmlText?: string; problems: string[] } {
  const { source, diagnostics } = decodeSource(file, readFileSync(file), path.resolve(file));
  if (!source) return { problems: diagnostics.map((d) => d.message) };
  const parsed = parseSource(source);
  return parsed.parsed ? { xmlText: parsed.parsed.xmlText, problems: [] } : { problems: parsed.diagnostics.map((d) => d.message) };
}

/** Renders a file (both views and the report). */
export function renderFile(file: string, parameters: StylesheetParameters = {}): TextEdition {
  const { xmlText, problems } = loadForTransform(file);
  if (xmlText === undefined) throw new Error(`${file} does not parse: ${problems.join('; ')}`);
  return renderText(xmlText, parameters, file);
}
