/**
 * Benchmark of parsing (the wf layer) against document depth.
 * Run: npm run bench -- parse-depth   (or: npx tsx bench/parse-depth.ts [runs])
 *
 * Generates TEI documents whose body nests 1,000 to 50,000 divs (the TEI
 * namespace declared once, on the root) and parses each with parseXml,
 * `runs` times (default 3), printing the median time and the time per level.
 * Parsing is linear in depth when the time per level stays flat as the depth
 * grows: before each element got every binding in scope (src/parse/parse-xml.ts),
 * saxes looked a prefix up through every open element, and 50,000 levels
 * took 42 s. Nothing is asserted: timings on a shared machine are noisy.
 */
import { parseXml } from '../src/parse/parse-xml.js';
import { fmt } from './_shared.js';

const runs = Math.max(1, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? process.env.BENCH_RUNS ?? 3));
const tei = (depth: number) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>${'<div>'.repeat(depth)}<p>x</p>${'</div>'.repeat(depth)}</body></text></TEI>`;

console.log(`depth      median     per level (${runs} runs)`);
for (const depth of [1_000, 5_000, 10_000, 20_000, 50_000]) {
  const text = tei(depth);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = parseXml('deep.xml', text);
    times.push(performance.now() - started);
    if (!result.document) throw new Error(`depth ${depth} did not parse: ${result.diagnostics[0]?.message}`);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`${String(depth).padEnd(10)} ${fmt(median).padEnd(10)} ${((median * 1000) / depth).toFixed(1)} µs`);
}
