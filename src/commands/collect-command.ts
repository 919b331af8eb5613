/** `tei-edition collect`: merge the partial collection data of sharded builds into the collection pages. */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { OutputFormat } from '../report-run.js';
import { reportRun, type Printer } from '../report-run.js';
import { exitCodesHelp, parsePageSize } from './command-options.js';

export function registerCollectCommand(program: Command, printer: Printer): void {
  const command = program
    .command('collect')
    .description('merge the partial collection data of `build --shard i/n` runs into the collection pages and the search index')
    .argument('[out]', 'the output folder holding every shard\'s outputs', 'output')
    .option('--page-size <n>', 'documents, and entities, per page of the collection\'s lists (default: the page size the shards were built with)', parsePageSize)
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'sarif']).default('text'));
  command.addHelpText('after', `
Run it once every shard is built and the shards' output folders are copied
into one (with their hidden folders .tei-edition/ and .tei-edition-parts/).
The result is the same, byte for byte, as a build on one machine: each
shard records the collection title and page size it was built with, and
collect uses them (the shards must agree).
See docs/scale.md.
${exitCodesHelp('errors in the collection data')}`);
  command.action(async (out: string, options: { format: OutputFormat; pageSize?: number }) => {
    const started = performance.now();
    // Loaded on use, so that --help and the other commands start fast.
    const { collectEdition } = await import('../pipeline/collect-edition.js');
    const result = await collectEdition({ outDir: out, ...(options.pageSize !== undefined ? { collectionPageSize: options.pageSize } : {}) });
    process.exitCode = reportRun(printer, [], result.diagnostics, { format: options.format, elapsed: performance.now() - started });
  });
}
