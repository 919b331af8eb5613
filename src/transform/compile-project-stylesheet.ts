/**
 * A project's own stylesheet (a profile, in the manner of the TEI
 * Stylesheets' `profiles/`): it imports tei-edition's and overrides any
 * template. It is compiled to SEF on first use with the xslt3 package's XX
 * compiler (JavaScript, no Java) and kept in the schema cache, keyed by the
 * content of every module it imports or includes, tei-edition's own among
 * them; a later build, and every worker of a build, loads the cached SEF.
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { TEI_NS } from '../parse/xml-tree.js';
import { defaultCacheDir } from '../relaxng/load-rng-schema.js';
import { sha256 } from '../util/sha256.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { parseCompileErrors } from './parse-compile-errors.js';
import { bundledStylesheetRoot, readStylesheetModules, resolveModuleHref, type StylesheetModule } from './stylesheet-modules.js';

const run = promisify(execFile);

/** A project stylesheet compiled to SEF, in the cache. */
export interface ProjectStylesheet {
  /** The project's stylesheet, absolute. */
  source: string;
  /** The compiled SEF in the cache. */
  sefPath: string;
  /** Content hash of every module it is made of (its cache key). */
  key: string;
  /** True when this call compiled it; false when the cache had it. */
  compiled: boolean;
}

/** The cache file of a compiled stylesheet with this key. */
function sefPathOf(cacheDir: string, key: string): string {
  return path.join(cacheDir, `xslt-${key}.sef.json`);
}

/** The cache key of a stylesheet made of `modules`: each module's path and content, and the compiler's version. */
function keyOf(modules: StylesheetModule[]): string {
  return sha256([`tei-edition ${packageVersion}`, ...modules.map((m) => `${m.file}\0${sha256(m.bytes)}`)].join('\n'));
}

/** The key of the last look-up per stylesheet in this process, valid while none of its modules changed size or time. */
const known = new Map<string, { files: string[]; stamps: string; key: string }>();
const stampsOf = (files: string[]) => files.map((f) => {
  try {
    const s = statSync(f);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}).join();

/**
 * The compiled SEF of the project stylesheet `source` if the cache holds it (as
 * compileProjectStylesheet left it), without compiling. Cheap after the first call
 * in a process: the modules are only read again when one of them changed.
 */
export function cachedProjectStylesheet(source: string, cacheDir: string = defaultCacheDir()): { sefPath?: string; diagnostics: Diagnostic[] } {
  const file = path.resolve(source);
  let last = known.get(file);
  if (!last || stampsOf(last.files) !== last.stamps) {
    const { modules, diagnostics } = readStylesheetModules(file);
    if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
    const files = modules.map((m) => m.file);
    last = { files, stamps: stampsOf(files), key: keyOf(modules) };
    known.set(file, last);
  }
  const sefPath = sefPathOf(cacheDir, last.key);
  if (existsSync(sefPath)) return { sefPath, diagnostics: [] };
  return { diagnostics: [diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet ${JSON.stringify(source)} is not compiled yet; expected compileProjectStylesheet (which buildEdition calls) to have compiled it into ${JSON.stringify(cacheDir)}`, { file: source })] };
}

/**
 * Copies the project's modules into `dir`, their xsl:import and xsl:include hrefs
 * made absolute: `tei-edition:` ones to tei-edition's own modules, the others to the
 * copies. Only hrefs change, on their own lines, so the compiler's line numbers hold.
 * Returns the copy of each module by its original path.
 */
async function copyProjectModules(modules: StylesheetModule[], dir: string): Promise<Map<string, string>> {
  const project = modules.filter((m) => !m.file.startsWith(bundledStylesheetRoot + path.sep));
  const copies = new Map(project.map((m, i) => [m.file, path.join(dir, String(i), path.basename(m.file))]));
  for (const m of project) {
    const text = m.bytes.toString('utf8').replace(/(<(?:[\w.-]+:)?(?:import|include)\b[^>]*?\bhref\s*=\s*)(["'])([^"']*)\2/g, (whole, start: string, quote: string, href: string) => {
      const target = resolveModuleHref(href, m.file);
      return target ? `${start}${quote}${pathToFileURL(copies.get(target) ?? target).href}${quote}` : whole;
    });
    await mkdir(path.dirname(copies.get(m.file)!), { recursive: true });
    await writeFile(copies.get(m.file)!, text);
  }
  return copies;
}

/**
 * Compiles the project stylesheet `source` to SEF, or finds it compiled in the cache
 * (`cacheDir`, the schema cache by default). Never throws: a module that is missing
 * or not well-formed, and every error the compiler reports, is a `usage` diagnostic
 * at its file, line and column.
 */
export async function compileProjectStylesheet(source: string, options: { cacheDir?: string } = {}): Promise<{ stylesheet?: ProjectStylesheet; diagnostics: Diagnostic[] }> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const file = path.resolve(source);
  const { modules, diagnostics } = readStylesheetModules(file);
  const root = modules[0]?.root;
  // Without it, the XX compiler reads the names in tei-edition's own modules in no namespace
  // (XPTY0004 in xslt/common/notes.xsl, say): a compiler fault the user could not place.
  if (root && root.xpathDefaultNamespace !== TEI_NS) {
    diagnostics.push(diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet's xsl:stylesheet has ${root.xpathDefaultNamespace === undefined ? 'no xpath-default-namespace' : `xpath-default-namespace=${JSON.stringify(root.xpathDefaultNamespace)}`}; expected xpath-default-namespace="${TEI_NS}", as tei-edition's own stylesheets have (docs/customising.md)`, { file, line: root.line, column: root.column }));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const key = keyOf(modules);
  const sefPath = sefPathOf(cacheDir, key);
  if (existsSync(sefPath)) return { stylesheet: { source: file, sefPath, key, compiled: false }, diagnostics };
  let dir: string | undefined;
  try {
    await mkdir(cacheDir, { recursive: true });
    dir = await mkdtemp(path.join(cacheDir, '.xslt-compile-'));
    const copies = await copyProjectModules(modules, dir);
    const output = path.join(dir, 'compiled.sef.json');
    const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
    try {
      await run(process.execPath, [xslt3, `-xsl:${copies.get(file)!}`, `-export:${output}`, '-nogo', '-relocate:on'], { maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const stderr = String((e as { stderr?: unknown }).stderr ?? (e as Error).message);
      return { diagnostics: [...diagnostics, ...parseCompileErrors(stderr, file, modules, copies)] };
    }
    await writeFileAtomic(sefPath, await readFile(output));
  } catch (e) {
    return { diagnostics: [...diagnostics, diagnostic('error', 'io', 'io.write-failed', `cannot compile the stylesheet into the cache ${JSON.stringify(cacheDir)}: ${(e as Error).message}; expected a writable cache folder (--cache-dir or TEI_EDITION_CACHE)`, { file: source })] };
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  return { stylesheet: { source: file, sefPath, key, compiled: true }, diagnostics };
}
