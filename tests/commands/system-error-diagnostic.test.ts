import { describe, expect, it } from 'vitest';
import { systemErrorDiagnostic } from '../../src/commands/system-error-diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format-diagnostics.js';

/** An error shaped as Node's fs and net modules throw them. */
const systemError = (code: string, fields: Record<string, unknown>) => Object.assign(new Error(`${code}: something, ${String(fields.syscall)}`), { code, errno: -1, ...fields });

describe('systemErrorDiagnostic', () => {
  it('says what could not be done, why, and what to do, in one line', () => {
    const cases: [Error, string][] = [
      [systemError('EACCES', { syscall: 'mkdir', path: '/srv/site/html' }), '/srv/site/html:0:0 error cannot create the folder "/srv/site/html": permission denied; expected a folder or file you may write (or read) (EACCES) [io:io.eacces]'],
      [systemError('ENOSPC', { syscall: 'write', path: 'output/html/a.html' }), 'output/html/a.html:0:0 error cannot write "output/html/a.html": no space left on the device; free some space or choose another output folder (--out) (ENOSPC) [io:io.enospc]'],
      [systemError('EEXIST', { syscall: 'mkdir', path: 'output' }), 'output:0:0 error cannot create the folder "output": it already exists (EEXIST) [io:io.eexist]'],
      [systemError('EADDRINUSE', { syscall: 'listen', address: '127.0.0.1', port: 8080 }), '127.0.0.1:8080:0:0 error cannot listen on "127.0.0.1:8080": the port is in use; expected a free port (--port, or --port 0 for any free one) (EADDRINUSE) [io:io.eaddrinuse]'],
    ];
    for (const [error, line] of cases) expect(formatDiagnostic(systemErrorDiagnostic(error)!)).toBe(line);
  });

  it('leaves real faults to the internal-error report', () => {
    expect(systemErrorDiagnostic(new TypeError("Cannot read properties of undefined (reading 'close')"))).toBeUndefined();
    expect(systemErrorDiagnostic(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(systemErrorDiagnostic('EACCES')).toBeUndefined();
  });
});
