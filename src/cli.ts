/**
 * The `tei-edition` command: a thin shell over the library API (index.ts).
 * Each command lives in src/commands/ and calls one pipeline function; this
 * module assembles them and turns every failure into an exit code:
 * 0 clean, 1 errors found, 2 usage, I/O or configuration problem. Never a
 * stack trace: an operating-system error is one line, not an internal error.
 */
import { Command, CommanderError } from 'commander';
import { registerBuildCommand } from './commands/build-command.js';
import { registerCollectCommand } from './commands/collect-command.js';
import { registerExportCommand } from './commands/export-command.js';
import { registerImportCommand } from './commands/import-command.js';
import { registerOddCommand } from './commands/odd-command.js';
import { registerValidateCommand } from './commands/validate-command.js';
import { registerWatchCommand } from './commands/watch-command.js';
import { exitCodesHelp } from './commands/command-options.js';
import { systemErrorDiagnostic } from './commands/system-error-diagnostic.js';
import { formatDiagnostic } from './diagnostics/format-diagnostics.js';
import { packageVersion } from './package-root.js';
import { EXIT, type Printer } from './report-run.js';

export { EXIT } from './report-run.js';

const defaultPrinter: Printer = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), isTTY: process.stdout.isTTY === true };

/** Builds the command-line program; `printer` receives its output (tests pass their own). */
export function createProgram(printer: Printer = defaultPrinter): Command {
  const program = new Command('tei-edition')
    .description('Validate TEI P5 documents and publish them as HTML and plain-text editions. No Java, no server.')
    .version(packageVersion)
    .showHelpAfterError('(run "tei-edition --help" for usage)')
    .configureOutput({ writeOut: printer.out, writeErr: printer.err })
    .addHelpText('after', exitCodesHelp('errors found in the documents'))
    .exitOverride();
  // Subcommands inherit the output settings and exitOverride configured above.
  registerBuildCommand(program, printer);
  registerCollectCommand(program, printer);
  registerValidateCommand(program, printer);
  registerWatchCommand(program, printer);
  registerImportCommand(program, printer);
  registerExportCommand(program, printer);
  registerOddCommand(program, printer);
  return program;
}

/** Runs the command line `argv` (as in process.argv) and resolves to the exit code. */
export async function runCli(argv: readonly string[], printer: Printer = defaultPrinter): Promise<number> {
  const program = createProgram(printer);
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    // The environment refused (a read-only or full disk, a path through a file, a port in use): one line, exit 2.
    const refused = systemErrorDiagnostic(e);
    if (refused) {
      printer.err(`${formatDiagnostic(refused)}\n`);
      return EXIT.usage;
    }
    // An internal fault: say so plainly; the stack only with TEI_EDITION_DEBUG=1.
    const message = e instanceof Error ? e.message : String(e);
    printer.err(`tei-edition: internal error: ${message}\n${process.env.TEI_EDITION_DEBUG ? `${(e as Error).stack}\n` : 'Please report it with the input that caused it (set TEI_EDITION_DEBUG=1 for details).\n'}`);
    return EXIT.usage;
  }
}
