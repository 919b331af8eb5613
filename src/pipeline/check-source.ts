/**
 * Load, parse and validate one source: the stages shared by `validate` and `build`.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSource } from '../load/load-source.js';
import { parseSource, type ParsedDocument } from '../parse/parse-source.js';
import { readIncludeTarget } from '../load/read-include-target.js';
import { resolveXIncludes, type XIncludeOptions } from '../parse/resolve-xincludes.js';
import path from 'node:path';
import { appendAll } from '../util/append-all.js';
import { detectTeiP4 } from '../validate/detect-tei-p4.js';
import { resolveSchemas } from '../validate/resolve-schemas.js';
import { validateDocument, type ValidateOptions } from '../validate/validate-document.js';
import { streamsLayers, validateStream } from '../validate/validate-stream.js';

export interface CheckedSource {
  /** Present when the source was read and is well-formed (XIncludes resolved). */
  parsed?: ParsedDocument;
  /** The document as parsed before XIncludes were resolved (what a teiCorpus split works on). */
  unexpanded?: ParsedDocument;
  diagnostics: Diagnostic[];
  /** Absolute paths of every file the result depends on: the source, its XIncludes, its schemas. */
  inputs: string[];
}

export interface CheckOptions extends ValidateOptions {
  /** Expand XIncludes before validating (default true; jing, for one, validates them unexpanded). */
  xinclude?: boolean;
  /** The folder the source was found in (see discoverSources): XIncludes may read below it. Default: the file's own folder. */
  sourceRoot?: string;
  /** Further folders (absolute) XIncludes may read below: the configuration's "xinclude.allow" and its own folder. */
  xincludeAllow?: readonly string[];
  /** Largest file one XInclude may read, and largest total for a document, in bytes (default 64 MiB). */
  xincludeMaxBytes?: number;
}

/** What XIncludes of `file` may read under `options`: below its source root and the folders allowed, up to the size cap. */
export function xincludeOptions(file: string, options: CheckOptions): XIncludeOptions {
  return {
    roots: [path.resolve(options.sourceRoot ?? path.dirname(path.resolve(file))), ...(options.xincludeAllow ?? [])],
    ...(options.xincludeMaxBytes !== undefined ? { maxBytes: options.xincludeMaxBytes } : {}),
  };
}

/**
 * Runs load → parse → (XInclude) → validate on `file`. Never throws for bad
 * input. A TEI P4 document is reported once and not validated further.
 */
export async function checkSource(file: string, options: CheckOptions = {}): Promise<CheckedSource> {
  const inputs = [path.resolve(file)];
  const loaded = await loadSource(file);
  if (!loaded.source) return { diagnostics: loaded.diagnostics, inputs };
  options.onStage?.('parse');
  const { parsed: first, diagnostics: parseDiagnostics } = parseSource(loaded.source);
  const diagnostics = [...loaded.diagnostics, ...parseDiagnostics];
  if (!first) return { diagnostics, inputs };
  const p4 = detectTeiP4(first.document, first.source.file);
  if (p4) return { diagnostics: [...diagnostics, p4], inputs };
  let parsed = first;
  if (options.xinclude !== false) {
    const included = await resolveXIncludes(first, readIncludeTarget, xincludeOptions(file, options));
    diagnostics.push(...included.diagnostics);
    inputs.push(...included.included);
    parsed = included.parsed;
  }
  const layers = options.layers ?? ['rng', 'sch'];
  if (layers.includes('rng') || layers.includes('sch')) {
    const schemas = resolveSchemas(parsed, options);
    inputs.push(...[schemas.rng ?? [], ...schemas.sch].flat());
  }
  appendAll(diagnostics, await validateDocument(parsed, options));
  return { parsed, unexpanded: first, diagnostics, inputs: [...new Set(inputs)] };
}

/**
 * The diagnostics of {@link checkSource} for `file`, without a tree when the
 * layers allow it: well-formedness and RELAX NG run on the event stream
 * (bounded memory, see validate-stream.ts), and a document that needs the
 * tree (DOCTYPE, XInclude, not well-formed, undecodable bytes) or layers that
 * need it (Schematron, references) go through checkSource.
 */
export async function validateSource(file: string, options: CheckOptions & { onBytes?: (read: number, total: number) => void } = {}): Promise<Omit<CheckedSource, 'parsed' | 'unexpanded'>> {
  if (streamsLayers(options.layers)) {
    const streamed = await validateStream(file, options);
    if (streamed) return streamed;
  }
  const checked = await checkSource(file, options);
  return { diagnostics: checked.diagnostics, inputs: checked.inputs };
}
