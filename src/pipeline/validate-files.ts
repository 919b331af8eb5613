/**
 * `tei-edition validate`: every named source through load → parse → validate.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ValidationSession } from '../validate/validation-session.js';
import { checkSource, type CheckOptions } from './check-source.js';
import { discoverSources } from './discover-sources.js';

/** The verdict on one file. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export interface ValidateFilesResult {
  files: FileReport[];
  /** Problems with the paths themselves (missing files, empty patterns). */
  diagnostics: Diagnostic[];
}

/** Validates the sources named by `paths`. */
export async function validateFiles(paths: readonly string[], options: CheckOptions = {}): Promise<ValidateFilesResult> {
  const { sources, diagnostics } = await discoverSources(paths);
  const files: FileReport[] = [];
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  for (const source of sources) {
    const checked = await checkSource(source.file, { ...options, session, sourceRoot: source.root });
    files.push({ file: source.file, diagnostics: checked.diagnostics });
  }
  return { files, diagnostics };
}
