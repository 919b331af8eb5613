/**
 * The `tei-edition` command: a thin shell over the library API (index.ts).
 * It parses arguments, calls one pipeline function, prints diagnostics and
 * sets the exit code: 0 clean, 1 errors found, 2 usage or I/O problem.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseBaseline } from './diagnostics/apply-baseline.js';
import { VALIDATION_LAYERS, type Diagnostic, type ValidationLayer } from './diagnostics/diagnostic.js';
import { packageVersion } from './package-root.js';
import { EXIT, reportRun, type OutputFormat, type Printer } from './report-run.js';
import { buildEdition } from './pipeline/build-edition.js';
import { validateFiles, type FileReport } from './pipeline/validate-files.js';
import type { ValidateOptions } from './validate/validate-document.js';

function parseLayers(value: string): ValidationLayer[] {
  const layers = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = layers.filter((l) => !(VALIDATION_LAYERS as readonly string[]).includes(l));
  if (unknown.length || !layers.length) throw new InvalidArgumentError(`unknown layer ${JSON.stringify(unknown[0] ?? value)}; expected a comma-separated list of ${VALIDATION_LAYERS.join(', ')}`);
  return layers as ValidationLayer[];
}

function parseWidth(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`width ${JSON.stringify(value)} is not a whole number; expected e.g. 78, or 0 for no wrapping`);
  return Number(value);
}

export { EXIT } from './report-run.js';

/** Options both commands take. */
interface CommonOptions {
  layers?: ValidationLayer[];
  schema?: string;
  cacheDir?: string;
  format: OutputFormat;
  baseline?: Diagnostic[];
  maxWarnings?: number;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a whole number; expected e.g. 0 or 25`);
  return Number(value);
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

/** The reporting options from the command line's. */
function reportOptions(options: CommonOptions, started: number) {
  return {
    format: options.format,
    elapsed: performance.now() - started,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}),
  };
}

/** The library's validation options from the command line's. */
function validateOptions(options: CommonOptions): ValidateOptions {
  return {
    ...(options.layers ? { layers: options.layers } : {}),
    ...(options.schema ? { schema: options.schema } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  };
}

/** Builds the command-line program; `printer` receives its output (tests pass their own). */
export function createProgram(printer: Printer = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: process.stdout.isTTY === true }): Command {
  const program = new Command('tei-edition')
    .description('Validate TEI P5 documents and publish them as HTML and plain-text editions. No Java, no server.')
    .version(packageVersion)
    .showHelpAfterError('(run "tei-edition --help" for usage)')
    .configureOutput({ writeOut: printer.out, writeErr: printer.err })
    .exitOverride();

  const formatOption = () => new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'sarif']).default('text');
  const baselineOption = () => new Option('--baseline <file.json>', 'report only diagnostics not in this earlier --format json output').argParser(readBaseline);
  const maxWarningsOption = () => new Option('--max-warnings <n>', 'exit 1 when more warnings than this are reported').argParser(parseCount);
  const layersOption = () => new Option('--layers <layers>', `validation layers to run, comma-separated (${VALIDATION_LAYERS.join(',')})`).argParser(parseLayers);
  const schemaOption = () => new Option('--schema <file.rng>', 'RELAX NG schema to validate against (overrides the xml-model processing instructions)');
  const cacheOption = () => new Option('--cache-dir <dir>', 'where compiled schemas are cached (default: $TEI_EDITION_CACHE, $XDG_CACHE_HOME/tei-edition or ~/.cache/tei-edition)');

  program
    .command('build')
    .description('validate the sources and write their HTML and text editions')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--width <n>', 'wrap width of the text edition (0: no wrapping)', parseWidth, 78)
    .addOption(layersOption())
    .addOption(schemaOption())
    .addOption(cacheOption())
    .addOption(formatOption())
    .addOption(baselineOption())
    .addOption(maxWarningsOption())
    .action(async (paths: string[], options: CommonOptions & { out: string; width: number }) => {
      const started = performance.now();
      const result = await buildEdition(paths, { outDir: options.out, textWidth: options.width, ...validateOptions(options) });
      process.exitCode = reportRun(printer, result.documents, result.diagnostics, reportOptions(options, started));
    });

  program
    .command('validate')
    .description('check well-formedness, RELAX NG, Schematron and references, with file:line:col diagnostics')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .addOption(layersOption())
    .addOption(schemaOption())
    .addOption(cacheOption())
    .addOption(formatOption())
    .addOption(baselineOption())
    .addOption(maxWarningsOption())
    .action(async (paths: string[], options: CommonOptions) => {
      const started = performance.now();
      const result = await validateFiles(paths, validateOptions(options));
      process.exitCode = reportRun(printer, result.files, result.diagnostics, reportOptions(options, started));
    });

  return program;
}

/** Runs the command line `argv` (as in process.argv) and resolves to the exit code. */
export async function runCli(argv: readonly string[], printer?: Printer): Promise<number> {
  const program = createProgram(printer);
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // An internal fault: say so plainly; the stack only with TEI_EDITION_DEBUG=1.
    const message = e instanceof Error ? e.message : String(e);
    (printer ?? { err: (t: string) => process.stderr.write(t) }).err(`tei-edition: internal error: ${message}\n${process.env.TEI_EDITION_DEBUG ? (e as Error).stack + '\n' : 'Please report it with the input that caused it (set TEI_EDITION_DEBUG=1 for details).\n'}`);
    return EXIT.usage;
  }
}
