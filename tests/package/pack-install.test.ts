/**
 * The package as a user gets it: `npm pack` from a tree like a fresh clone
 * (no dist/, so `prepack` must compile), the tarball installed into an empty
 * folder with its dependencies from the registry or the npm cache, then the
 * installed command and the library run there. Slow (it compiles and
 * installs), bounded in time by every step's own timeout.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { TEI_ALL_URL } from '../../src/validate/resolve-schemas.js';

const MINUTE = 60_000;
const SAMPLE = path.join(fixturesRoot, 'package', 'sample-tei', 'letter.xml');

/** Folders of the working tree that a fresh clone does not have (or that packing does not need). */
const NOT_IN_A_CLONE = new Set(['node_modules', 'dist', '.git', '.cache', 'coverage', 'scratch', 'output', 'drafts']);

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end or its timeout, never throwing: the test reads code and output. */
function step(command: string, args: readonly string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv): Promise<Step> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, timeout, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr: error && code === null ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

const shown = (s: Step) => `exit ${s.code}\n--- stdout\n${s.stdout.slice(-4000)}\n--- stderr\n${s.stderr.slice(-4000)}`;

describe('the packed package, installed into an empty folder', () => {
  let work = '';
  let app = '';
  let packed: { filename: string; files: { path: string }[] } | undefined;
  let env: NodeJS.ProcessEnv = {};

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'tei-edition-pack-'));
    // No progress bar, and compiled schemas cached inside the temporary folder.
    env = { ...process.env, CI: 'true', TEI_EDITION_CACHE: path.join(work, 'schema-cache') };

    // A copy of the tree as a clone has it, so that prepack (not an earlier `npm run compile`) makes dist/;
    // packing in place would also rewrite the dist/ that other test files run meanwhile.
    const clone = path.join(work, 'clone');
    cpSync(repoRoot, clone, { recursive: true, filter: (from) => !NOT_IN_A_CLONE.has(path.relative(repoRoot, from)) });
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    const pack = await step('npm', ['pack', '--json', '--pack-destination', work], clone, 10 * MINUTE, env);
    expect(pack.code, shown(pack)).toBe(0);
    // npm prints the lifecycle scripts' output before the JSON report.
    packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('\n[') + 1)) as { filename: string; files: { path: string }[] }[])[0];

    app = path.join(work, 'app');
    mkdirSync(path.join(app, 'my-tei'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'pack-install-check', version: '1.0.0', private: true, type: 'module' }));
    writeFileSync(path.join(app, 'my-tei', 'letter.xml'), readFileSync(SAMPLE));
    const install = await step('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed!.filename)], app, 10 * MINUTE, env);
    expect(install.code, shown(install)).toBe(0);
  }, 25 * MINUTE);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds the compiled code, the compiled stylesheets, the schemas and the page assets', () => {
    const files = new Set(packed!.files.map((f) => f.path));
    for (const needed of ['bin/tei-edition.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/pipeline/build-worker.js', 'dist/xslt/html-edition.sef.json', 'dist/xslt/text-edition.sef.json', 'dist/xslt/data-export.sef.json', 'dist/xslt/collection.sef.json', 'schema/config.schema.json', 'schema/tei-edition.rng', 'schema/tei-edition.sch', 'xslt/html/assets/edition.css', 'README.md', 'LICENSE']) {
      expect(files, needed).toContain(needed);
    }
    expect([...files].filter((f) => f.startsWith('tests/') || f.startsWith('src/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it('runs `npx tei-edition --help`', async () => {
    const help = await step('npx', ['tei-edition', '--help'], app, 2 * MINUTE, env);
    expect(help.code, shown(help)).toBe(0);
    expect(help.stdout).toContain('Usage: tei-edition');
  }, 3 * MINUTE);

  it('validates a sample TEI that declares no schema: tei_all where a catalog maps it, a warning saying how where not', async () => {
    // tei_all is not shipped; a document without xml-model is checked against it when it can be reached.
    const alone = await step('npx', ['tei-edition', 'validate', 'my-tei/'], app, 3 * MINUTE, env);
    expect(alone.code, shown(alone)).toBe(0);
    expect(alone.stderr).toMatch(/^1 file, 0 errors, 1 warning/m);
    expect(alone.stdout).toContain('[rng:schema.tei-all-unavailable]');
    if (!hasShared) return noteSkip('validation of the packed package against tei_all through a catalog');
    // A user's catalog.xml beside the documents maps tei_all's URL to their local copy.
    writeFileSync(path.join(app, 'my-tei', 'catalog.xml'), [
      '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">',
      `  <uri name="${TEI_ALL_URL}" uri="${pathToFileURL(shared('schema', 'tei_all.rng')).href}"/>`,
      '</catalog>',
    ].join('\n'));
    try {
      const mapped = await step('npx', ['tei-edition', 'validate', 'my-tei/letter.xml'], app, 3 * MINUTE, env);
      expect(mapped.code, shown(mapped)).toBe(0);
      expect(mapped.stderr).toMatch(/^1 file, 0 errors, 0 warnings/m);
    } finally {
      rmSync(path.join(app, 'my-tei', 'catalog.xml'));
    }
  }, 6 * MINUTE);

  it('builds its HTML and text editions with the README\'s first command', async () => {
    const build = await step('npx', ['tei-edition', 'build', 'my-tei/'], app, 3 * MINUTE, env);
    expect(build.code, shown(build)).toBe(0);
    expect(readFileSync(path.join(app, 'output', 'html', 'letter.html'), 'utf8')).toContain('Dear friend');
    expect(readFileSync(path.join(app, 'output', 'text', 'letter.txt'), 'utf8')).toContain('Dear friend');
    expect(existsSync(path.join(app, 'output', 'html', 'assets', 'edition.css'))).toBe(true);
  }, 4 * MINUTE);

  it('type-checks a TypeScript user of the library against the packed declarations', async () => {
    // The repository's TypeScript and @types/node stand in for the user's own; skipLibCheck is off, so
    // every declaration the package ships is checked, with the modules it imports (saxon-js has no types of its own).
    writeFileSync(path.join(app, 'consumer.ts'), [
      "import { buildEdition, hasErrors, validateFiles, type BuildOptions } from 'tei-edition';",
      "const options: BuildOptions = { outDir: 'site', layers: ['wf', 'refs'], textWidth: 72 };",
      "const checked = await validateFiles(['my-tei'], { layers: ['wf'] });",
      'const built = await buildEdition(hasErrors(checked.diagnostics) ? [] : ["my-tei"], options);',
      'export const verdict: boolean = hasErrors(built.diagnostics);',
    ].join('\n'));
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, typeRoots: [path.join(repoRoot, 'node_modules', '@types')], types: ['node'] },
      files: ['consumer.ts'],
    }));
    const tsc = await step(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app, 3 * MINUTE, env);
    expect(tsc.code, shown(tsc)).toBe(0);
  }, 4 * MINUTE);

  it("resolves a project stylesheet's tei-edition: imports to the installed package, whose dependencies hold the compiler (docs/customising.md)", async () => {
    const script = "import('tei-edition').then((m) => console.log(m.resolveModuleHref('tei-edition:html/edition.xsl', process.cwd() + '/xslt/mine.xsl')))";
    const resolved = await step(process.execPath, ['-e', script], app, 2 * MINUTE, env);
    expect(resolved.code, shown(resolved)).toBe(0);
    expect(resolved.stdout.trim()).toBe(path.join(realpathSync(app), 'node_modules', 'tei-edition', 'xslt', 'html', 'edition.xsl'));
    expect(existsSync(resolved.stdout.trim())).toBe(true);
    expect(existsSync(path.join(app, 'node_modules', 'xslt3', 'xslt3.js'))).toBe(true);
  }, 3 * MINUTE);

  it('is importable as a library', async () => {
    const script = "import('tei-edition').then((m) => console.log(['validateFiles', 'buildEdition', 'watchEdition', 'exportCollection', 'importFiles', 'importText', 'hasErrors'].map((name) => typeof m[name]).join(' ')))";
    const imported = await step(process.execPath, ['-e', script], app, 2 * MINUTE, env);
    expect(imported.code, shown(imported)).toBe(0);
    expect(imported.stdout.trim()).toBe(Array(7).fill('function').join(' '));
  }, 3 * MINUTE);
});
