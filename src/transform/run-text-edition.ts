/**
 * Runs the text edition: the text stylesheet (bundled or a project's own,
 * which imports ours) writes the block model, and the layout stage
 * (layout-text.ts) turns it into the page. Laying out in TypeScript rather
 * than in XSLT made the text transform faster with the same bytes
 * (docs/performance.md, issue 18).
 */
import { diagnostic } from '../diagnostics/diagnostic.js';
import { layoutText } from './layout-text.js';
import type { CompiledStylesheet } from './load-stylesheet.js';
import { runStylesheet, type PreparedSource, type RunResult, type StylesheetParameters } from './run-stylesheet.js';

/**
 * Renders one view of the text edition of `source` with the text stylesheet `stylesheet`: as
 * {@link runStylesheet}, with the laid-out page as the output.
 */
export function runTextEdition(stylesheet: CompiledStylesheet, source: string | PreparedSource, file: string, baseURI: string, parameters: StylesheetParameters = {}): RunResult {
  const result = runStylesheet(stylesheet, source, file, baseURI, parameters);
  if (result.output === undefined) return result;
  try {
    return { ...result, output: layoutText(result.output) };
  } catch (e) {
    const { output: _model, ...rest } = result;
    const problem = diagnostic('error', 'transform', 'transform.text-block-model', `the ${stylesheet.name} stylesheet's output could not be laid out: ${(e as Error).message}; expected the block model of xslt/text/layout.xsl (one tx:page element)`, { file });
    return { ...rest, diagnostics: [...result.diagnostics, problem] };
  }
}
