/**
 * Loads compiled stylesheets (SEF) once per process and hands out the same
 * parsed object for every document: saxon-js compiles nothing at run time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';
import { cachedProjectStylesheet } from './compile-project-stylesheet.js';

/** The edition stylesheets shipped with tei-edition. */
export type EditionFormat = 'html' | 'text';

/** A compiled stylesheet ready for saxon-js. */
export interface CompiledStylesheet {
  /** What the stylesheet produces, or a caller's own name for it. */
  name: string;
  /** The parsed SEF, passed to saxon-js as `stylesheetInternal`. */
  sef: object;
  /** Base URI of the source stylesheet, for relative references inside it. */
  baseURI: string;
  /** Path of the SEF file it was loaded from. */
  sefPath: string;
}

const cache = new Map<string, CompiledStylesheet>();

/** The SEF path and source stylesheet of a bundled edition format. */
export function bundledStylesheet(format: EditionFormat): { sefPath: string; sourcePath: string } {
  return {
    sefPath: path.join(packageRoot, 'dist', 'xslt', `${format}-edition.sef.json`),
    sourcePath: path.join(packageRoot, 'xslt', format, 'edition.xsl'),
  };
}

/**
 * Loads a compiled stylesheet from `sefPath` (cached per process).
 * A missing or corrupt SEF gives a diagnostic saying how to compile it.
 */
export function loadCompiledStylesheet(name: string, sefPath: string, sourcePath: string): { stylesheet?: CompiledStylesheet; diagnostics: Diagnostic[] } {
  const cached = cache.get(sefPath);
  if (cached) return { stylesheet: cached, diagnostics: [] };
  let sef: object;
  try {
    sef = JSON.parse(readFileSync(sefPath, 'utf8')) as object;
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      diagnostics: [
        diagnostic('error', 'transform', missing ? 'transform.stylesheet-not-compiled' : 'transform.stylesheet-unreadable',
          missing
            ? `compiled stylesheet ${JSON.stringify(sefPath)} not found; expected it from "npm run compile" (which compiles ${JSON.stringify(path.relative(packageRoot, sourcePath))} to SEF)`
            : `compiled stylesheet ${JSON.stringify(sefPath)} cannot be read (${(e as Error).message}); expected a SEF written by "npm run compile"`,
          { file: sefPath }),
      ],
    };
  }
  const stylesheet: CompiledStylesheet = { name, sef, baseURI: pathToFileURL(sourcePath).href, sefPath };
  cache.set(sefPath, stylesheet);
  return { stylesheet, diagnostics: [] };
}

/**
 * Loads one of the bundled edition stylesheets, or, with `project`, the project's own
 * stylesheet for that format (its XSLT source, compiled beforehand into `cacheDir`
 * by compileProjectStylesheet, as buildEdition does before its workers start).
 */
export function loadEditionStylesheet(format: EditionFormat, project?: { source: string; cacheDir?: string }): { stylesheet?: CompiledStylesheet; diagnostics: Diagnostic[] } {
  if (project) {
    const { sefPath, diagnostics } = cachedProjectStylesheet(project.source, project.cacheDir);
    return sefPath ? loadCompiledStylesheet(format, sefPath, path.resolve(project.source)) : { diagnostics };
  }
  const { sefPath, sourcePath } = bundledStylesheet(format);
  return loadCompiledStylesheet(format, sefPath, sourcePath);
}
