/**
 * The worker of the build's process pool (tinypool): each worker keeps its
 * own validation session, so compiled schemas and stylesheets load once per
 * worker and serve every document it is given.
 */
import { ValidationSession } from '../validate/validation-session.js';
import type { SourceEntry } from './discover-sources.js';
import { processDocument, type ProcessedDocument, type ProcessOptions } from './process-document.js';

let session: ValidationSession | undefined;

// Ctrl-C in a terminal signals the whole process group: the build's own process decides what
// stops (it destroys the pool), so a worker must not die under a document it is building.
if (process.send) process.on('SIGINT', () => undefined);

/** A task: one source and the build's options. */
export interface BuildTask {
  source: SourceEntry;
  options: ProcessOptions;
}

export default async function runTask(task: BuildTask): Promise<ProcessedDocument> {
  session ??= new ValidationSession(task.options.cacheDir, task.options.phase);
  return processDocument(task.source, task.options, session);
}
