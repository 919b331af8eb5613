/**
 * A progress bar (documents done, total, ETA) for long builds and runs of
 * `validate` on a terminal; within a large document read as a stream, the
 * bytes read of its size. Nothing at all when not on a TTY or under CI,
 * where the one summary line printed at the end is what logs want.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, file: string): void;
  /** Bytes of `file` read so far, of `total`: the bar follows them when the run has one document. */
  bytes(read: number, total: number, file: string): void;
  /** The stage a document read whole has reached (parsing, Schematron…): no bytes to count there, so the stage is said. */
  stage(name: string, file: string): void;
  stop(): void;
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
const shorten = (file: string) => (file.length > 40 ? '…' + file.slice(-39) : file);

/** A bar on `stream` when it is an interactive terminal and CI is unset; otherwise a no-op. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return { update: () => undefined, bytes: () => undefined, stage: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {count} | ETA {eta_formatted} | {file}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let documents = { done: 0, total: 0 };
  const show = (value: number, total: number, payload: { count: string; file: string }) => {
    if (!started) {
      bar.start(total, 0, payload);
      started = true;
    } else bar.setTotal(total);
    bar.update(value, payload);
  };
  return {
    update(done, total, file) {
      documents = { done, total };
      show(done, total, { count: `${done}/${total} documents`, file: shorten(file) });
    },
    bytes(read, total, file) {
      const size = `${megabytes(read)}/${megabytes(total)} MB`;
      // One document: the bar is its bytes; several: the documents, with this one's bytes beside its name.
      if (documents.total <= 1) show(read, total, { count: size, file: shorten(file) });
      else show(documents.done, documents.total, { count: `${documents.done}/${documents.total} documents`, file: `${shorten(file)} (${size})` });
    },
    stage(name, file) {
      if (documents.total <= 1) show(0, 1, { count: name, file: shorten(file) });
      else show(documents.done, documents.total, { count: `${documents.done}/${documents.total} documents`, file: `${shorten(file)} (${name})` });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
