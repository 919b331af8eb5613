/** `tei-edition watch`: rebuild on save, print what changed; with --serve, a live-reloading local server. */
import type { Command } from 'commander';
import { reportRun, type Printer } from '../report-run.js';
import { applyConfig } from './apply-config.js';
import { commonOptions, exitCodesHelp, parseWholeNumber, reportOptions, validateOptions, type CommonOptions } from './command-options.js';

export function registerWatchCommand(program: Command, printer: Printer): void {
  const command = program
    .command('watch')
    .description('build, then rebuild whatever changes on save and print its diagnostics (Ctrl-C stops)')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--serve', 'also serve the output folder, reloading pages after each rebuild')
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--port <n>', 'port to serve on (0: any free port)', parseWholeNumber('--port', 'e.g. 8080'), 8080);
  for (const option of commonOptions()) command.addOption(option);
  command.addHelpText('after', exitCodesHelp('not used: watch reports errors and keeps watching; it ends with 0 on Ctrl-C'));
  command.action(async (given: string[], options: CommonOptions & { out: string; serve?: boolean; host: string; port: number }) => {
    const { paths, fromConfig, diagnostics } = applyConfig(command, given, options.config);
    if (diagnostics.length) {
      process.exitCode = reportRun(printer, [], diagnostics, reportOptions(options, performance.now()));
      return;
    }
    const outDir = fromConfig.outDir ?? options.out;
    const { watchEdition } = await import('../pipeline/watch-edition.js');
    const { serveOutput } = await import('../serve/serve-output.js');
    const server = options.serve ? await serveOutput(outDir, { host: options.host, port: options.port }) : undefined;
    let started = performance.now();
    const watch = watchEdition(paths, { ...validateOptions(options), ...fromConfig, outDir }, (result, changed) => {
      const rebuilt = result.documents.filter((d) => !d.cached);
      printer.err(changed.length ? `changed: ${changed.join(', ')}; rebuilt ${rebuilt.length} document${rebuilt.length === 1 ? '' : 's'}\n` : 'built; watching for changes\n');
      // After a change, report the documents that were rebuilt; the first build reports them all.
      reportRun(printer, changed.length ? rebuilt : result.documents, result.general, reportOptions(options, started));
      server?.reload();
      started = performance.now();
    });
    await watch.ready;
    if (server) printer.err(`serving ${outDir} at ${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await watch.close();
    await server?.close();
  });
}
