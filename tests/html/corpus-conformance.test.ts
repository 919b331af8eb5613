/**
 * Other projects' TEI: the build renders every well-formed TEI P5 file of
 * ../shared/corpus (FRUS volumes, DraCor plays, EpiDoc inscriptions, CBETA,
 * the TEI Consortium's test files, the Shelley-Godwin notebook with its
 * XIncludes…) into an HTML page without a transform error, and writes a
 * coverage report for each, consistent with the page. The malformed file and
 * the TEI P4 file are reported, not rendered. Skips, saying so, where
 * ../shared is absent. About 1.5 minutes on a 2-core machine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, type BuildResult } from '../../src/pipeline/build-edition.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

noteSkip('the HTML corpus conformance test');

interface Row {
  path: string;
  kind: string;
  corpus: boolean;
  wellFormed: boolean;
}

function manifest(): Row[] {
  const [header, ...lines] = readFileSync(shared('corpus', 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = header!.split('\t');
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t');
    return { path: cells[at('local_path')]!, kind: cells[at('kind')]!, wellFormed: cells[at('well_formed')] === 'yes', corpus: /root=teiCorpus/.test(cells[at('features_exercised')] ?? '') };
  });
}

describe.skipIf(!hasShared)('HTML edition of the shared corpus', () => {
  let out: string;
  let result: BuildResult;
  let rows: Row[];
  beforeAll(async () => {
    rows = manifest();
    out = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-corpus-html-')), 'output');
    result = await buildEdition([shared('corpus')], { outDir: out, formats: ['html'], layers: ['wf'] });
  }, 1_200_000);

  const nameOf = (row: Row) => row.path.replace(/\.xml$/, '');
  /** The pages a source gives: one, or (a teiCorpus) one per TEI in a folder named after it. */
  const pagesOf = (row: Row): string[] => {
    if (!row.corpus) return [nameOf(row)];
    const dir = path.join(out, 'html', nameOf(row));
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => `${nameOf(row)}/${f.replace(/\.html$/, '')}`) : [];
  };
  const isP4 = (row: Row) => /TEI P4/.test(row.kind);

  it('renders every well-formed TEI P5 file without a transform error, and writes its coverage report', () => {
    const renderable = rows.filter((r) => r.wellFormed && !isP4(r));
    expect(renderable.length).toBeGreaterThanOrEqual(90);
    const transformErrors = result.documents.flatMap((d) => d.diagnostics.filter((x) => x.layer === 'transform' && x.severity === 'error').map((x) => `${d.file}: ${x.message}`));
    expect(transformErrors).toEqual([]);
    const missing = renderable.filter((r) => !pagesOf(r).length || pagesOf(r).some((n) => !existsSync(path.join(out, 'html', `${n}.html`)) || !existsSync(path.join(out, 'reports', `${n}.coverage.json`))));
    expect(missing.map((r) => r.path)).toEqual([]);
  });

  it('writes coverage reports that agree with their pages', () => {
    const totals = new Map<string, number>();
    for (const name of rows.filter((r) => r.wellFormed && !isP4(r)).flatMap(pagesOf)) {
      const report = JSON.parse(readFileSync(path.join(out, 'reports', `${name}.coverage.json`), 'utf8'));
      expect(report.document).toBe(name);
      const counted = (report.elementsWithoutRule as { element: string; namespace: string; count: number }[]).reduce((n, e) => n + e.count, 0);
      expect(counted).toBe(report.withoutRule);
      // A long document is written as a contents page and its parts (name.part-N.html): count over all of them.
      const folder = path.dirname(path.join(out, 'html', `${name}.html`));
      const leaf = path.basename(name);
      const files = readdirSync(folder).filter((f) => f === `${leaf}.html` || (f.startsWith(`${leaf}.part-`) && f.endsWith('.html')));
      const marked = files.reduce((n, f) => n + (readFileSync(path.join(folder, f), 'utf8').match(/ data-element="/g) ?? []).length, 0);
      expect(marked).toBeGreaterThanOrEqual(report.withoutRule);
      for (const e of report.elementsWithoutRule) totals.set(e.element, (totals.get(e.element) ?? 0) + e.count);
    }
    // What other projects' TEI most often renders as plain text: a to-do list for the edition, printed for the reader of the test log.
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([e, n]) => `${e} ${n}`);
    console.log(`HTML corpus coverage, elements without a rule (most frequent): ${top.join(', ')}`);
  });

  it('reports the malformed file and the TEI P4 file instead of rendering them', () => {
    for (const row of rows.filter((r) => !r.wellFormed || isP4(r))) {
      expect(existsSync(path.join(out, 'html', `${nameOf(row)}.html`)), row.path).toBe(false);
      const doc = result.documents.find((d) => d.file.endsWith(row.path));
      expect(doc?.diagnostics.some((x) => x.severity === 'error' && x.layer === 'wf'), row.path).toBe(true);
    }
  });
});
