/** `tei-edition import`: plain-text records in, TEI drafts and import reports out. */
import { Option, type Command } from 'commander';
import { DEFAULT_DRAFTS_DIR } from '../import/default-drafts-dir.js';
import { EXIT, reportRun, type Printer } from '../report-run.js';
import type { OutputFormat } from '../report-run.js';
import { exitCodesHelp } from './command-options.js';

interface ImportCommandOptions {
  out: string;
  names?: string;
  force?: boolean;
  schemaCopy?: boolean;
  format: OutputFormat;
  cacheDir?: string;
}

export function registerImportCommand(program: Command, printer: Printer): void {
  program
    .command('import')
    .description('turn plain-text archival records into TEI drafts, each validated and with an import report (NAME.import.json)')
    .argument('[files...]', 'text files of records; "-" or none reads standard input')
    .option('-o, --out <dir>', 'folder for the drafts and their reports', DEFAULT_DRAFTS_DIR)
    .option('--names <file>', 'names file: TSV (form, type, id, authority), JSON, or TEI whose listPerson/listPlace/listOrg give the names; or a folder of TEI documents (e.g. tei/) to reuse their identifiers')
    .option('--force', 'overwrite drafts and reports that already exist')
    .option('--schema-copy', "write copies of the project's schemas beside the drafts and point their xml-model there (default: the schemas' published address)")
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--cache-dir <dir>', 'where compiled schemas are cached')
    .addHelpText('after', `
Each input becomes DIR/NAME.xml (a TEI draft whose automatic decisions carry
resp="#importer") and DIR/NAME.import.json (every decision with its line, rule,
confidence and alternatives). The default DIR is "${DEFAULT_DRAFTS_DIR}/", kept apart from the
reviewed sources. Existing files are never overwritten without --force.
${exitCodesHelp('a draft has validation errors, or a record could not be imported')}`)
    .action(async (files: string[], options: ImportCommandOptions) => {
      const started = performance.now();
      const inputs = files.length ? files : ['-'];
      if (inputs.includes('-') && process.stdin.isTTY && !files.length) {
        printer.err('tei-edition import: no input files and standard input is a terminal; expected FILE.txt… or text piped in (run "tei-edition import --help")\n');
        process.exitCode = EXIT.usage;
        return;
      }
      // Loaded on use, so that --help and the other commands start fast.
      const { importFiles } = await import('../import/import-files.js');
      const { summaryLine } = await import('../import/import-report.js');
      const result = await importFiles(inputs, { outDir: options.out, force: options.force === true, schemaCopy: options.schemaCopy === true, ...(options.names ? { namesFile: options.names } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) });
      for (const f of result.files) {
        if (!f.report) continue;
        const errors = f.diagnostics.filter((d) => d.severity === 'error').length;
        printer.err(`${summaryLine(f.report)}${f.draft ? ` -> ${f.draft}${errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ', valid'}` : ''}\n`);
      }
      const code = reportRun(printer, result.files, result.general, { format: options.format, elapsed: performance.now() - started });
      const unimported = result.files.some((f) => !f.draft && !f.diagnostics.some((d) => d.layer === 'io' || d.layer === 'usage'));
      process.exitCode = code === EXIT.ok && unimported ? EXIT.errors : code;
    });
}
