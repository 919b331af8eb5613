/** `tei-edition build`: validate the sources and write their editions. */
import { InvalidArgumentError, type Command } from 'commander';
import { parseShard, type Shard } from '../pipeline/select-shard.js';
import { DEFAULT_PAGE_SIZE } from '../collection/render-collection.js';
import { reportRun, type Printer } from '../report-run.js';
import { applyConfig } from './apply-config.js';
import { createProgress } from './progress-bar.js';
import { chosenSplit, chosenStylesheets, commonOptions, exitCodesHelp, parsePageSize, parseWholeNumber, reportOptions, stylesheetOptions, validateOptions, type CommonOptions, type StylesheetOptions } from './command-options.js';

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

export function registerBuildCommand(program: Command, printer: Printer): void {
  const command = program
    .command('build')
    .description('validate the sources and write their HTML and text editions')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--width <n>', 'wrap width of the text edition (0: no wrapping)', parseWholeNumber('width', 'e.g. 78, or 0 for no wrapping'), 78)
    .option('-j, --jobs <n>', 'worker processes (default: one per core)', parseWholeNumber('--jobs', 'e.g. 1 or 4'))
    .option('--no-incremental', 'rebuild every document, ignoring the build cache')
    .option('--page-size <n>', 'documents, and entities, per page of the collection\'s lists', parsePageSize, DEFAULT_PAGE_SIZE)
    .option('--shard <i/n>', 'build only shard i of n (e.g. 2/8) and write its partial collection data instead of the collection pages; then run `collect` (see docs/scale.md)', parseShardOption);
  for (const option of [...stylesheetOptions(), ...commonOptions()]) command.addOption(option);
  command.addHelpText('after', `
A file named on its own may be built in its own folder: the editions go to
--out (default "output") beside it, with a note. A folder or pattern is read
whole, so the output folder may not lie inside it.
With --shard i/n, a stable hash of each source's path (relative to the
working folder) picks the documents of shard i; once every shard is built and
their output folders are copied into one, \`tei-edition collect\` writes the
collection pages.
${exitCodesHelp('errors found in the documents (those that parse are still built)')}`);
  command.action(async (given: string[], options: CommonOptions & StylesheetOptions & { out: string; width: number; jobs?: number; incremental: boolean; shard?: Shard; pageSize: number }) => {
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
      collectionPageSize: options.pageSize,
      ...(options.shard ? { shard: options.shard } : {}),
      ...validateOptions(options),
      ...chosenSplit(options),
      ...fromConfig,
      ...chosenStylesheets(options, fromConfig.stylesheets),
      onProgress: (done, total, file) => progress.update(done, total, file),
    });
    progress.stop();
    process.exitCode = reportRun(printer, result.documents, result.general, reportOptions(options, started));
  });
}
