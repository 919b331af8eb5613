// saxon-js ships no types: the package's declarations (types/, packed with dist/) must reach library users too.
/// <reference path="../../types/saxon-js.d.ts" preserve="true" />
/**
 * Runs a compiled stylesheet on one document with saxon-js, in process.
 * Errors and xsl:messages become diagnostics of the `transform` layer.
 */
import SaxonJS, { type SaxonNode } from 'saxon-js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompiledStylesheet } from './load-stylesheet.js';

/** Stylesheet parameters. Values are passed as strings (saxon-js turns JS numbers into xs:double). */
export type StylesheetParameters = Record<string, string | boolean>;

/** Where xsl:result-document hrefs resolve: a placeholder URI, mapped back to paths relative to the output folder. */
const OUTPUT_BASE = 'file:///tei-edition-output/';

/**
 * A source parsed once by saxon-js into its own tree, for several stylesheet runs on the same
 * document (the HTML page, the reading and the diplomatic text): each run then skips the parse.
 */
export interface PreparedSource {
  readonly node: SaxonNode;
}

/**
 * Parses `xmlText` for {@link runStylesheet}. Undefined when saxon-js cannot parse it: each run
 * then parses the text itself and reports the problem as a diagnostic.
 */
export function prepareSource(xmlText: string): PreparedSource | undefined {
  try {
    return { node: SaxonJS.getPlatform().parseXmlFromString(xmlText) };
  } catch {
    return undefined;
  }
}

/**
 * `options` with the source added. A prepared node goes in as a non-enumerable property:
 * saxon-js's transform() logs its options by calling toString() on each enumerable one, which
 * for a document node serialises the whole document (about 250 ms a run for the 2.7 MB
 * tei_simplePrint.doc.xml, and a document has several runs) only to keep its first 30 characters.
 */
function withSource<T extends object>(source: string | PreparedSource, options: T): T {
  if (typeof source === 'string') return { ...options, sourceText: source };
  return Object.defineProperty(options, 'sourceNode', { value: source.node, enumerable: false });
}

/** The options every run shares: the compiled stylesheet, the base URIs and the parameters. */
function runOptions(stylesheet: CompiledStylesheet, baseURI: string, parameters: StylesheetParameters) {
  return { stylesheetInternal: stylesheet.sef, stylesheetBaseURI: stylesheet.baseURI, sourceBaseURI: baseURI, stylesheetParams: parameters };
}

export interface RunResult {
  /** The serialized principal result; absent when the transform failed. */
  output?: string;
  /** Secondary results written with xsl:result-document, by their path relative to the output folder. */
  resultDocuments: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Transforms `source` (the text of a whole, well-formed document without DOCTYPE, or the same
 * prepared by {@link prepareSource}) with `stylesheet`.
 * `file` names the source in diagnostics; `baseURI` is the source's URI.
 */
export function runStylesheet(stylesheet: CompiledStylesheet, source: string | PreparedSource, file: string, baseURI: string, parameters: StylesheetParameters = {}): RunResult {
  const diagnostics: Diagnostic[] = [];
  const resultDocuments = new Map<string, string>();
  try {
    const result = SaxonJS.transform(
      withSource(source, {
        ...runOptions(stylesheet, baseURI, parameters),
        destination: 'serialized',
        baseOutputURI: OUTPUT_BASE,
        deliverMessage: (message: unknown) => {
          const text = typeof message === 'object' && message !== null ? SaxonJS.serialize(message as never, { method: 'text' }) : String(message);
          diagnostics.push(diagnostic('info', 'transform', `transform.message.${stylesheet.name}`, text.trim(), { file }));
        },
        deliverResultDocument: (uri: string) => ({
          destination: 'serialized',
          save: (href: string, value: unknown) => {
            const resolved = String(href || uri);
            // A stylesheet may only write below the output folder.
            if (!resolved.startsWith(OUTPUT_BASE) || resolved.includes('/../')) {
              diagnostics.push(diagnostic('error', 'transform', 'transform.result-outside-output', `the ${stylesheet.name} stylesheet tried to write ${JSON.stringify(resolved)}; expected a relative path inside the output folder`, { file }));
              return;
            }
            resultDocuments.set(decodeURIComponent(resolved.slice(OUTPUT_BASE.length)), String(value));
          },
        }),
      }),
      'sync',
    );
    return { output: String(result.principalResult ?? ''), resultDocuments, diagnostics };
  } catch (e) {
    const error = e as { code?: string; message?: string; xsltLineNumber?: number; xsltModule?: string };
    const where = error.xsltModule ? ` (at ${error.xsltModule}${error.xsltLineNumber ? `:${error.xsltLineNumber}` : ''})` : '';
    diagnostics.push(
      diagnostic('error', 'transform', `transform.${error.code ?? 'failed'}`, `the ${stylesheet.name} stylesheet failed on this document: ${error.message ?? String(e)}${where}; expected a document the stylesheet can render`, { file }),
    );
    return { resultDocuments, diagnostics };
  }
}

/**
 * Calls the public named template `template` (an EQName, `Q{uri}local`) of `stylesheet` with
 * `source` as the global context item, and returns its result as saxon-js delivers it raw (an
 * xs:boolean as a JS boolean, a string as a string). Undefined, with a diagnostic, when it fails.
 */
export function callTemplate(stylesheet: CompiledStylesheet, template: string, source: string | PreparedSource, file: string, baseURI: string, parameters: StylesheetParameters = {}): { value?: unknown; diagnostics: Diagnostic[] } {
  try {
    const result = SaxonJS.transform(
      withSource(source, {
        ...runOptions(stylesheet, baseURI, parameters),
        initialTemplate: template,
        destination: 'raw',
      }),
      'sync',
    );
    return { value: result.principalResult, diagnostics: [] };
  } catch (e) {
    const error = e as { code?: string; message?: string };
    return {
      diagnostics: [diagnostic('error', 'transform', `transform.${error.code ?? 'failed'}`, `the ${stylesheet.name} stylesheet's template ${template} failed on this document: ${error.message ?? String(e)}; expected a document the stylesheet can render`, { file })],
    };
  }
}
