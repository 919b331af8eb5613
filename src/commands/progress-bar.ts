/**
 * A progress bar (documents done, total, ETA) for long builds on a terminal;
 * nothing at all when not on a TTY or under CI, where the one summary line
 * printed at the end is what logs want.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, file: string): void;
  stop(): void;
}

/** A bar on `stream` when it is an interactive terminal and CI is unset; otherwise a no-op. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {value}/{total} documents | ETA {eta_formatted} | {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, file) {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: file.length > 40 ? '…' + file.slice(-39) : file });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
