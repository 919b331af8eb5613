/** `tei-edition export`: exchange copies, a teiCorpus, JSON data and CSL-JSON citations of the sources. */
import type { Command } from 'commander';
import { reportRun, type Printer } from '../report-run.js';
import { createProgress } from './progress-bar.js';
import { commonOptions, exitCodesHelp, reportOptions, validateOptions, type CommonOptions } from './command-options.js';

export function registerExportCommand(program: Command, printer: Printer): void {
  const command = program
    .command('export')
    .description('write exchange copies of the sources (tei_all, XIncludes resolved), the collection as a teiCorpus, JSON data and CSL-JSON citations')
    .argument('[paths...]', 'TEI files, folders or glob patterns', ['tei'])
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('--title <text>', 'title of the collection in tei/corpus.xml and data/collection.json', 'TEI collection');
  for (const option of commonOptions()) command.addOption(option);
  command.addHelpText('after', `
Writes, below the output folder (default "output"):
  tei/NAME.xml           each document: XIncludes resolved, entities expanded, UTF-8,
                         xml-model pointing at tei_all; otherwise unchanged
  tei/corpus.xml         the collection as one teiCorpus (ids made unique)
  data/NAME.json         metadata, entities and reading text of each document
  data/collection.json   every document's metadata; entities across documents
  data/citations.json    one CSL-JSON item per document
A teiCorpus source is a collection: each TEI in it is a document NAME/ID
(its xml:id, else its position). The sources are validated first; documents
with errors are still exported. Files are written atomically, never into a
source folder. See docs/exchange.md.
${exitCodesHelp('validation errors in the sources (the documents that parse are still exported)')}`);
  command.action(async (paths: string[], options: CommonOptions & { out: string; title: string }) => {
    const started = performance.now();
    // Loaded on use, so that --help and the other commands start fast.
    const { exportCollection } = await import('../exchange/export-collection.js');
    const progress = createProgress();
    const result = await exportCollection(paths, {
      outDir: options.out,
      title: options.title,
      onProgress: (done, total, file) => progress.update(done, total, file),
      ...validateOptions(options),
    });
    progress.stop();
    process.exitCode = reportRun(printer, result.files, result.general, reportOptions(options, started));
  });
}
