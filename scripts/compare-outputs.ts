/**
 * Compares the editions two compiled copies of tei-edition make of the shared corpus, so that a
 * change of the stylesheets shows every output it alters (issue 18: each difference is either
 * intended, and named in the commit message, or fixed).
 *
 *   npx tsx scripts/compare-outputs.ts --before DIR [--after DIR] [--keep DIR] [--before-out DIR]
 *
 *   --before DIR      a package root with a compiled dist/ (e.g. main's, made BEFORE the change:
 *                     `git archive main | tar -x -C DIR`, node_modules linked, `npm run compile`)
 *   --after DIR       the package root to compare with it (default: this one; run npm run compile first)
 *   --keep DIR        keep the corpus and both outputs in DIR (default: a temporary folder, removed)
 *   --before-out DIR  an output folder an earlier run kept (DIR/before): the "before" build is skipped
 *
 * The corpus: every .xml of ../shared/corpus/ except malformed/, copied into one folder
 * (sub/folder/x.xml as sub__folder__x.xml; copies, not links, so that a build of many minutes
 * does not depend on ../shared staying in place), and sga-xinclude/ copied whole beside them, its folders
 * kept, so that its XIncludes (../shared/classDecl.xml, page files in sub-folders) resolve as in
 * the corpus; the pages are built on their own too, as the corpus tests read them. Both builds run
 * only the well-formedness layer (validation does not change the editions) with --no-incremental
 * and --follow-symlinks. Prints the files that exist on one side only, then each differing file
 * with its number of differing lines and its first difference in context. Exit code 0 when the outputs are identical, 1 when they differ, 2 on misuse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared', 'corpus');
const EXCLUDED = new Set(['malformed']);
/** Folders copied whole, their structure kept: their documents XInclude files by relative paths. */
const KEPT_WHOLE = new Set(['sga-xinclude']);

const { values } = parseArgs({
  options: { before: { type: 'string' }, after: { type: 'string' }, keep: { type: 'string' }, 'before-out': { type: 'string' } },
});
if (!values.before && !values['before-out']) {
  console.error('usage: compare-outputs.ts --before DIR [--after DIR] [--keep DIR] [--before-out DIR]');
  process.exit(2);
}
if (!existsSync(shared)) {
  console.log(`skipped: ${shared} is absent`);
  process.exit(0);
}
const after = path.resolve(values.after ?? root);
for (const dir of [values.before, after].filter((d): d is string => d !== undefined)) {
  if (!existsSync(path.join(dir, 'dist', 'cli.js'))) {
    console.error(`${dir}: no compiled dist/cli.js; expected a package root after "npm run compile"`);
    process.exit(2);
  }
}

/** Every .xml file below `dir`, as paths relative to `base`, sorted. */
function xmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return dir === base && (EXCLUDED.has(name) || KEPT_WHOLE.has(name)) ? [] : xmlFiles(full, base);
      return name.endsWith('.xml') ? [path.relative(base, full)] : [];
    });
}

const work = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(os.tmpdir(), 'tei-edition-compare-'));
const corpus = path.join(work, 'corpus');
if (!existsSync(corpus)) {
  mkdirSync(corpus, { recursive: true });
  for (const file of xmlFiles(shared)) cpSync(path.join(shared, file), path.join(corpus, file.split(path.sep).join('__')));
  for (const folder of KEPT_WHOLE) cpSync(path.join(shared, folder), path.join(corpus, folder), { recursive: true });
}

/** Builds the corpus with the package at `pkg` into `out` (emptied first). */
function build(pkg: string, out: string): void {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(pkg, 'bin', 'tei-edition.js'), 'build', corpus, '--out', out, '--no-incremental', '--layers', 'wf', '--follow-symlinks', '--cache-dir', path.join(work, 'cache')], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  console.log(`built with ${pkg}: exit ${r.status}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`build with ${pkg} failed: ${r.stderr.slice(-2000)}`);
}

/** Every file below `dir`, relative, sorted; not the build caches (.tei-edition-cache.json, .tei-edition/), whose fingerprints name the stylesheets' own hashes. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f !== '.tei-edition-cache.json' && !f.startsWith('.tei-edition' + path.sep) && statSync(path.join(dir, f)).isFile())
    .sort();
}

/** The first difference of two texts, with some context on each side, on one line. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 100));
  return `at char ${i}:\n      before ${show(a)}\n      after  ${show(b)}`;
}

/** How many pieces differ (lines, and tags within a line: a page is one long line), counted as pieces present on one side only. */
function changedPieces(a: string, b: string): number {
  const pieces = (s: string) => s.split(/\n|(?<=>)/);
  const count = new Map<string, number>();
  for (const line of pieces(a)) count.set(line, (count.get(line) ?? 0) + 1);
  let changed = 0;
  for (const line of pieces(b)) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else changed++;
  }
  return changed + [...count.values()].reduce((s, n) => s + n, 0);
}

const beforeOut = values['before-out'] ? path.resolve(values['before-out']) : path.join(work, 'before');
const afterOut = path.join(work, 'after');
if (!values['before-out']) build(path.resolve(values.before!), beforeOut);
build(after, afterOut);

const before = files(beforeOut);
const afterFiles = files(afterOut);
const inAfter = new Set(afterFiles);
const inBefore = new Set(before);
const onlyBefore = before.filter((f) => !inAfter.has(f));
const onlyAfter = afterFiles.filter((f) => !inBefore.has(f));
const differing = before.filter((f) => inAfter.has(f) && !readFileSync(path.join(beforeOut, f)).equals(readFileSync(path.join(afterOut, f))));

console.log(`${before.length} files before, ${afterFiles.length} after; ${differing.length} differ, ${onlyBefore.length} only before, ${onlyAfter.length} only after`);
for (const f of onlyBefore) console.log(`  only before: ${f}`);
for (const f of onlyAfter) console.log(`  only after:  ${f}`);
for (const f of differing) {
  const a = readFileSync(path.join(beforeOut, f), 'utf8');
  const b = readFileSync(path.join(afterOut, f), 'utf8');
  console.log(`  differs: ${f} (${changedPieces(a, b)} pieces) ${firstDifference(a, b)}`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept in ${work}`);
process.exit(differing.length || onlyBefore.length || onlyAfter.length ? 1 : 0);
