/**
 * Load, parse and validate one source: the stages shared by `validate` and `build`.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSource } from '../load/load-source.js';
import { parseSource, type ParsedDocument } from '../parse/parse-source.js';
import { validateDocument, type ValidateOptions } from '../validate/validate-document.js';

export interface CheckedSource {
  /** Present when the source was read and is well-formed. */
  parsed?: ParsedDocument;
  diagnostics: Diagnostic[];
}

/** Runs load → parse → validate on `file`. Never throws for bad input. */
export async function checkSource(file: string, options: ValidateOptions = {}): Promise<CheckedSource> {
  const loaded = await loadSource(file);
  if (!loaded.source) return { diagnostics: loaded.diagnostics };
  const { parsed, diagnostics: parseDiagnostics } = parseSource(loaded.source);
  const diagnostics = [...loaded.diagnostics, ...parseDiagnostics];
  if (!parsed) return { diagnostics };
  diagnostics.push(...(await validateDocument(parsed, options)));
  return { parsed, diagnostics };
}
