/// <reference lib="dom" />
/**
 * Project stylesheets (profiles): how they name tei-edition's own, how their
 * modules are read, how the compiler's errors become diagnostics, and, with
 * the two worked examples of docs/customising.md, that a profile changes only
 * what it overrides and is compiled once. Compiling a profile runs the XX
 * compiler over the whole edition stylesheet (about 20 s, longer on a busy
 * machine), so each is compiled once, into a cache shared by the tests here.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { packageRoot } from '../../src/package-root.js';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { compileProjectStylesheet } from '../../src/transform/compile-project-stylesheet.js';
import { parseCompileErrors } from '../../src/transform/parse-compile-errors.js';
import { readStylesheetModules, resolveModuleHref } from '../../src/transform/stylesheet-modules.js';
import { renderHtml } from '../html/render-html.js';
import { fixturesRoot } from '../helpers/fixtures.js';

const PROFILES = path.join(fixturesRoot, 'transform', 'profiles');
const LETTER = path.join(PROFILES, 'letter.xml');
const REGISTER_LINKS = path.join(PROFILES, 'register-links.xsl');
const NO_INDEX = path.join(PROFILES, 'no-index.xsl');
const COMPILING = 600_000;

describe('resolveModuleHref', () => {
  it("resolves tei-edition: to the xslt/ folder of the copy of tei-edition that runs (this repository, or node_modules/tei-edition when installed)", () => {
    const from = '/project/xslt/my-html.xsl';
    expect(resolveModuleHref('tei-edition:html/edition.xsl', from)).toBe(path.join(packageRoot, 'xslt', 'html', 'edition.xsl'));
    expect(existsSync(resolveModuleHref('tei-edition:text/edition.xsl', from)!)).toBe(true);
    expect(resolveModuleHref('tei-edition:../package.json', from)).toBeUndefined();
    expect(resolveModuleHref('http://example.org/a.xsl', from)).toBeUndefined();
  });

  it('resolves relative hrefs against the module and file: URLs to their path', () => {
    expect(resolveModuleHref('parts/names.xsl', '/project/xslt/my-html.xsl')).toBe(path.resolve('/project/xslt/parts/names.xsl'));
    expect(resolveModuleHref(pathToFileURL('/elsewhere/a b.xsl').href, '/project/x.xsl')).toBe(path.resolve('/elsewhere/a b.xsl'));
  });
});

describe('readStylesheetModules', () => {
  it("reads the profile first, then every module it imports or includes, tei-edition's own among them, each once", () => {
    const { modules, diagnostics } = readStylesheetModules(REGISTER_LINKS);
    expect(diagnostics).toEqual([]);
    const files = modules.map((m) => m.file);
    expect(files[0]).toBe(REGISTER_LINKS);
    expect(files).toContain(path.join(packageRoot, 'xslt', 'html', 'edition.xsl'));
    expect(files).toContain(path.join(packageRoot, 'xslt', 'html', 'index.xsl'));
    expect(files).toContain(path.join(packageRoot, 'xslt', 'common', 'meaning.xsl'));
    expect(new Set(files).size).toBe(files.length);
  });

  it('reports a missing module at the xsl:include that names it, and a module that is not well-formed where it breaks', () => {
    expect(readStylesheetModules(path.join(PROFILES, 'broken', 'missing-import.xsl')).diagnostics).toMatchObject([
      { severity: 'error', layer: 'usage', ruleId: 'usage.stylesheet', file: path.join(PROFILES, 'broken', 'missing-import.xsl'), line: 4, column: 3, message: expect.stringContaining('"our-names.xsl"') },
    ]);
    expect(readStylesheetModules(path.join(PROFILES, 'broken', 'not-well-formed.xsl')).diagnostics).toMatchObject([
      { severity: 'error', layer: 'usage', file: path.join(PROFILES, 'broken', 'not-well-formed.xsl'), line: 5, column: 33, message: expect.stringContaining('not well-formed') },
    ]);
  });
});

describe('parseCompileErrors', () => {
  const entry = path.join(PROFILES, 'broken', 'unknown-function.xsl');
  const { modules } = readStylesheetModules(entry);

  it('places an XPath error in the main stylesheet at the expression quoted', () => {
    const stderr = 'Error XPST0017:\n  Static error in XPath on line 8 {te:register-link(@ref)}: Unknown function Q{urn:x-tei-edition}register-link()\nFailed to compile stylesheet\n';
    expect(parseCompileErrors(stderr, entry, modules)).toMatchObject([{ file: entry, line: 8, column: 15, layer: 'usage', message: expect.stringMatching(/Unknown function .*register-link\(\) in the expression "te:register-link\(@ref\)" \(XPST0017\)/) }]);
  });

  it('places an error in a module the compiler names (by its path as compiled) at that module, at the line\'s first element', () => {
    const stderr = 'Error XTSE0010 on line 6 in 0/edition.xsl:\n  xsl:foo is not a known XSLT element\nFailed to compile stylesheet\n';
    const edition = path.join(packageRoot, 'xslt', 'html', 'edition.xsl');
    const [d] = parseCompileErrors(stderr, entry, modules, new Map([[entry, '/tmp/x/0/edition.xsl']]));
    expect(d).toMatchObject({ file: entry, line: 6, column: 3, message: expect.stringContaining('xsl:foo is not a known XSLT element (XTSE0010)') });
    expect(parseCompileErrors('Error XTSE0010 on line 21 in html/edition.xsl:\n  bad\n', entry, modules)[0]).toMatchObject({ file: edition, line: 21 });
  });

  it('reports output it does not recognise whole, at the stylesheet', () => {
    expect(parseCompileErrors('Cannot locate stylesheet (x)\nFailed to compile stylesheet\n', entry, modules)).toMatchObject([{ file: entry, line: 0, message: expect.stringContaining('Cannot locate stylesheet (x)') }]);
  });
});

describe('compileProjectStylesheet, before compiling', () => {
  it("asks for TEI's xpath-default-namespace on the project's xsl:stylesheet (without it the compiler fails inside tei-edition's modules)", async () => {
    const entry = path.join(PROFILES, 'broken', 'no-tei-namespace.xsl');
    const { stylesheet, diagnostics } = await compileProjectStylesheet(entry, { cacheDir: mkdtempSync(path.join(tmpdir(), 'tei-edition-profiles-cache-')) });
    expect(stylesheet).toBeUndefined();
    expect(diagnostics).toMatchObject([{ severity: 'error', layer: 'usage', file: entry, line: 2, column: 1, message: expect.stringContaining('no xpath-default-namespace; expected xpath-default-namespace="http://www.tei-c.org/ns/1.0"') }]);
  });
});

describe('project stylesheets, compiled', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'tei-edition-profiles-cache-'));
  let registerSef = '';

  beforeAll(async () => {
    for (const [file, name] of [[REGISTER_LINKS, 'register'], [NO_INDEX, 'no-index']] as const) {
      const { stylesheet, diagnostics } = await compileProjectStylesheet(file, { cacheDir });
      expect(diagnostics).toEqual([]);
      expect(stylesheet!.compiled).toBe(true);
      if (name === 'register') registerSef = stylesheet!.sefPath;
    }
  }, COMPILING);

  /**
   * The page's markup with `selector`'s elements each replaced by a mark holding their text, and the
   * conventions legend's sample of a person's name (a copy of the first person's name as the page
   * renders it: with the profile, the first one it did not restyle) by a mark.
   */
  const marked = (document: Document, selector: string) => {
    for (const e of [...document.querySelectorAll('.convention-sample > .name-person')]) e.replaceWith(document.createTextNode('[sample]'));
    for (const e of [...document.querySelectorAll(selector)]) e.replaceWith(document.createTextNode(`[name:${e.textContent}]`));
    return document.documentElement.outerHTML;
  };

  it('example 1: persName with @ref becomes a link into the register, and nothing else on the page changes', () => {
    const plain = renderHtml(LETTER, 'letter');
    const profiled = renderHtml(LETTER, 'letter', { stylesheets: { html: REGISTER_LINKS }, cacheDir });
    expect(profiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const links = [...profiled.document.querySelectorAll('#te-text a.register-link')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['https://example.org/register/p-kim', 'Kim'],
      ['https://example.org/register/p-ivanov', 'Comrade Ivanov'],
      ['https://example.org/register/p-kim', 'the chairman'],
    ]);
    expect(profiled.html).not.toBe(plain.html);
    // Without the elements the profile renders, the two pages are the same, byte for byte.
    expect(marked(profiled.document, 'a.register-link')).toBe(marked(plain.document, '#te-text .name-person[data-ref]'));
  });

  it('example 2: the page has no index panel and no link to it, and nothing else changes', () => {
    const plain = renderHtml(LETTER, 'letter');
    const profiled = renderHtml(LETTER, 'letter', { stylesheets: { html: NO_INDEX }, cacheDir });
    expect(plain.document.querySelector('#te-index')).not.toBeNull();
    expect(profiled.document.querySelector('#te-index')).toBeNull();
    expect(profiled.document.querySelector('a[href="#te-index"]')).toBeNull();
    plain.document.querySelector('a[href="#te-index"]')!.parentElement!.remove();
    plain.document.querySelector('#te-index')!.remove();
    expect(profiled.document.documentElement.outerHTML).toBe(plain.document.documentElement.outerHTML);
  });

  it('is taken from the cache the second time: not compiled again, its file untouched', async () => {
    const before = statSync(registerSef).mtimeMs;
    const again = await compileProjectStylesheet(REGISTER_LINKS, { cacheDir });
    expect(again.stylesheet).toMatchObject({ compiled: false, sefPath: registerSef });
    expect(statSync(registerSef).mtimeMs).toBe(before);
  });

  it('is used by the build, in its worker processes too, from the cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-profiles-build-'));
    mkdirSync(path.join(dir, 'tei'));
    copyFileSync(LETTER, path.join(dir, 'tei', 'one.xml'));
    copyFileSync(LETTER, path.join(dir, 'tei', 'two.xml'));
    const before = statSync(registerSef).mtimeMs;
    const result = await buildEdition([path.join(dir, 'tei')], { outDir: path.join(dir, 'out'), formats: ['html'], jobs: 2, cacheDir, stylesheets: { html: REGISTER_LINKS }, layers: ['wf'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const name of ['one', 'two']) expect(readFileSync(path.join(dir, 'out', 'html', `${name}.html`), 'utf8')).toContain('href="https://example.org/register/p-ivanov"');
    expect(statSync(registerSef).mtimeMs).toBe(before);
  }, COMPILING);

  it('a profile that does not compile gives the compiler\'s error at its file, line and column', async () => {
    const entry = path.join(PROFILES, 'broken', 'unknown-function.xsl');
    const { stylesheet, diagnostics } = await compileProjectStylesheet(entry, { cacheDir });
    expect(stylesheet).toBeUndefined();
    expect(diagnostics).toMatchObject([{ severity: 'error', layer: 'usage', file: entry, line: 8, column: 15, message: expect.stringContaining('register-link') }]);
  }, COMPILING);
});

