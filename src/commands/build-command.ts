/** `tei-edition build`: validate the sources and write their editions. */
import type { Command } from 'commander';
import { buildEdition } from '../pipeline/build-edition.js';
import { reportRun, type Printer } from '../report-run.js';
import { commonOptions, parseWholeNumber, reportOptions, validateOptions, type CommonOptions } from './command-options.js';

export function registerBuildCommand(program: Command, printer: Printer): void {
  const command = program
    .command('build')
    .description('validate the sources and write their HTML and text editions')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--width <n>', 'wrap width of the text edition (0: no wrapping)', parseWholeNumber('width', 'e.g. 78, or 0 for no wrapping'), 78);
  for (const option of commonOptions()) command.addOption(option);
  command.action(async (paths: string[], options: CommonOptions & { out: string; width: number }) => {
    const started = performance.now();
    const result = await buildEdition(paths, { outDir: options.out, textWidth: options.width, ...validateOptions(options) });
    process.exitCode = reportRun(printer, result.documents, result.diagnostics, reportOptions(options, started));
  });
}
