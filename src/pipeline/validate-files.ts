/**
 * `tei-edition validate`: every named source through load → parse → validate.
 */
import { rejectUnknownOptions, missingOptionFiles, VALIDATE_OPTION_KEYS, type OptionKeys } from '../config/check-options.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ValidationSession } from '../validate/validation-session.js';
import { checkSource, type CheckOptions } from './check-source.js';
import { discoverSources, type DiscoverOptions } from './discover-sources.js';

/** The verdict on one file. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

/** What {@link validateFiles} accepts: the validation options, and whether to expand XIncludes. */
export type ValidateFilesOptions = Omit<CheckOptions, 'sourceRoot'> & DiscoverOptions;

export interface ValidateFilesResult {
  files: FileReport[];
  /** Every diagnostic of the run, sorted: each file's own and the general ones. `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
  /** The problems not tied to one file's content (missing paths, unreadable schemas named in the options); also in `diagnostics`. */
  general: Diagnostic[];
}

export const VALIDATE_FILES_OPTION_KEYS: OptionKeys<ValidateFilesOptions> = { ...VALIDATE_OPTION_KEYS, xinclude: true, xincludeAllow: true, xincludeMaxBytes: true, followSymlinks: true };

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
  const files: FileReport[] = [];
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  for (const source of sources) {
    const checked = await checkSource(source.file, { ...options, session, sourceRoot: source.root });
    files.push({ file: source.file, diagnostics: checked.diagnostics });
  }
  return { files, diagnostics: runDiagnostics(files, diagnostics), general: diagnostics };
}
