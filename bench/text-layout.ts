/**
 * Where the text edition's layout (wrapping, hanging indents, tables) costs
 * less: in XSLT, or in a typed layout stage in TypeScript fed by the
 * stylesheet's block model (issue 18, point 3).
 * The TypeScript stage measured faster and is the product; the XSLT layout
 * lives on in git (xslt/text/ of f4844ae). Run, after npm run compile:
 *
 *   git worktree add /tmp/xslt-layout f4844ae   # or any checkout of it
 *   node node_modules/xslt3/xslt3.js -xsl:/tmp/xslt-layout/xslt/text/edition.xsl \
 *     -export:/tmp/xslt-layout.sef.json -nogo -relocate:on
 *   BENCH_XSLT_SEF=/tmp/xslt-layout.sef.json npx tsx bench/text-layout.ts [runs]
 *
 * For every corpus file (the shared corpus but sga-xinclude/ and malformed/;
 * without ../shared, the record and the text fixtures), both views are made
 * `runs` times (default 3) by the two designs, alternately in one process:
 * XSLT, the edition laid out by the stylesheet (BENCH_XSLT_SEF); TypeScript,
 * the compiled edition (dist/), which writes its block model, laid out by
 * src/transform/layout-text.ts. Each view's two texts must be byte-identical.
 * Times are medians per file and view, summed; the three largest files are
 * also shown on their own.
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeSource } from '../src/load/load-source.js';
import { parseSource } from '../src/parse/parse-source.js';
import { layoutText } from '../src/transform/layout-text.js';
import { loadCompiledStylesheet, loadEditionStylesheet } from '../src/transform/load-stylesheet.js';
import { prepareSource, runStylesheet } from '../src/transform/run-stylesheet.js';
import { ROOT, SHARED, fmt, hasShared, xmlFiles } from './_shared.js';

const runs = Math.max(1, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3));
const medianOf = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function main(): void {
  const xsltSef = process.env.BENCH_XSLT_SEF;
  if (!xsltSef) {
    console.log('Text layout — skipped: set BENCH_XSLT_SEF to a compiled text edition that lays out in XSLT (see the head of bench/text-layout.ts)');
    return;
  }
  const { stylesheet: xslt } = loadCompiledStylesheet('text-xslt-layout', path.resolve(xsltSef), path.join(ROOT, 'xslt', 'text', 'edition.xsl'));
  if (!xslt) throw new Error(`cannot load ${xsltSef}`);
  const { stylesheet: model } = loadEditionStylesheet('text');
  if (!model) throw new Error('the text stylesheet is not compiled: run npm run compile');
  const skipped = new Set(['sga-xinclude', 'malformed']);
  const files = hasShared
    ? xmlFiles(path.join(SHARED, 'corpus')).filter((f) => !skipped.has(path.relative(path.join(SHARED, 'corpus'), f).split(path.sep)[0]!))
    : [path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), ...xmlFiles(path.join(ROOT, 'tests', 'fixtures', 'text'))];
  const largest = new Set([...files].sort((a, b) => statSync(b).size - statSync(a).size).slice(0, 3));
  console.log(`Text layout — ${hasShared ? 'shared corpus' : 'repository files (../shared is absent)'}, ${files.length} files, reading and diplomatic views, ${runs} run(s) each, alternating, node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`);

  const totals = { all: { xslt: 0, ts: 0, layout: 0 }, largest: { xslt: 0, ts: 0, layout: 0 } };
  let differing = 0;
  for (const file of files) {
    const { source } = decodeSource(file, readFileSync(file), file);
    const parsed = source ? parseSource(source).parsed : undefined;
    if (!parsed) continue;
    const prepared = prepareSource(parsed.xmlText) ?? parsed.xmlText;
    for (const view of ['reading', 'diplomatic']) {
      const parameters = { name: path.basename(file, '.xml'), view, width: '78', 'drop-report': 'no' };
      const viaXslt = () => {
        const t0 = performance.now();
        const output = runStylesheet(xslt, prepared, file, pathToFileURL(file).href, parameters).output ?? '';
        return { ms: performance.now() - t0, output, layoutMs: 0 };
      };
      const viaTs = () => {
        const t0 = performance.now();
        const blocks = runStylesheet(model, prepared, file, pathToFileURL(file).href, parameters).output ?? '';
        const t1 = performance.now();
        const output = layoutText(blocks);
        const t2 = performance.now();
        return { ms: t2 - t0, output, layoutMs: t2 - t1 };
      };
      const first = viaXslt();
      const second = viaTs();
      if (first.output !== second.output) {
        differing++;
        const a = first.output.split('\n');
        const b = second.output.split('\n');
        const at = a.findIndex((l, i) => l !== b[i]);
        console.log(`DIFFERS ${path.relative(SHARED, file)} ${view} line ${at + 1}\n  xslt ${JSON.stringify(a[at])}\n  ts   ${JSON.stringify(b[at])}`);
      }
      const x: number[] = [];
      const t: number[] = [];
      const l: number[] = [];
      for (let i = 0; i < runs; i++) {
        x.push(viaXslt().ms);
        const r = viaTs();
        t.push(r.ms);
        l.push(r.layoutMs);
      }
      for (const key of largest.has(file) ? (['all', 'largest'] as const) : (['all'] as const)) {
        totals[key].xslt += medianOf(x);
        totals[key].ts += medianOf(t);
        totals[key].layout += medianOf(l);
      }
    }
  }
  for (const [label, total] of [['three largest files', totals.largest], ['whole corpus', totals.all]] as const) {
    console.log(`${label}: layout in XSLT ${fmt(total.xslt)}; block model + TypeScript layout ${fmt(total.ts)} (of which layout-text.ts ${fmt(total.layout)}); ratio ${(total.ts / total.xslt).toFixed(2)}`);
  }
  console.log(differing === 0 ? 'outputs: byte-identical' : `outputs: ${differing} differ`);
  if (differing > 0) process.exitCode = 1;
}

main();
