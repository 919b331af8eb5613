/**
 * The pool of worker processes (tinypool) shared by `build` and `validate`,
 * and the order in which documents are handed to it.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import type { SourceEntry } from './discover-sources.js';

/** Runs tasks in worker processes. */
export interface WorkerPool<Task, Result> {
  run(task: Task): Promise<Result>;
  /** Stops the workers; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Workers by default: one per core. On two cores, two workers built the shared corpus in
 * 0.63–0.85× the time of one (six runs of bench/build.ts), at the price of a second copy of schemas and stylesheets.
 */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * `jobs` worker processes running the default export of the compiled module
 * `worker` (a URL beside the caller's), or undefined when that module does not
 * exist: from TypeScript sources (tests, tsx) there is no compiled worker, and
 * the caller works in its own thread.
 */
export function openWorkerPool<Task, Result>(worker: URL, jobs: number): WorkerPool<Task, Result> | undefined {
  const filename = fileURLToPath(worker);
  if (!existsSync(filename)) return undefined;
  // Processes, not threads: two isolates in one process contend for its memory map, and saxon-js
  // allocates and frees pages all the time. An allocation-heavy loop took 4.4-4.5 s twice over in two
  // worker threads, 3.9-4.2 s in two processes; the shared corpus built in 0.88-1.00x the time, median
  // 0.92 (six pairs, run one after the other). 'advanced' serialisation carries Uint8Array contents
  // (the sources' bytes) as they are; the environment is passed on, as a thread would see it.
  const pool = new Tinypool({
    filename,
    runtime: 'child_process',
    serialization: 'advanced',
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    minThreads: jobs,
    maxThreads: jobs,
  });
  // A worker that dies between tasks (signalled with its process group: Ctrl-C while it starts) is
  // replaced by the pool, and a task it held fails on its own; unheard, the pool's 'error' would end the process.
  pool.on('error', () => undefined);
  let closing: Promise<void> | undefined;
  return { run: (task) => pool.run(task) as Promise<Result>, close: () => (closing ??= pool.destroy()) };
}

/** `sources` ordered by file size, largest first (ties and unreadable files keep their order). */
export async function largestFirst<S extends Pick<SourceEntry, 'file'>>(sources: readonly S[]): Promise<S[]> {
  const sizes = await Promise.all(sources.map((s) => stat(s.file).then((st) => st.size, () => 0)));
  return sources.map((source, i) => ({ source, size: sizes[i]!, i })).sort((a, b) => b.size - a.size || a.i - b.i).map((e) => e.source);
}
