/**
 * The worker of `validate`'s process pool (see worker-pool.ts): each worker
 * keeps its own validation session, so compiled schemas load once per worker
 * and serve every file it is given. Only the diagnostics go back: the tree
 * stays in the worker.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ValidationSession } from '../validate/validation-session.js';
import { validateSource, type CheckOptions } from './check-source.js';

let session: ValidationSession | undefined;

// Ctrl-C in a terminal signals the whole process group: the main process decides what stops.
if (process.send) process.on('SIGINT', () => undefined);

/** A task: one file and the run's options (without the session, which cannot cross processes). */
export interface ValidateTask {
  file: string;
  options: Omit<CheckOptions, 'session'>;
}

export default async function runTask(task: ValidateTask): Promise<Diagnostic[]> {
  session ??= new ValidationSession(task.options.cacheDir, task.options.phase);
  return (await validateSource(task.file, { ...task.options, session })).diagnostics;
}
