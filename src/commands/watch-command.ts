/** `tei-edition watch`: rebuild on save, print what changed; with --serve, a live-reloading local server. */
import os from 'node:os';
import type { Command } from 'commander';
import { reportRun, type Printer } from '../report-run.js';
import { applyConfig } from './apply-config.js';
import { chosenSplit, chosenStylesheets, commonOptions, exitCodesHelp, parseWholeNumber, reportOptions, stylesheetOptions, validateOptions, type CommonOptions, type StylesheetOptions } from './command-options.js';

export function registerWatchCommand(program: Command, printer: Printer): void {
  const command = program
    .command('watch')
    .description('build, then rebuild whatever changes on save and print its diagnostics (Ctrl-C stops)')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--serve', 'also serve the output folder, reloading pages after each rebuild')
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--port <n>', 'port to serve on (0: any free port)', parseWholeNumber('--port', 'e.g. 8080'), 8080);
  for (const option of [...stylesheetOptions(), ...commonOptions()]) command.addOption(option);
  command.addHelpText('after', exitCodesHelp('not used: watch reports errors and keeps watching; it ends with 0 on Ctrl-C'));
  command.action(async (given: string[], options: CommonOptions & StylesheetOptions & { out: string; serve?: boolean; host: string; port: number }) => {
    const { paths, fromConfig, diagnostics } = applyConfig(command, given, options.config);
    if (diagnostics.length) {
      process.exitCode = reportRun(printer, [], diagnostics, reportOptions(options, performance.now()));
      return;
    }
    const outDir = fromConfig.outDir ?? options.out;
    // From now on, the first SIGINT (Ctrl-C) or SIGTERM stops everything, even during a build: the
    // watcher, the server and the build's worker processes. Stopping as asked is a normal end: exit 0.
    let stop: (signal: NodeJS.Signals) => void = () => undefined;
    const signalled = new Promise<NodeJS.Signals>((resolve) => (stop = resolve));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const { watchEdition } = await import('../pipeline/watch-edition.js');
    const { serveOutput, isLoopbackHost } = await import('../serve/serve-output.js');
    const server = options.serve ? await serveOutput(outDir, { host: options.host, port: options.port }) : undefined;
    // Said at once: the root answers (it leads to the collection page) as soon as the first build has written it.
    if (server) printer.err(`serving ${outDir} at ${server.url}\n`);
    if (server && !isLoopbackHost(options.host)) {
      printer.err(`warning: serving on ${options.host}, not a loopback address: other machines on the network can read the edition (the Host header is not checked)\n`);
    }
    let started = performance.now();
    const watch = watchEdition(paths, {
      ...validateOptions(options),
      ...chosenSplit(options),
      ...fromConfig,
      ...chosenStylesheets(options, fromConfig.stylesheets),
      outDir,
      onError: (e) => printer.err(`tei-edition: the rebuild failed: ${e.message}; watching for the next change\n`),
    }, (result, changed) => {
      const rebuilt = result.documents.filter((d) => !d.cached);
      printer.err(changed.length ? `changed: ${changed.join(', ')}; rebuilt ${rebuilt.length} document${rebuilt.length === 1 ? '' : 's'}\n` : 'built; watching for changes\n');
      if (result.removed.length) printer.err(`removed ${result.removed.length} output${result.removed.length === 1 ? '' : 's'} no source makes any more (deleted or renamed sources, fewer parts of a long page)\n`);
      // After a change, report the documents that were rebuilt; the first build reports them all.
      reportRun(printer, changed.length ? rebuilt : result.documents, result.general, reportOptions(options, started));
      server?.reload();
      started = performance.now();
    });
    // Ends with a signal, or with the error of a first build that could not run (closed all the same).
    const outcome = await Promise.race([signalled, watch.ready.then(() => signalled, (e: Error) => e)]);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    // A second signal while closing ends the process at once (128 + the signal's number).
    const force = (signal: NodeJS.Signals) => process.exit(128 + (os.constants.signals[signal] ?? 15));
    process.once('SIGINT', force);
    process.once('SIGTERM', force);
    if (!(outcome instanceof Error)) printer.err(`${outcome}: stopping\n`);
    try {
      await Promise.all([watch.close(), server?.close()]);
    } finally {
      process.off('SIGINT', force);
      process.off('SIGTERM', force);
    }
    if (outcome instanceof Error) throw outcome;
    process.exitCode = 0;
  });
}
