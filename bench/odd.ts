/**
 * Benchmark of the ODD compiler: the cold compile time of tei_lite.odd and
 * tei_all.odd (`tei-edition odd` in a fresh process, from dist/) against the
 * TEI Stylesheets' two Saxon-HE JVM runs (odd2odd, then odd2relax) on the
 * same ODD. The target is 0.5x the oracle's time or less.
 * Run: npm run compile && npm run bench -- odd
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasShared, median, ROOT, SHARED, timeCommand } from './_shared.js';

const ODD = path.join(SHARED, 'odd');
const P5 = path.join(ODD, 'p5subset.xml');
const SAXON = '/usr/share/java/Saxon-HE.jar';
const STYLESHEETS = path.join(SHARED, 'anchors/tei-stylesheets/odds');
const CLI = path.join(ROOT, 'bin/tei-edition.js');

if (!hasShared || !existsSync(P5)) {
  console.log(`${ODD} is absent: nothing to measure`);
  process.exit(0);
}
if (!existsSync(path.join(ROOT, 'dist/odd/compile-odd.js'))) {
  console.log('dist/ has no ODD compiler: run "npm run compile" first');
  process.exit(1);
}
const runs = Number(process.env.ODD_BENCH_RUNS ?? 3);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'odd-bench-'));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
try {
  console.log(`cold compile, median of ${runs} runs (ours) and ${Math.max(1, Math.floor(runs / 2))} (oracle)`);
  console.log('odd\tours\toracle (odd2odd + odd2relax)\tratio');
  for (const name of ['tei_lite', 'tei_all']) {
    const odd = path.join(ODD, 'exemplars', `${name}.odd`);
    const ours = median(runs, () => {
      const r = timeCommand(process.execPath, [CLI, 'odd', odd, '--source', P5, '--out', tmp]);
      if (r.status !== 0) throw new Error(`tei-edition odd failed: ${r.stderr}`);
      return r;
    });
    let oracle: number | undefined;
    if (existsSync(SAXON) && existsSync(STYLESHEETS)) {
      const cp = `${SAXON}:/usr/share/java/xml-resolver.jar`;
      oracle = median(Math.max(1, Math.floor(runs / 2)), () => {
        const compiled = path.join(tmp, `${name}.compiled.odd`);
        const a = timeCommand('java', ['-cp', cp, 'net.sf.saxon.Transform', `-s:${odd}`, `-xsl:${path.join(STYLESHEETS, 'odd2odd.xsl')}`, `-o:${compiled}`, `defaultSource=${P5}`]);
        const b = timeCommand('java', ['-cp', cp, 'net.sf.saxon.Transform', `-s:${compiled}`, `-xsl:${path.join(STYLESHEETS, 'odd2relax.xsl')}`, `-o:${path.join(tmp, `${name}.oracle.rng`)}`]);
        if (a.status !== 0 || b.status !== 0) throw new Error(`Saxon failed: ${a.stderr}${b.stderr}`);
        return { ms: a.ms + b.ms };
      }).ms;
    }
    console.log(`${name}\t${s(ours.ms)}${ours.rssMb ? ` (${ours.rssMb.toFixed(0)} MB)` : ''}\t${oracle === undefined ? 'Saxon-HE absent' : s(oracle)}\t${oracle === undefined ? '' : `${(ours.ms / oracle).toFixed(2)}x`}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
