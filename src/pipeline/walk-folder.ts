/**
 * The XML files below a folder, walked without leaving it: a symbolic link
 * whose target lies outside the folder is not followed (a link to `/` would
 * walk the whole disk) unless asked, a link to somewhere inside is not
 * followed either (what it leads to is found under its own path, so nothing
 * is found twice), and a followed link that leads back to a folder being
 * walked is reported as a loop. Hidden entries and `node_modules` are
 * skipped, as the glob patterns do.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from './is-inside.js';

export interface WalkOptions {
  /** Follow links that lead out of the folder (default false); loops are still detected. */
  followSymlinks?: boolean;
}

export interface WalkResult {
  /** Absolute paths as reached (through the folder given, not resolved), sorted. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Finds the `*.xml` files below `folder` (absolute). `shown` is how diagnostics name the folder's paths. */
export async function walkFolder(folder: string, shown: (absolute: string) => string, options: WalkOptions = {}): Promise<WalkResult> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = await realpath(folder);
  /** Real paths of folders already walked: a folder reached twice (two links to it) is walked once. */
  const walked = new Set<string>();

  /** `here` is the path as reached, `real` its real path, `ancestors` the real paths of the folders above it. */
  const walk = async (here: string, real: string, ancestors: readonly string[]): Promise<void> => {
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(here, { withFileTypes: true });
    } catch (e) {
      diagnostics.push(diagnostic('warning', 'io', 'io.unreadable-folder', `folder ${JSON.stringify(shown(here))} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); its files are left out`, { file: shown(here) }));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const at = path.join(here, entry.name);
      if (entry.isDirectory()) await walk(at, path.join(real, entry.name), [...ancestors, real]);
      else if (entry.isFile()) {
        if (entry.name.endsWith('.xml')) files.push(at);
      } else if (entry.isSymbolicLink()) await followLink(at, [...ancestors, real]);
    }
  };

  const followLink = async (link: string, ancestors: readonly string[]): Promise<void> => {
    let target: string;
    let isFolder: boolean;
    try {
      target = await realpath(link);
      isFolder = (await stat(target)).isDirectory();
    } catch {
      diagnostics.push(diagnostic('warning', 'io', 'io.broken-link', `link ${JSON.stringify(shown(link))} leads nowhere; it is left out`, { file: shown(link) }));
      return;
    }
    if (!isFolder && !link.endsWith('.xml')) return;
    if (isInside(target, root)) {
      // Found under its own path (a folder is walked there, a file listed there): nothing to follow.
      if (ancestors.includes(target)) loop(link, target);
      return;
    }
    if (!options.followSymlinks) {
      diagnostics.push(diagnostic('warning', 'io', 'io.link-outside', `link ${JSON.stringify(shown(link))} leads out of the folder, to ${JSON.stringify(target)}; it is not followed (expected links that stay inside the folder, or --follow-symlinks)`, { file: shown(link) }));
      return;
    }
    if (!isFolder) files.push(link);
    else if (ancestors.includes(target)) loop(link, target);
    else if (!walked.has(target)) await walk(link, target, ancestors);
  };

  const loop = (link: string, target: string) => {
    diagnostics.push(diagnostic('warning', 'io', 'io.link-loop', `link ${JSON.stringify(shown(link))} leads back to ${JSON.stringify(target)}, a folder it is in; it is not followed`, { file: shown(link) }));
  };

  await walk(folder, root, []);
  return { files: files.sort(), diagnostics };
}
