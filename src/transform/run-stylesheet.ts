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
      {
        stylesheetInternal: stylesheet.sef,
        stylesheetBaseURI: stylesheet.baseURI,
        ...(typeof source === 'string' ? { sourceText: source } : { sourceNode: source.node }),
        sourceBaseURI: baseURI,
        stylesheetParams: parameters,
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
      },
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
