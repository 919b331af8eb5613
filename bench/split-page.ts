/**
 * The cost of splitting a long page into parts (issue 19, point 6). Prints figures; asserts nothing.
 *
 *   npm run compile && npx tsx bench/split-page.ts      (or: npm run bench -- split-page)
 *
 * In one process, the HTML transform of ../shared/genres/long/eltec-ENG18660-eliot-felix-holt.xml
 * (1.1 MB of TEI, 1.2 MB of HTML) unsplit, and the split of that page (src/pipeline/split-long-page.ts:
 * parse with offsets, plan, splice) at the default threshold, BENCH_RUNS (default 3) times each; the
 * minimum of each and their ratio. BENCH_FILE names another source.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED, fmt, hasShared } from './_shared.js';
import { decodeSource } from '../src/load/load-source.js';
import { parseSource } from '../src/parse/parse-source.js';
import { renderDocument } from '../src/pipeline/render-document.js';
import { DEFAULT_SPLIT_ABOVE, splitLongPage } from '../src/pipeline/split-long-page.js';

const source = process.env.BENCH_FILE ?? (hasShared ? path.join(SHARED, 'genres', 'long', 'eltec-ENG18660-eliot-felix-holt.xml') : undefined);
if (!source || !existsSync(source)) {
  console.log('skipped: ../shared/genres/long/eltec-ENG18660-eliot-felix-holt.xml is absent (set BENCH_FILE to measure another source)');
  process.exit(0);
}
const runs = Number(process.env.BENCH_RUNS ?? 3);
const { parsed } = parseSource(decodeSource(source, readFileSync(source)).source!);
const render: number[] = [];
const split: number[] = [];
let parts = 0;
let bytes = 0;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  const page = renderDocument(parsed!, 'long', { formats: ['html'], splitAbove: 0 }).page!.html;
  render.push(performance.now() - t);
  t = performance.now();
  parts = splitLongPage(page, 'long', DEFAULT_SPLIT_ABOVE)?.parts.length ?? 0;
  split.push(performance.now() - t);
  bytes = Buffer.byteLength(page);
}
const [r, s] = [Math.min(...render), Math.min(...split)];
console.log(`${path.basename(source)}: ${(bytes / 1e6).toFixed(2)} MB of HTML, ${parts} parts`);
console.log(`HTML transform: ${fmt(r)}; split: ${fmt(s)} (${((100 * s) / r).toFixed(1)} % of the transform); min of ${runs} runs`);
