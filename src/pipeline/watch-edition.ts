/**
 * The editor's loop: build once, then rebuild whenever a source, a file it
 * includes, a schema it uses or the project's own stylesheet is saved. Each rebuild is an incremental
 * build, so only what changed is validated and transformed again.
 */
import path from 'node:path';
import chokidar, { type FSWatcher } from 'chokidar';
import { buildEdition, type BuildOptions, type BuildResult } from './build-edition.js';

export interface WatchOptions extends BuildOptions {
  /** Milliseconds to wait after the last change before rebuilding (editors save in bursts). */
  debounce?: number;
  /** Called when a rebuild fails with an error (not a diagnostic); watching goes on. */
  onError?: (error: Error) => void;
}

/** A running watch; `close` stops it. */
export interface Watch {
  /** Stops watching; a build under way is stopped (its worker processes too), and the promise resolves when all is closed. */
  close(): Promise<void>;
  /** Resolves when the first build is done (with what it built, if closed during it). */
  ready: Promise<BuildResult>;
}

/**
 * Watches `paths` and rebuilds into `options.outDir`. `onBuild` receives each
 * build's result and the files whose change triggered it (empty for the first).
 */
export function watchEdition(paths: readonly string[], options: WatchOptions, onBuild: (result: BuildResult, changed: string[]) => void): Watch {
  const outDir = path.resolve(options.outDir ?? 'output');
  const stopping = new AbortController();
  // The build takes every option but the watch's own.
  const { debounce, onError, ...buildOptions } = options;
  const build = () => buildEdition(paths, { ...buildOptions, signal: stopping.signal });
  let watcher: FSWatcher | undefined;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  /** Watches the named paths, the project's own stylesheets and every input the build reported (XIncludes, schemas). */
  const watchInputs = (result: BuildResult) => {
    const inputs = new Set([...paths, ...Object.values(options.stylesheets ?? {}).filter((s) => s !== undefined)].map((p) => path.resolve(p)));
    for (const d of result.documents) for (const i of d.inputs) inputs.add(i);
    watcher!.add([...inputs]);
  };

  const rebuild = () => {
    const changed = [...pending];
    pending = new Set();
    running = running.then(async () => {
      if (stopping.signal.aborted) return;
      try {
        const result = await build();
        if (stopping.signal.aborted) return;
        watchInputs(result);
        onBuild(result, changed);
      } catch (e) {
        // One failed rebuild must not end the loop: the next save may fix it.
        if (!stopping.signal.aborted) onError?.(e as Error);
      }
    });
  };

  const ready = (async () => {
    const result = await build();
    if (stopping.signal.aborted) return result;
    watcher = chokidar.watch([...paths], {
      ignoreInitial: true,
      // The output folder may sit beside the sources; never react to our own writes.
      ignored: (p) => path.resolve(p).startsWith(outDir + path.sep) || path.resolve(p) === outDir,
      awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
    });
    watchInputs(result);
    watcher.on('all', (_event, file) => {
      if (!/\.(xml|rng|sch|xsl)$/i.test(file)) return;
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(rebuild, debounce ?? 100);
    });
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
    if (!stopping.signal.aborted) onBuild(result, []);
    return result;
  })();

  return {
    ready,
    async close() {
      stopping.abort();
      clearTimeout(timer);
      await ready.catch(() => undefined);
      await watcher?.close();
      await running;
    },
  };
}
