/** `tei-edition validate`: the validation layers alone. */
import type { Command } from 'commander';
import { reportRun, type Printer } from '../report-run.js';
import { applyConfig } from './apply-config.js';
import { commonOptions, exitCodesHelp, parseWholeNumber, reportOptions, validateOptions, type CommonOptions } from './command-options.js';
import { createProgress } from './progress-bar.js';

/** What the progress bar says a document read whole is going through. */
const STAGE_NAMES = { parse: 'parsing', rng: 'RELAX NG', sch: 'Schematron', refs: 'references' } as const;

export function registerValidateCommand(program: Command, printer: Printer): void {
  const command = program
    .command('validate')
    .description('check well-formedness, RELAX NG, Schematron and references, with file:line:col diagnostics')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-j, --jobs <n>', 'worker processes for runs of many files (default 1; e.g. the number of cores)', parseWholeNumber('--jobs', 'e.g. 1 or 4'));
  for (const option of commonOptions()) command.addOption(option);
  command.addHelpText('after', exitCodesHelp('errors found in the documents (or more warnings than --max-warnings)'));
  command.action(async (given: string[], options: CommonOptions & { jobs?: number }) => {
    const started = performance.now();
    const { paths, fromConfig, diagnostics } = applyConfig(command, given, options.config);
    if (diagnostics.length) {
      process.exitCode = reportRun(printer, [], diagnostics, reportOptions(options, started));
      return;
    }
    // Loaded on use, so that --help and the other commands start fast.
    const { validateFiles } = await import('../pipeline/validate-files.js');
    // The configuration also speaks for the build (output folder, width, its workers): validation takes the rest.
    const { outDir: _outDir, textWidth: _textWidth, splitAbove: _splitAbove, jobs: _jobs, baseUrl: _baseUrl, parameters: _parameters, stylesheets: _stylesheets, collectionPageSize: _collectionPageSize, ...validation } = fromConfig;
    const progress = createProgress();
    const result = await validateFiles(paths, {
      ...validateOptions(options),
      ...validation,
      ...(options.jobs !== undefined ? { jobs: Math.max(1, options.jobs) } : {}),
      onProgress: (done, total, file) => progress.update(done, total, file),
      onBytes: (read, total, file) => progress.bytes(read, total, file),
      onDocumentStage: (stage, file) => progress.stage(STAGE_NAMES[stage], file),
    });
    progress.stop();
    process.exitCode = reportRun(printer, result.files, result.general, reportOptions(options, started));
  });
}
