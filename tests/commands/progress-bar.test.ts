/**
 * The progress bar: on a terminal it shows documents done, or within a run of
 * one large document the megabytes read of its size; elsewhere nothing.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/commands/progress-bar.js';

function terminal(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 120;
  let written = '';
  stream.on('data', (d: Buffer) => (written += d.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

/** Runs `check` with CI unset (the bar stays off under CI), then restores it. */
function outsideCi(check: () => void): void {
  const saved = process.env.CI;
  delete process.env.CI;
  try {
    check();
  } finally {
    if (saved !== undefined) process.env.CI = saved;
  }
}

describe('createProgress', () => {
  it('shows the bytes read of one large document on a terminal', () => {
    outsideCi(() => {
      const t = terminal(true);
      const progress = createProgress(t.stream);
      progress.bytes(12_500_000, 204_600_000, 'large.xml');
      progress.stop();
      expect(t.written()).toContain('12.5/204.6 MB');
      expect(t.written()).toContain('large.xml');
    });
  });

  it('counts documents when the run has several, with the current one\'s bytes beside its name', () => {
    outsideCi(() => {
      const t = terminal(true);
      const progress = createProgress(t.stream);
      progress.update(1, 3, 'a.xml');
      progress.bytes(1_000_000, 2_000_000, 'b.xml');
      progress.stop();
      expect(t.written()).toContain('1/3 documents');
      expect(t.written()).toContain('b.xml (1.0/2.0 MB)');
    });
  });

  it('says the stage of a document read whole', () => {
    outsideCi(() => {
      const t = terminal(true);
      const progress = createProgress(t.stream);
      progress.stage('Schematron', 'large.xml');
      progress.stop();
      expect(t.written()).toContain('Schematron');
    });
  });

  it('writes nothing when the stream is not a terminal', () => {
    const t = terminal(false);
    const progress = createProgress(t.stream);
    progress.bytes(1, 2, 'x.xml');
    progress.update(1, 1, 'x.xml');
    progress.stage('parsing', 'x.xml');
    progress.stop();
    expect(t.written()).toBe('');
  });
});
