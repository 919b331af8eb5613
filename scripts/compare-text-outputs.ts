/**
 * Compares the text edition made by two compiled text stylesheets: the
 * reading and diplomatic texts and the reports each run writes, for the
 * record (tei/) and the shared corpus (all of ../shared/corpus/ but
 * malformed/; XIncludes resolved as the pipeline does, within the corpus).
 * For a rewrite of xslt/text/ that must keep the output byte-identical: compile main's stylesheet aside first, then
 *
 *   npx tsx scripts/compare-text-outputs.ts BEFORE.sef.json [AFTER.sef.json]
 *
 * (AFTER defaults to dist/xslt/text-edition.sef.json). Prints each output
 * that differs with its first differing line, and exits 1 when any does.
 * BEFORE's outputs are kept in the temporary folder, keyed by the SEF's
 * hash, so that only AFTER is rendered again on the next comparison.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeSource } from '../src/load/load-source.js';
import { readIncludeTarget } from '../src/load/read-include-target.js';
import { parseSource } from '../src/parse/parse-source.js';
import { resolveXIncludes } from '../src/parse/resolve-xincludes.js';
import { layoutText } from '../src/transform/layout-text.js';
import { loadCompiledStylesheet, type CompiledStylesheet } from '../src/transform/load-stylesheet.js';
import { runStylesheet } from '../src/transform/run-stylesheet.js';
import { ROOT, SHARED, hasShared, xmlFiles } from '../bench/_shared.js';

const [beforePath, afterPath = path.join(ROOT, 'dist', 'xslt', 'text-edition.sef.json')] = process.argv.slice(2);
if (!beforePath) {
  console.error('usage: npx tsx scripts/compare-text-outputs.ts BEFORE.sef.json [AFTER.sef.json]');
  process.exit(2);
}

const source = path.join(ROOT, 'xslt', 'text', 'edition.xsl');
const load = (name: string, sef: string): CompiledStylesheet => {
  const { stylesheet, diagnostics } = loadCompiledStylesheet(name, path.resolve(sef), source);
  if (!stylesheet) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return stylesheet;
};
const before = load('text-before', beforePath);
const after = load('text-after', afterPath);

const skipped = new Set(['malformed']);
const corpus = hasShared
  ? xmlFiles(path.join(SHARED, 'corpus')).filter((f) => !skipped.has(path.relative(path.join(SHARED, 'corpus'), f).split(path.sep)[0]!))
  : [];
const files = [...xmlFiles(path.join(ROOT, 'tei')), ...corpus];

/** Every output of one file's two views: the texts and the result documents (drop and views reports). */
function render(stylesheet: CompiledStylesheet, file: string, xmlText: string): Map<string, string> {
  const name = path.basename(file, '.xml');
  const outputs = new Map<string, string>();
  for (const view of ['reading', 'diplomatic'] as const) {
    const result = runStylesheet(stylesheet, xmlText, file, pathToFileURL(file).href, { name, view, width: '78', 'views-report': 'views-differ' });
    // A stylesheet writes the block model, laid out here as the pipeline does; one from before the layout stage (issue 18) wrote the text itself.
    const text = result.output?.startsWith('<tx:page ') ? layoutText(result.output) : result.output;
    outputs.set(`${view}.txt`, text ?? result.diagnostics.map((d) => `${d.severity} ${d.message}`).join('\n'));
    for (const [relative, content] of result.resultDocuments) outputs.set(`${view}:${relative}`, content);
  }
  return outputs;
}

const beforeKey = createHash('sha256').update(readFileSync(beforePath)).digest('hex').slice(0, 16);
const cachePath = path.join(tmpdir(), `compare-text-outputs-${beforeKey}.json`);
const cached: Record<string, Record<string, string>> = existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, 'utf8')) : {};

let differing = 0;
for (const file of files) {
  const { source: decoded } = decodeSource(file, readFileSync(file), file);
  const first = decoded ? parseSource(decoded).parsed : undefined;
  if (!first) continue;
  // As the pipeline reads a document (src/pipeline/read-source-documents.ts): its XIncludes resolved, here within the corpus.
  const { parsed } = await resolveXIncludes(first, readIncludeTarget, { roots: [hasShared && file.startsWith(SHARED) ? path.join(SHARED, 'corpus') : ROOT] });
  const a = new Map(Object.entries(cached[file] ??= Object.fromEntries(render(before, file, parsed.xmlText))));
  const b = render(after, file, parsed.xmlText);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? '';
    const y = b.get(key) ?? '';
    if (x === y) continue;
    differing++;
    const xl = x.split('\n');
    const yl = y.split('\n');
    const line = xl.findIndex((l, i) => l !== yl[i]);
    const at = line < 0 ? xl.length : line;
    console.log(`${path.relative(ROOT, file)} ${key}: line ${at + 1}\n  - ${JSON.stringify(xl[at] ?? '')}\n  + ${JSON.stringify(yl[at] ?? '')}`);
  }
}
writeFileSync(cachePath, JSON.stringify(cached));
console.log(`${files.length} files compared (${hasShared ? 'record and shared corpus' : 'record only: ../shared is absent'}); ${differing} outputs differ`);
process.exit(differing ? 1 : 0);
