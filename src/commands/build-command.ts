/** `tei-edition build`: validate the sources and write their editions. */
import type { Command } from 'commander';
import { reportRun, type Printer } from '../report-run.js';
import { applyConfig } from './apply-config.js';
import { createProgress } from './progress-bar.js';
import { chosenStylesheets, commonOptions, exitCodesHelp, parseWholeNumber, reportOptions, stylesheetOptions, validateOptions, type CommonOptions, type StylesheetOptions } from './command-options.js';

export function registerBuildCommand(program: Command, printer: Printer): void {
  const command = program
    .command('build')
    .description('validate the sources and write their HTML and text editions')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--width <n>', 'wrap width of the text edition (0: no wrapping)', parseWholeNumber('width', 'e.g. 78, or 0 for no wrapping'), 78)
    .option('-j, --jobs <n>', 'worker processes (default: one per core)', parseWholeNumber('--jobs', 'e.g. 1 or 4'))
    .option('--no-incremental', 'rebuild every document, ignoring the build cache');
  for (const option of [...stylesheetOptions(), ...commonOptions()]) command.addOption(option);
  command.addHelpText('after', `
A file named on its own may be built in its own folder: the editions go to
--out (default "output") beside it, with a note. A folder or pattern is read
whole, so the output folder may not lie inside it.
${exitCodesHelp('errors found in the documents (those that parse are still built)')}`);
  command.action(async (given: string[], options: CommonOptions & StylesheetOptions & { out: string; width: number; jobs?: number; incremental: boolean }) => {
    const started = performance.now();
    const { paths, fromConfig, diagnostics } = applyConfig(command, given, options.config);
    if (diagnostics.length) {
      process.exitCode = reportRun(printer, [], diagnostics, reportOptions(options, started));
      return;
    }
    // Loaded on use, so that --help and the other commands start fast.
    const { buildEdition } = await import('../pipeline/build-edition.js');
    const progress = createProgress();
    const result = await buildEdition(paths, {
      outDir: options.out,
      textWidth: options.width,
      ...(options.jobs !== undefined ? { jobs: Math.max(1, options.jobs) } : {}),
      incremental: options.incremental,
      ...validateOptions(options),
      ...fromConfig,
      ...chosenStylesheets(options, fromConfig.stylesheets),
      onProgress: (done, total, file) => progress.update(done, total, file),
    });
    progress.stop();
    process.exitCode = reportRun(printer, result.documents, result.general, reportOptions(options, started));
  });
}
