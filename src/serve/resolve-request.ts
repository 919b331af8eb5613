/**
 * Which file of the output folder a request names, decided before anything
 * is read: the path is decoded once (a malformed escape is a bad request),
 * resolved, and must stay inside the output folder by its real path (no
 * `..`, no encoded separator, no symlink leads out). Dotfiles (the build
 * cache, `.tei-edition/`) are never served. The root is the collection page.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../pipeline/is-inside.js';

/** The answer to a request for a path. */
export type Resolution =
  | { kind: 'file'; file: string; size: number; mtimeMs: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

/** True when a segment of `file` below `root` is hidden (starts with "."). */
const hidden = (file: string, root: string) => path.relative(root, file).split(path.sep).some((segment) => segment.startsWith('.'));

/** The URL path of `file` below `root`, each segment percent-encoded. */
const urlPath = (file: string, root: string) => {
  const relative = path.relative(root, file);
  return relative === '' ? '/' : `/${relative.split(path.sep).map(encodeURIComponent).join('/')}`;
};

const refused = (status: 400 | 403 | 404, reason: string): Resolution => ({ kind: 'refused', status, reason });

/** The collection page, where the root URL leads (see src/collection/build-collection.ts). */
const COLLECTION_PAGE = 'html/';

/**
 * Resolves the path of `requestUrl` (as sent, still percent-encoded) against
 * `rootReal`, the real path of the output folder.
 */
export async function resolveRequest(rootReal: string, requestUrl: string): Promise<Resolution> {
  const rawPath = requestUrl.split(/[?#]/, 1)[0]!;
  if (!rawPath.startsWith('/')) return refused(400, 'expected a path starting with "/"');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refused(400, `malformed percent-encoding in ${JSON.stringify(rawPath)}`);
  }
  if (decoded.includes('\0')) return refused(400, 'a NUL character in the path');
  if (decoded === '/') return { kind: 'redirect', location: `/${COLLECTION_PAGE}` };

  const wanted = path.resolve(rootReal, `.${decoded}`);
  if (!isInside(wanted, rootReal)) return refused(403, 'the path leads out of the output folder');
  // The build's own records (.tei-edition-cache.json, .tei-edition/) are not part of the edition.
  if (hidden(wanted, rootReal)) return refused(404, 'not found');

  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    return refused(404, 'not found');
  }
  if (!isInside(real, rootReal)) return refused(403, 'the path is a link out of the output folder');
  if (hidden(real, rootReal)) return refused(404, 'not found');
  let info = await stat(real);
  let file = real;
  if (info.isDirectory()) {
    // Built from the resolved path, never from the request: "//host" would redirect off the site.
    if (!rawPath.endsWith('/')) return { kind: 'redirect', location: urlPath(wanted, rootReal).replace(/\/?$/, '/') };
    file = path.join(real, 'index.html');
    try {
      const index = await realpath(file);
      if (!isInside(index, rootReal) || hidden(index, rootReal)) return refused(403, 'the path is a link out of the output folder');
      file = index;
      info = await stat(file);
    } catch {
      return refused(404, 'not found');
    }
  }
  if (!info.isFile()) return refused(404, 'not found');
  return { kind: 'file', file, size: info.size, mtimeMs: info.mtimeMs };
}
