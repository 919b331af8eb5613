/**
 * Runs the validation layers on one parsed document, in order, and collects
 * their diagnostics. Well-formedness was already decided by parsing; the
 * layers here are those the caller selects.
 */
import type { Diagnostic, ValidationLayer } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { checkReferences } from './check-references.js';

/** Options shared by `validate` and `build`. */
export interface ValidateOptions {
  /** The layers to run (default: all). `wf` always runs, since nothing else can run without a tree. */
  layers?: readonly ValidationLayer[];
}

/** Validates one parsed document with the selected layers. */
export async function validateDocument(parsed: ParsedDocument, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const layers = new Set(options.layers ?? ['wf', 'rng', 'sch', 'refs']);
  const diagnostics: Diagnostic[] = [];
  if (layers.has('refs')) diagnostics.push(...checkReferences(parsed.document, parsed.source.file));
  return diagnostics;
}
