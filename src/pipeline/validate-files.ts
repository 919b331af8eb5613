/**
 * `tei-edition validate`: every named source through load → parse → validate.
 */
import { rejectUnknownOptions, missingOptionFiles, VALIDATE_OPTION_KEYS, type OptionKeys } from '../config/check-options.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidationStage } from '../validate/validate-document.js';
import { ValidationSession } from '../validate/validation-session.js';
import { validateSource, type CheckOptions } from './check-source.js';
import { discoverSources, type DiscoverOptions } from './discover-sources.js';
import type { ValidateTask } from './validate-worker.js';
import { largestFirst, openWorkerPool } from './worker-pool.js';

/** The verdict on one file. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

/** What {@link validateFiles} accepts: the validation options, whether to expand XIncludes, and how to spread the work. */
export type ValidateFilesOptions = Omit<CheckOptions, 'sourceRoot'> &
  DiscoverOptions & {
    /**
     * Worker processes (default 1: this thread; see docs/performance.md, two workers did not pay on the
     * measured machine), one per {@link FILES_PER_WORKER} files at most; a `session` given means this thread.
     */
    jobs?: number;
    /** Called after each file, for progress bars. */
    onProgress?: (done: number, total: number, file: string) => void;
    /** Called as a document is read on the event stream (`--layers wf,rng`; this thread only), for progress within large files. */
    onBytes?: (read: number, total: number, file: string) => void;
    /** Called as a document read whole starts each stage (this thread only), for progress within large files. */
    onDocumentStage?: (stage: ValidationStage, file: string) => void;
  };

/**
 * Each worker process loads the schemas again (about 0.3 s for tei_all from
 * the cache), so a few files are validated faster in one process.
 */
export const FILES_PER_WORKER = 8;

export interface ValidateFilesResult {
  files: FileReport[];
  /** Every diagnostic of the run, sorted: each file's own and the general ones. `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
  /** The problems not tied to one file's content (missing paths, unreadable schemas named in the options); also in `diagnostics`. */
  general: Diagnostic[];
}

export const VALIDATE_FILES_OPTION_KEYS: OptionKeys<ValidateFilesOptions> = { ...VALIDATE_OPTION_KEYS, xinclude: true, xincludeAllow: true, xincludeMaxBytes: true, followSymlinks: true, jobs: true, onProgress: true, onBytes: true, onDocumentStage: true };

/** A run's top-level diagnostics: the general ones and every file's, sorted. */
export function runDiagnostics(files: readonly FileReport[], general: readonly Diagnostic[]): Diagnostic[] {
  return sortDiagnostics([...general, ...files.flatMap((f) => f.diagnostics)]);
}

/**
 * Validates the sources named by `paths` (files, folders, glob patterns).
 * Throws a TypeError for an option it does not know; never throws for bad input.
 */
export async function validateFiles(paths: readonly string[], options: ValidateFilesOptions = {}): Promise<ValidateFilesResult> {
  rejectUnknownOptions('validateFiles', options, VALIDATE_FILES_OPTION_KEYS);
  const { sources, diagnostics } = await discoverSources(paths, process.cwd(), { followSymlinks: options.followSymlinks });
  const missing = missingOptionFiles(options);
  if (missing.length) {
    const general = [...diagnostics, ...missing];
    return { files: [], diagnostics: runDiagnostics([], general), general };
  }
  const { jobs: givenJobs, onProgress, onBytes, onDocumentStage, session: givenSession, ...perFile } = options;
  const reports = new Map<string, Diagnostic[]>();
  let done = 0;
  const jobs = givenSession ? 1 : Math.max(1, Math.min(givenJobs ?? 1, Math.ceil(sources.length / FILES_PER_WORKER)));
  const pool = jobs > 1 ? openWorkerPool<ValidateTask, Diagnostic[]>(new URL('./validate-worker.js', import.meta.url), jobs) : undefined;
  if (pool) {
    try {
      // Largest first, so that a large file started last does not leave the other workers idle.
      const queue = await largestFirst(sources);
      await Promise.all(Array.from({ length: jobs }, async () => {
        for (let source = queue.shift(); source; source = queue.shift()) {
          reports.set(source.file, await pool.run({ file: source.file, options: { ...perFile, sourceRoot: source.root } }));
          onProgress?.(++done, sources.length, source.file);
        }
      }));
    } finally {
      await pool.close();
    }
  } else {
    const session = givenSession ?? new ValidationSession(options.cacheDir, options.phase);
    for (const source of sources) {
      const progress = {
        ...(onBytes ? { onBytes: (read: number, total: number) => onBytes(read, total, source.file) } : {}),
        ...(onDocumentStage ? { onStage: (stage: ValidationStage) => onDocumentStage(stage, source.file) } : {}),
      };
      reports.set(source.file, (await validateSource(source.file, { ...perFile, ...progress, session, sourceRoot: source.root })).diagnostics);
      onProgress?.(++done, sources.length, source.file);
    }
  }
  const files: FileReport[] = sources.map((s) => ({ file: s.file, diagnostics: reports.get(s.file)! }));
  return { files, diagnostics: runDiagnostics(files, diagnostics), general: diagnostics };
}
