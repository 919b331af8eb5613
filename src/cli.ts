/**
 * The `tei-edition` command: a thin shell over the library API (index.ts).
 * It parses arguments, calls one pipeline function, prints diagnostics and
 * sets the exit code: 0 clean, 1 errors found, 2 usage or I/O problem.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VALIDATION_LAYERS, sortDiagnostics, type Diagnostic, type ValidationLayer } from './diagnostics/diagnostic.js';
import { formatDiagnosticsJson, formatDiagnosticsText } from './diagnostics/format-diagnostics.js';
import { packageVersion } from './package-root.js';
import { buildEdition } from './pipeline/build-edition.js';
import { validateFiles, type FileReport } from './pipeline/validate-files.js';

/** Exit codes of the command. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

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

interface Printer {
  out(text: string): void;
  err(text: string): void;
}

/** Prints the diagnostics of a run and returns the exit code it deserves. */
function report(printer: Printer, files: FileReport[], general: Diagnostic[], format: string): number {
  const all = sortDiagnostics([...general, ...files.flatMap((f) => f.diagnostics)]);
  if (format === 'json') printer.out(formatDiagnosticsJson(all));
  else printer.out(formatDiagnosticsText(all));
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (format !== 'json') printer.err(`${files.length} file${files.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  if (general.some((d) => d.severity === 'error' && (d.layer === 'usage' || d.layer === 'io'))) return EXIT.usage;
  if (files.some((f) => f.diagnostics.some((d) => d.severity === 'error' && d.layer === 'io'))) return EXIT.usage;
  return errors ? EXIT.errors : EXIT.ok;
}

/** Builds the command-line program; `printer` receives its output (tests pass their own). */
export function createProgram(printer: Printer = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Command {
  const program = new Command('tei-edition')
    .description('Validate TEI P5 documents and publish them as HTML and plain-text editions. No Java, no server.')
    .version(packageVersion)
    .showHelpAfterError('(run "tei-edition --help" for usage)')
    .configureOutput({ writeOut: printer.out, writeErr: printer.err })
    .exitOverride();

  const formatOption = () => new Option('--format <format>', 'diagnostics format').choices(['text', 'json']).default('text');
  const layersOption = () => new Option('--layers <layers>', `validation layers to run, comma-separated (${VALIDATION_LAYERS.join(',')})`).argParser(parseLayers);

  program
    .command('build')
    .description('validate the sources and write their HTML and text editions')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--width <n>', 'wrap width of the text edition (0: no wrapping)', parseWidth, 78)
    .addOption(layersOption())
    .addOption(formatOption())
    .action(async (paths: string[], options: { out: string; width: number; layers?: ValidationLayer[]; format: string }) => {
      const result = await buildEdition(paths, { outDir: options.out, textWidth: options.width, ...(options.layers ? { layers: options.layers } : {}) });
      process.exitCode = report(printer, result.documents, result.diagnostics, options.format);
    });

  program
    .command('validate')
    .description('check well-formedness and references, with file:line:col diagnostics')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .addOption(layersOption())
    .addOption(formatOption())
    .action(async (paths: string[], options: { layers?: ValidationLayer[]; format: string }) => {
      const result = await validateFiles(paths, options.layers ? { layers: options.layers } : {});
      process.exitCode = report(printer, result.files, result.diagnostics, options.format);
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
