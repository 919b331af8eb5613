/**
 * Reads the file an `xi:include` points at, under the rules that keep a
 * document from reaching what it must not: the target's real path (symlinks
 * followed) lies inside one of the allowed folders, it is a regular file
 * (no device, FIFO or socket: `/dev/zero` would never end), and it is no
 * larger than the size cap. Every refusal says why, as data.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { decodeSource, type SourceFile } from './load-source.js';

export interface IncludeTargetRules {
  /** Absolute folders a target may lie in (the source root, the project folder, configured ones). */
  roots: readonly string[];
  /** Largest file, in bytes. */
  maxBytes: number;
}

/** Why a target was refused: the rule id (`xinclude.<reason>`) and a sentence for the message. */
export interface IncludeRefusal {
  ruleId: 'xinclude.outside-root' | 'xinclude.not-a-file' | 'xinclude.too-large' | 'xinclude.missing-target';
  reason: string;
}

export interface IncludeTargetResult {
  source?: SourceFile;
  refusal?: IncludeRefusal;
  /** Problems decoding the target's bytes (as the load stage reports them). */
  decodeProblems?: string;
}

/** Reads one XInclude target under `rules` (readIncludeTarget), as src/parse/resolve-xincludes.ts is handed it. */
export type ReadIncludeTarget = (target: string, file: string, rules: IncludeTargetRules) => Promise<IncludeTargetResult>;

/** True when `child` is `parent` or lies below it (compared by path segments, not by string prefix). */
export function isInsideFolder(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** `folder` with its symlinks resolved, or as given when it does not exist. */
async function realFolder(folder: string): Promise<string> {
  return realpath(folder).catch(() => path.resolve(folder));
}

/** A size as people read it: bytes below a MiB, MiB (one decimal where needed) above. */
const mib = (bytes: number) => (bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB`);

/** Reads `target` (absolute) when the rules allow it; `file` is how diagnostics name it. */
export async function readIncludeTarget(target: string, file: string, rules: IncludeTargetRules): Promise<IncludeTargetResult> {
  const roots = await Promise.all(rules.roots.map(realFolder));
  const allowed = `expected a file inside ${roots.map((r) => JSON.stringify(r)).join(' or ')} (list other folders under "xinclude.allow" in tei-edition.config.json)`;
  const outside: IncludeTargetResult = { refusal: { ruleId: 'xinclude.outside-root', reason: `it lies outside the folders XIncludes may read; ${allowed}` } };
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    // A missing target is reported as missing only where a present one could have been read.
    if (!roots.some((root) => isInsideFolder(target, root)) && !rules.roots.some((root) => isInsideFolder(target, path.resolve(root)))) return outside;
    return { refusal: { ruleId: 'xinclude.missing-target', reason: 'no such file; expected an existing file relative to the document' } };
  }
  if (!roots.some((root) => isInsideFolder(real, root))) {
    return real === target ? outside : { refusal: { ruleId: 'xinclude.outside-root', reason: `it leads (through a symbolic link) to ${JSON.stringify(real)}, outside the folders XIncludes may read; ${allowed}` } };
  }
  // Non-blocking, so that opening a FIFO cannot wait for a writer; the type is then checked on the open file.
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { refusal: { ruleId: 'xinclude.missing-target', reason: `${code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message)}; expected a readable file` } };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind = info.isDirectory() ? 'a folder' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'not a regular file';
      return { refusal: { ruleId: 'xinclude.not-a-file', reason: `it is ${kind}; expected a regular file` } };
    }
    if (info.size > rules.maxBytes) {
      return { refusal: { ruleId: 'xinclude.too-large', reason: `it holds ${mib(info.size)}, more than the ${mib(rules.maxBytes)} an XInclude may read; expected a smaller file (or raise "xinclude.maxBytes" in tei-edition.config.json)` } };
    }
    // Never more than the cap, even if the file grows between stat and read.
    const buffer = Buffer.alloc(Math.min(info.size, rules.maxBytes) + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = (await handle.read(buffer, length, buffer.length - length, length)).bytesRead;
    if (length > rules.maxBytes) {
      return { refusal: { ruleId: 'xinclude.too-large', reason: `it holds more than the ${mib(rules.maxBytes)} an XInclude may read; expected a smaller file (or raise "xinclude.maxBytes" in tei-edition.config.json)` } };
    }
    // Named by the path written (relative hrefs inside it resolve from there), read from the real one.
    const loaded = decodeSource(file, buffer.subarray(0, length), target);
    return loaded.source ? { source: loaded.source } : { decodeProblems: loaded.diagnostics[0]?.message ?? 'unreadable' };
  } finally {
    await handle.close();
  }
}
