/**
 * Builds HTML editions for the browser tests into a fresh temporary folder,
 * through the real pipeline (buildEdition) and the compiled stylesheet, so
 * that the pages tested are the pages a user gets.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { repoRoot } from '../helpers/fixtures.js';

export const recordName = 'zakharov-kim-il-sung-1970-06-10';

export interface BuiltPages {
  /** The output folder. */
  out: string;
  /** file:// URL of the page of the source named `name` (its path below the source folder, without .xml). */
  pageUrl(name: string): string;
}

/** Builds the HTML edition of `sources`, each copied first into one source folder as NAME.xml. */
export async function buildPages(sources: readonly { name: string; file: string }[]): Promise<BuiltPages> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-pages-'));
  const folder = path.join(dir, 'tei');
  for (const { name, file } of sources) cpSync(file, path.join(folder, `${name}.xml`));
  const out = path.join(dir, 'output');
  const result = await buildEdition([folder], { outDir: out, formats: ['html'], layers: ['wf'] });
  const failed = result.documents.filter((d) => !d.outputs.some((o) => o.endsWith('.html')));
  if (failed.length > 0 || result.general.length > 0) {
    throw new Error(`build failed: ${JSON.stringify([...result.general, ...failed.flatMap((d) => d.diagnostics)], null, 1)}`);
  }
  return { out, pageUrl: (name) => pathToFileURL(path.join(out, 'html', `${name}.html`)).href };
}

/** Builds the record's page. */
export const buildRecordPage = () => buildPages([{ name: recordName, file: path.join(repoRoot, 'tei', `${recordName}.xml`) }]);
