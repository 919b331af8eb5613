/**
 * Turns an operating-system error that escaped a command (a read-only or
 * full disk, an output path through a file, a port in use) into one `io`
 * diagnostic that says what could not be done and what to do, instead of an
 * "internal error" asking for a bug report: these are the user's
 * environment, not faults of the tool.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** What each common error code means, and what the user can do about it. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied; expected a folder or file you may write (or read)',
  EPERM: 'operation not permitted; expected a folder or file you may write (or read)',
  EROFS: 'the file system is read-only; expected a writable output folder (--out)',
  ENOTDIR: 'a part of the path is a file, not a folder; expected a folder path (--out)',
  EISDIR: 'it is a folder; expected a file',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device; free some space or choose another output folder (--out)',
  EDQUOT: 'disk quota exceeded; free some space or choose another output folder (--out)',
  EMFILE: 'too many open files; raise the limit (ulimit -n) or build with fewer --jobs',
  ENAMETOOLONG: 'the file name is too long; expected a shorter output path',
  EADDRINUSE: 'the port is in use; expected a free port (--port, or --port 0 for any free one)',
  EADDRNOTAVAIL: 'the address is not one of this machine\'s; expected a local address (--host)',
};

/** What the failed system call was doing, in words. */
const ACTIONS: Record<string, string> = {
  mkdir: 'create the folder',
  open: 'open',
  write: 'write',
  rename: 'write',
  copyfile: 'write',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
  scandir: 'read the folder',
  stat: 'read',
  lstat: 'read',
  read: 'read',
  listen: 'listen on',
  bind: 'listen on',
};

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
  address?: string;
  port?: number;
}

function isSystemError(e: unknown): e is SystemError {
  const code: unknown = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && ('syscall' in (e as Error) || 'errno' in (e as Error));
}

/** The diagnostic for an operating-system error, or undefined when `e` is not one (a real internal fault). */
export function systemErrorDiagnostic(e: unknown): Diagnostic | undefined {
  if (!isSystemError(e)) return undefined;
  const where = e.path ?? (e.address !== undefined ? `${e.address}${e.port !== undefined ? `:${e.port}` : ''}` : '');
  const action = (e.syscall && ACTIONS[e.syscall]) ?? (e.syscall ? `${e.syscall}` : 'use');
  const reason = REASONS[e.code] ?? (e as unknown as Error).message;
  const message = `cannot ${action}${where ? ` ${JSON.stringify(where)}` : ''}: ${reason} (${e.code})`;
  return diagnostic('error', 'io', `io.${e.code.toLowerCase()}`, message, { file: where || 'tei-edition' });
}
