/**
 * docs/api.md's example, run as it stands in the document: the first `js`
 * block after "## Example" is written inside the package (so that
 * `import 'tei-edition'` resolves to the compiled dist/ by self-reference)
 * and run with node in a folder holding a sample tei/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

const doc = readFileSync(path.join(repoRoot, 'docs', 'api.md'), 'utf8');
const example = /## Example\n[\s\S]*?```js\n([\s\S]*?)```/.exec(doc)?.[1];
const script = path.join(repoRoot, '.cache', `api-example-${process.pid}.mjs`);

/** A folder with tei/letter.xml (the sample) and, if given, more sources. */
function project(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-api-example-'));
  mkdirSync(path.join(dir, 'tei'));
  writeFileSync(path.join(dir, 'tei', 'letter.xml'), readFileSync(path.join(fixturesRoot, 'package', 'sample-tei', 'letter.xml')));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, 'tei', name), text);
  return dir;
}

const runExample = (cwd: string) =>
  spawnSync(process.execPath, [script], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true', TEI_EDITION_CACHE: path.join(cwd, '.schema-cache') } });

describe('the example in docs/api.md', () => {
  afterAll(() => rmSync(script, { force: true }));

  it('is there, and imports from the package', () => {
    expect(example).toBeDefined();
    expect(example).toContain("from 'tei-edition'");
    mkdirSync(path.dirname(script), { recursive: true });
    writeFileSync(script, example!);
  });

  it('builds the editions of valid sources, and says what it wrote', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'index.js')), 'dist/ is built by npm test (npm run compile)').toBe(true);
    const dir = project();
    const r = runExample(dir);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // The sample declares no schema and tei_all is not shipped: at most the warning that says how to reach it comes first.
    expect(r.stdout.replace(/^.*\[rng:schema\.tei-all-unavailable\]\n/m, '')).toBe(`tei/letter.xml -> html/letter.html\n`);
    expect(readFileSync(path.join(dir, 'site', 'text', 'letter.txt'), 'utf8')).toContain('Dear friend');
  });

  it('prints the diagnostics of a malformed source and builds nothing', () => {
    const dir = project({ 'broken.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>x</TEI>' });
    const r = runExample(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^tei\/broken\.xml:2:5 error end tag "<\/TEI>" does not match the open element "<p>"/m);
    expect(r.stderr).toBe('errors found; not building\n');
    expect(existsSync(path.join(dir, 'site'))).toBe(false);
  });
});
