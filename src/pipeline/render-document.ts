/**
 * The transform stage: one parsed document in, its editions out (as data,
 * not yet written): the HTML page, the reading text and the diplomatic text,
 * and the source prepared for saxon-js, so that the caller's further runs on
 * the document (its collection entry, src/collection/) need not parse it again.
 */
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { checkTransformDepth } from '../transform/check-transform-depth.js';
import { loadEditionStylesheet, type EditionFormat } from '../transform/load-stylesheet.js';
import { prepareSource, runStylesheet, type PreparedSource, type StylesheetParameters } from '../transform/run-stylesheet.js';
import { runTextEdition } from '../transform/run-text-edition.js';
import { DEFAULT_SPLIT_ABOVE, splitLongPage, type SplitPage } from './split-long-page.js';

/** Where the reading run writes whether the document's two text views can differ (xslt/text/views.xsl, parameter views-report): read here, never written. */
const VIEWS_REPORT = '.tei-edition/views-differ';

/** One file of an edition, relative to the output folder. */
export interface RenderedFile {
  path: string;
  content: string | Uint8Array;
}

export interface RenderOptions {
  /** Which editions to render (default: both). */
  formats?: readonly EditionFormat[];
  /** Wrap width of the text edition (default 78; 0: no wrapping). */
  textWidth?: number;
  /** Where the edition is published (e.g. https://example.org/edition/): pages and citations link there. */
  baseUrl?: string;
  /** Extra stylesheet parameters by format, from the configuration (strings, passed as they are). */
  parameters?: { html?: Record<string, string>; text?: Record<string, string> };
  /**
   * The project's own stylesheets by format (XSLT files that import tei-edition's, see
   * docs/customising.md), used instead of the bundled ones. They must be compiled first
   * with compileProjectStylesheet (buildEdition does it).
   */
  stylesheets?: ProjectStylesheets;
  /** The cache folder the project's stylesheets were compiled into (default: the schema cache). */
  cacheDir?: string;
  /**
   * An HTML page longer than this many bytes is written as a contents page and one page per part
   * (front matter, each top-level division of the body, back matter; a longer division by its own
   * divisions; see split-long-page.ts).
   * Default 500,000; 0: never split.
   */
  splitAbove?: number;
}

/** A project's own HTML and text stylesheets, by file path. */
export interface ProjectStylesheets {
  html?: string;
  text?: string;
}

export interface RenderResult {
  files: RenderedFile[];
  diagnostics: Diagnostic[];
  /** The document as parsed for saxon-js (absent when it was too deep to transform, or saxon-js took the text). */
  prepared?: PreparedSource;
  /** The whole HTML page as the stylesheet wrote it, and its parts when it was split (the files hold the contents page instead). */
  page?: { html: string; split?: SplitPage };
}

/** Relative path from `output/<folder>/<name>.ext` back to `output/<folder>/`. */
function upToFolder(name: string): string {
  return '../'.repeat(name.split('/').length - 1);
}

/** Renders `parsed`, whose output name is `name` (e.g. `sub/record`). */
export function renderDocument(parsed: ParsedDocument, name: string, options: RenderOptions = {}): RenderResult {
  const tooDeep = checkTransformDepth(parsed);
  if (tooDeep) return { files: [], diagnostics: [tooDeep] };
  const formats = options.formats ?? ['html', 'text'];
  const files: RenderedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const baseURI = pathToFileURL(parsed.source.path).href;
  // Parsed once for every run on this document (saxon-js took 0.17–0.5 s to parse the 3 MB frus1936v03.xml).
  const source = prepareSource(parsed.xmlText) ?? parsed.xmlText;
  /** Runs `format`'s stylesheet; its output goes to `path`, its result documents beside, except those named in `keep`, which it returns. */
  const run = (format: EditionFormat, parameters: StylesheetParameters, path: string, keep?: string): { output?: string; kept?: string } => {
    const own = options.stylesheets?.[format];
    const { stylesheet, diagnostics: loadProblems } = loadEditionStylesheet(format, own ? { source: own, cacheDir: options.cacheDir } : undefined);
    diagnostics.push(...loadProblems);
    if (!stylesheet) return {};
    // Every stylesheet learns the document's output name, for links and for its reports (xsl:result-document).
    // The text stylesheet writes the block model; runTextEdition lays it out.
    const result = (format === 'text' ? runTextEdition : runStylesheet)(stylesheet, source, parsed.source.file, baseURI, { name, ...parameters });
    diagnostics.push(...result.diagnostics);
    if (result.output !== undefined) files.push({ path, content: result.output });
    for (const [relative, content] of result.resultDocuments) if (relative !== keep) files.push({ path: relative, content });
    return { output: result.output, kept: keep === undefined ? undefined : result.resultDocuments.get(keep) };
  };
  const up = upToFolder(name);
  let page: RenderResult['page'];
  if (formats.includes('html')) {
    // A link: each segment of the name percent-encoded ("a#b" is not a fragment, "50%" not an escape).
    const sourceHref = `${up}../source/${name.split('/').map(encodeURIComponent).join('/')}.xml`;
    const html: StylesheetParameters = { ...options.parameters?.html, 'assets-path': `${up}assets/`, 'source-href': sourceHref };
    if (options.baseUrl) html['edition-base-url'] = options.baseUrl;
    const { output } = run('html', html, `html/${name}.html`);
    if (output !== undefined) page = splitPage(files, name, output, options.splitAbove ?? DEFAULT_SPLIT_ABOVE);
    // The page's "Download TEI" link points at this copy of the source, byte for byte.
    files.push({ path: `source/${name}.xml`, content: parsed.source.bytes });
  }
  if (formats.includes('text')) {
    const width = String(options.textWidth ?? 78);
    const reading = run('text', { ...options.parameters?.text, view: 'reading', width, 'views-report': VIEWS_REPORT }, `text/${name}.txt`, VIEWS_REPORT);
    // A document whose views cannot differ (xslt/text/views.xsl) is rendered once: its reading text is its diplomatic text.
    // Without an answer the diplomatic view is rendered, and that run reports whatever went wrong.
    if (reading.output !== undefined && reading.kept === 'false') files.push({ path: `text/${name}.diplomatic.txt`, content: reading.output });
    else run('text', { ...options.parameters?.text, view: 'diplomatic', width }, `text/${name}.diplomatic.txt`);
  }
  return { files, diagnostics, ...(typeof source === 'string' ? {} : { prepared: source }), ...(page ? { page } : {}) };
}

/** Splits the page `html/<name>.html` of `files` when it is long: the contents page takes its place, the parts go beside it. */
function splitPage(files: RenderedFile[], name: string, html: string, splitAbove: number): NonNullable<RenderResult['page']> {
  const split = splitLongPage(html, name, splitAbove);
  if (!split) return { html };
  const at = files.findIndex((f) => f.path === `html/${name}.html`);
  const folder = name.includes('/') ? `html/${name.slice(0, name.lastIndexOf('/'))}/` : 'html/';
  files.splice(at, 1, { path: `html/${name}.html`, content: split.contents }, ...split.parts.map((p) => ({ path: folder + p.file, content: p.html })));
  return { html, split };
}
