/**
 * Options shared by the commands, parsed once here: validation layers,
 * schemas, cache, output format, baseline and warning budget.
 */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option } from 'commander';
import { parseBaseline } from '../diagnostics/apply-baseline.js';
import { VALIDATION_LAYERS, type Diagnostic, type ValidationLayer } from '../diagnostics/diagnostic.js';
import type { OutputFormat, ReportOptions } from '../report-run.js';
import type { DiscoverOptions } from '../pipeline/discover-sources.js';
import type { ProjectStylesheets } from '../pipeline/render-document.js';
import type { ValidateOptions } from '../validate/validate-document.js';

/** What the validating commands (validate, build) accept. */
export interface CommonOptions {
  config?: string;
  layers?: ValidationLayer[];
  schema?: string;
  odd?: string;
  source?: string;
  schematron?: string[];
  phase?: string;
  cacheDir?: string;
  catalog?: string[];
  allowNetwork?: boolean;
  followSymlinks?: boolean;
  format: OutputFormat;
  baseline?: Diagnostic[];
  maxWarnings?: number;
}

/** A whole number option (widths, counts). */
export function parseWholeNumber(what: string, example: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${what} ${JSON.stringify(value)} is not a whole number; expected ${example}`);
    return Number(value);
  };
}

/** --page-size: a whole number of at least 1. */
export function parsePageSize(value: string): number {
  const n = parseWholeNumber('--page-size', 'e.g. 100')(value);
  if (n < 1) throw new InvalidArgumentError(`--page-size ${JSON.stringify(value)} is not at least 1; expected e.g. 100`);
  return n;
}

/**
 * A repeatable option: each flag takes one value, collected in order
 * (`--schematron a.sch --schematron b.sch`). A variadic option would take
 * every following word, so that `--schematron my.sch doc.xml` swallowed the document.
 */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The "Exit codes" paragraph of a command's help; `errors` says what exit 1 means for it. */
export function exitCodesHelp(errors: string): string {
  return `
Exit codes:
  0  clean
  1  ${errors}
  2  usage, I/O or configuration problem: an unknown option, a missing file,
     schema, catalog or Schematron phase, a project stylesheet that does not
     compile, an unwritable output folder, a port in use`;
}

function parseLayers(value: string): ValidationLayer[] {
  const layers = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = layers.filter((l) => !(VALIDATION_LAYERS as readonly string[]).includes(l));
  if (unknown.length || !layers.length) throw new InvalidArgumentError(`unknown layer ${JSON.stringify(unknown[0] ?? value)}; expected a comma-separated list of ${VALIDATION_LAYERS.join(', ')}`);
  return layers as ValidationLayer[];
}

function readBaseline(file: string): Diagnostic[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InvalidArgumentError(`cannot read baseline ${JSON.stringify(file)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a JSON file written by --format json`);
  }
  const { baseline, error } = parseBaseline(text);
  if (!baseline) throw new InvalidArgumentError(`baseline ${JSON.stringify(file)} is unusable: ${error}`);
  return baseline;
}

/** The options every validating command offers, in help order. */
export function commonOptions(): Option[] {
  return [
    new Option('--config <file>', `configuration file (default: ${'tei-edition.config.json'} in the working folder, if present)`),
    new Option('--layers <layers>', `validation layers to run, comma-separated (${VALIDATION_LAYERS.join(',')})`).argParser(parseLayers),
    new Option('--schema <file.rng>', 'RELAX NG schema to validate against (overrides the xml-model processing instructions); its embedded Schematron rules run too'),
    new Option('--odd <file.odd>', 'ODD customisation to validate against: compiled to RELAX NG on first use and cached by content (its TEI source: its @source, else --source); like --schema'),
    new Option('--source <p5subset>', 'the TEI source (p5subset.xml, or its URL with --allow-network) that ODDs without @source, or with @source="tei:x.y.z", are compiled against (default: $TEI_EDITION_P5SUBSET)'),
    new Option('--schematron <file.sch>', 'a standalone ISO Schematron file to run as well (repeatable: one file per flag)').argParser(collect),
    new Option('--phase <name>', 'Schematron phase to run (default: the schema\'s defaultPhase, else every pattern)'),
    new Option('--catalog <file>', 'OASIS XML catalog mapping remote schema URLs to local copies (repeatable: one file per flag; then XML_CATALOG_FILES, then catalog.xml beside the document or above it)').argParser(collect),
    new Option('--allow-network', 'fetch remote schemas that no catalog maps, once, into the cache'),
    new Option('--follow-symlinks', 'follow symbolic links that lead out of a folder given (default: report and skip them; loops are always detected)'),
    new Option('--cache-dir <dir>', 'where compiled schemas are cached (default: $TEI_EDITION_CACHE, $XDG_CACHE_HOME/tei-edition or ~/.cache/tei-edition)'),
    new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'sarif']).default('text'),
    new Option('--baseline <file.json>', 'report only diagnostics not in this earlier --format json output').argParser(readBaseline),
    new Option('--max-warnings <n>', 'exit 1 when more warnings than this are reported').argParser(parseWholeNumber('--max-warnings', 'e.g. 0 or 25')),
  ];
}

/** What the commands that render (build, watch) accept besides the common options. */
export interface StylesheetOptions {
  htmlStylesheet?: string;
  textStylesheet?: string;
  splitAbove?: number;
}

/** The options naming a project's own stylesheets (docs/customising.md). */
export function stylesheetOptions(): Option[] {
  return [
    new Option('--html-stylesheet <file.xsl>', 'the project\'s own HTML stylesheet, importing "tei-edition:html/edition.xsl" (compiled on first use and cached; see docs/customising.md)'),
    new Option('--text-stylesheet <file.xsl>', 'the project\'s own text stylesheet, importing "tei-edition:text/edition.xsl"'),
    new Option('--split-above <bytes>', 'write an HTML page longer than this as a contents page and one page per part (front, each top-level division, back); 0: never (default 500000)')
      .argParser(parseWholeNumber('--split-above', 'a number of bytes, e.g. 500000, or 0 never to split')),
  ];
}

/**
 * The library's `stylesheets` option: those given on the command line, and the
 * configuration's for the formats not given there (`fromConfig`, from applyConfig).
 */
export function chosenStylesheets(options: StylesheetOptions, fromConfig: ProjectStylesheets | undefined): { stylesheets?: ProjectStylesheets } {
  const stylesheets: ProjectStylesheets = {
    ...fromConfig,
    ...(options.htmlStylesheet ? { html: options.htmlStylesheet } : {}),
    ...(options.textStylesheet ? { text: options.textStylesheet } : {}),
  };
  return Object.keys(stylesheets).length ? { stylesheets } : {};
}

/** The library's `splitAbove` option from the command line's (the configuration's when not given there, through applyConfig). */
export const chosenSplit = (options: StylesheetOptions): { splitAbove?: number } => (options.splitAbove !== undefined ? { splitAbove: options.splitAbove } : {});

/** The library's validation options from the command line's. */
export function validateOptions(options: CommonOptions): ValidateOptions & DiscoverOptions {
  return {
    ...(options.layers ? { layers: options.layers } : {}),
    ...(options.schema ?? options.odd ? { schema: (options.schema ?? options.odd)! } : {}),
    ...(options.schematron ? { schematron: options.schematron } : {}),
    ...(options.source ? { oddSource: options.source } : {}),
    ...(options.phase ? { phase: options.phase } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.catalog?.length ? { catalogs: options.catalog } : {}),
    ...(options.allowNetwork ? { allowNetwork: true } : {}),
    ...(options.followSymlinks ? { followSymlinks: true } : {}),
  };
}

/** The reporting options from the command line's; `started` is when the run began. */
export function reportOptions(options: CommonOptions, started: number): ReportOptions {
  return {
    format: options.format,
    elapsed: performance.now() - started,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  };
}
