/** `tei-edition odd`: an ODD customisation in, RELAX NG (with its Schematron) and a standalone .sch out. */
import { Option, type Command } from 'commander';
import { EXIT, reportRun, type OutputFormat, type Printer } from '../report-run.js';
import { collect, exitCodesHelp } from './command-options.js';

interface OddCommandOptions {
  source?: string;
  out: string;
  schemaSpec?: string;
  allowNetwork?: boolean;
  catalog?: string[];
  /** False with --no-sch. */
  sch: boolean;
  format: OutputFormat;
}

export function registerOddCommand(program: Command, printer: Printer): void {
  program
    .command('odd')
    .description('compile an ODD customisation to RELAX NG (DIR/IDENT.rng, with its Schematron embedded) and Schematron (DIR/IDENT.sch), without Java')
    .argument('<file>', 'the ODD (a TEI document with a schemaSpec)')
    .option('--source <p5subset>', 'the TEI source the ODD customises (p5subset.xml), for schemaSpecs without @source or with @source="tei:x.y.z"')
    .option('-o, --out <dir>', 'folder for the schemas', '.')
    .option('--schema-spec <ident>', 'which schemaSpec to compile (the first by default)')
    .option('--no-sch', 'write only DIR/IDENT.rng (its Schematron stays embedded), leaving DIR/IDENT.sch alone')
    .option('--allow-network', 'fetch a @source or --source given as an http(s) URL (never done otherwise)')
    .option('--catalog <file>', 'XML catalog mapping @source references to local files (repeatable: one file per flag)', collect)
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'sarif']).default('text'))
    .addHelpText('after', `
Chained ODDs are followed: a schemaSpec/@source naming another ODD (compiled
or not) is compiled first and used as the source.
${exitCodesHelp('errors in the ODD (no schema written)')}`)
    .action(async (file: string, options: OddCommandOptions) => {
      const started = performance.now();
      // Loaded on use, so that --help and the other commands start fast.
      const { compileOdd } = await import('../odd/compile-odd.js');
      const { writeCompiledOdd } = await import('../odd/write-compiled-odd.js');
      const compiled = await compileOdd(file, {
        ...(options.source ? { source: options.source } : {}),
        ...(options.schemaSpec ? { schemaSpec: options.schemaSpec } : {}),
        ...(options.catalog ? { catalogFiles: options.catalog } : {}),
        allowNetwork: options.allowNetwork === true,
      });
      const failed = compiled.diagnostics.some((d) => d.severity === 'error');
      const written = failed ? { diagnostics: [] } : await writeCompiledOdd(compiled, options.out, { schematron: options.sch });
      if (written.rng) printer.err(`wrote ${[written.rng, written.schematron].filter(Boolean).join(' and ')}\n`);
      const code = reportRun(printer, [{ file, diagnostics: compiled.diagnostics }], written.diagnostics, { format: options.format, elapsed: performance.now() - started });
      process.exitCode = code === EXIT.ok && failed ? EXIT.errors : code;
    });
}