describe('docs/customising.md', () => {
  it('shows the two examples as they stand in their fixture files', () => {
    const doc = readFileSync(path.join(packageRoot, 'docs', 'customising.md'), 'utf8');
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const fixture of ['register-links.xsl', 'no-index.xsl']) {
      const block = new RegExp(`\\(\\.\\./tests/fixtures/transform/profiles/${fixture.replace('.', '\\.')}\\):\\n\\n\`\`\`xml\\n([^]*?)\`\`\``).exec(doc);
      expect(block, fixture).not.toBeNull();
      expect(squeeze(readFileSync(path.join(PROFILES, fixture), 'utf8'))).toContain(squeeze(block![1]!));
    }
  });
});

describe('tei-edition build --html-stylesheet', () => {
  it('exits 2 with a file:line:col diagnostic when the profile is broken, and builds nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-profiles-cli-'));
    let out = '';
    const profile = path.join(PROFILES, 'broken', 'not-well-formed.xsl');
    const code = await runCli(['node', 'tei-edition', 'build', LETTER, '--out', path.join(dir, 'out'), '--html-stylesheet', profile, '--cache-dir', path.join(dir, 'cache')], { out: (t) => (out += t), err: (t) => (out += t) });
    expect(code).toBe(2);
    expect(out).toContain(`${profile}:5:33 error the stylesheet is not well-formed XML`);
    expect(out).toContain('[usage:usage.stylesheet]');
    expect(out).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'out', 'html', 'letter.html'))).toBe(false);
  });

  it('takes the stylesheet from the configuration, relative to it; the command line wins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-profiles-config-'));
    mkdirSync(path.join(dir, 'xslt'));
    copyFileSync(path.join(PROFILES, 'broken', 'missing-import.xsl'), path.join(dir, 'xslt', 'mine.xsl'));
    const config = path.join(dir, 'tei-edition.config.json');
    writeFileSync(config, JSON.stringify({ stylesheets: { html: 'xslt/mine.xsl' } }));
    let out = '';
    const run = (...extra: string[]) => runCli(['node', 'tei-edition', 'build', LETTER, '--config', config, '--out', path.join(dir, 'out'), '--cache-dir', path.join(dir, 'cache'), ...extra], { out: (t) => (out += t), err: (t) => (out += t) });
    expect(await run()).toBe(2);
    expect(out).toContain(`${path.join(dir, 'xslt', 'mine.xsl')}:4:3 error the module "our-names.xsl"`);
    out = '';
    expect(await run('--html-stylesheet', path.join(PROFILES, 'broken', 'not-well-formed.xsl'))).toBe(2);
    expect(out).toContain('not-well-formed.xsl:5:33');
    expect(out).not.toContain('mine.xsl');
  });
});
