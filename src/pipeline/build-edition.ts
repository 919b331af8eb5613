/**
 * `tei-edition build`: every named source through load → parse → validate →
 * transform → write. A document that cannot be parsed is reported and
 * skipped; the others are still built. Outputs are written atomically, and
 * never into a source folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';
import type { ValidateOptions } from '../validate/validate-document.js';
import { ValidationSession } from '../validate/validation-session.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { checkSource } from './check-source.js';
import { discoverSources } from './discover-sources.js';
import { renderDocument, type RenderOptions } from './render-document.js';
import type { FileReport } from './validate-files.js';

export interface BuildOptions extends ValidateOptions, RenderOptions {
  /** The output folder (default `output`). */
  outDir?: string;
}

/** What the build did with one source. */
export interface BuiltDocument extends FileReport {
  /** Output files written, relative to the output folder. */
  outputs: string[];
}

export interface BuildResult {
  documents: BuiltDocument[];
  /** Problems not tied to one document (paths, output folder, assets). */
  diagnostics: Diagnostic[];
}

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Copies the page assets (CSS, script) beside the HTML pages. */
async function writeAssets(outDir: string): Promise<string[]> {
  const from = path.join(packageRoot, 'xslt', 'html', 'assets');
  const written: string[] = [];
  for (const entry of (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    await writeFileAtomic(path.join(outDir, 'html', 'assets', entry.name), await readFile(path.join(from, entry.name)));
    written.push(`html/assets/${entry.name}`);
  }
  return written;
}

/** Builds the editions of the sources named by `paths` into `options.outDir`. */
export async function buildEdition(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir ?? 'output');
  const { sources, diagnostics } = await discoverSources(paths);
  const roots = [...new Set(sources.map((s) => s.root))];
  const clash = roots.find((root) => isInside(outDir, root));
  if (clash) {
    diagnostics.push(diagnostic('error', 'usage', 'usage.output-in-sources', `output folder ${JSON.stringify(options.outDir ?? 'output')} lies inside the source folder ${JSON.stringify(path.relative(process.cwd(), clash) || '.')}; expected an output folder outside the sources (the build never writes into them)`, { file: options.outDir ?? 'output' }));
    return { documents: [], diagnostics };
  }

  const documents: BuiltDocument[] = [];
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  for (const source of sources) {
    const checked = await checkSource(source.file, { ...options, session });
    const report: BuiltDocument = { file: source.file, diagnostics: checked.diagnostics, outputs: [] };
    documents.push(report);
    if (!checked.parsed) continue;
    const rendered = renderDocument(checked.parsed, source.name, options);
    report.diagnostics.push(...rendered.diagnostics);
    for (const file of rendered.files) {
      await writeFileAtomic(path.join(outDir, file.path), file.content);
      report.outputs.push(file.path);
    }
  }
  if (documents.some((d) => d.outputs.some((o) => o.startsWith('html/')))) {
    try {
      await writeAssets(outDir);
    } catch (e) {
      diagnostics.push(diagnostic('error', 'io', 'io.write-failed', `cannot write the page assets: ${(e as Error).message}`, { file: path.join(outDir, 'html', 'assets') }));
    }
  }
  return { documents, diagnostics };
}
