/**
 * Turns the paths a user names (files, folders, glob patterns) into the list
 * of sources to process, each with the output name that mirrors its place
 * below the folder given (`tei/sub/a.xml` → `sub/a`), so that two sources
 * never write to the same output. A file reached twice (named twice, or
 * through a link) is processed once, under the first of its paths.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { walkFolder, type WalkOptions } from './walk-folder.js';

/** How sources are found: `followSymlinks` follows links out of a folder given (and in glob patterns). */
export type DiscoverOptions = WalkOptions;

/** A source to process. */
export interface SourceEntry {
  /** The path as it will appear in diagnostics (relative to the working folder when below it). */
  file: string;
  /** The output name: the path below the folder given, without `.xml`, with `/` separators. */
  name: string;
  /** The folder the name is relative to (the folder given, or the file's own folder). */
  root: string;
}

export interface DiscoverResult {
  sources: SourceEntry[];
  diagnostics: Diagnostic[];
}

/** Paths are shown as the user would type them: relative to the working folder, unless given absolute. */
const displayPath = (absolute: string, cwd: string, givenAbsolute: boolean) => (givenAbsolute ? absolute : path.relative(cwd, absolute) || '.');

const outputName = (absolute: string, root: string) => path.relative(root, absolute).split(path.sep).join('/').replace(/\.xml$/i, '');

/**
 * Finds the XML sources named by `paths` (sorted, de-duplicated by real path). Missing paths give
 * `io` diagnostics; links out of a folder are not followed unless `options.followSymlinks`.
 */
export async function discoverSources(paths: readonly string[], cwd = process.cwd(), options: DiscoverOptions = {}): Promise<DiscoverResult> {
  const diagnostics: Diagnostic[] = [];
  /** By real path: a file reached twice is one source. */
  const found = new Map<string, SourceEntry>();
  let givenAbsolute = false;
  const add = async (absolute: string, root: string) => {
    const real = await realpath(absolute).catch(() => absolute);
    if (!found.has(real)) found.set(real, { file: displayPath(absolute, cwd, givenAbsolute), name: outputName(absolute, root), root });
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    givenAbsolute = path.isAbsolute(given);
    if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: options.followSymlinks ?? false });
      if (!matches.length) diagnostics.push(diagnostic('error', 'io', 'io.no-match', `pattern ${JSON.stringify(given)} matches no file; expected at least one XML file`, { file: given }));
      // A pattern's names are relative to the folder before its first wildcard.
      const base = path.resolve(cwd, given.split(/[*?[{]/)[0]!.replace(/[^/\\]*$/, ''));
      for (const match of matches.sort()) await add(path.resolve(match), base);
      continue;
    }
    let info;
    try {
      info = await stat(absolute);
    } catch {
      diagnostics.push(diagnostic('error', 'io', 'io.not-found', `${JSON.stringify(given)} does not exist; expected an XML file, a folder or a glob pattern`, { file: given }));
      continue;
    }
    if (info.isDirectory()) {
      const walked = await walkFolder(absolute, (p) => displayPath(p, cwd, givenAbsolute), options);
      diagnostics.push(...walked.diagnostics);
      if (!walked.files.length) diagnostics.push(diagnostic('warning', 'io', 'io.empty-folder', `folder ${JSON.stringify(given)} holds no .xml file`, { file: given }));
      for (const match of walked.files) await add(match, absolute);
    } else {
      await add(absolute, path.dirname(absolute));
    }
  }

  const sources = [...found.values()];
  const byName = new Map<string, SourceEntry>();
  for (const source of sources) {
    const other = byName.get(source.name);
    if (other) {
      diagnostics.push(diagnostic('error', 'usage', 'usage.output-collision', `${source.file} and ${other.file} would both be written as "${source.name}"; expected sources with distinct names (give their common folder instead of the files)`, { file: source.file }));
    } else byName.set(source.name, source);
  }
  return { sources, diagnostics };
}
