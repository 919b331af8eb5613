/**
 * One source file as the documents of a collection: usually one, a
 * teiCorpus one per TEI inside it. The file is validated once as written
 * (as jing would, XIncludes resolved), so that pointers from one member to
 * another are not taken for dangling; then each member is cut out
 * (split-tei-corpus) and its own XIncludes resolved. This is the hook the
 * build can share: `readSourceDocuments(source, options)` in place of
 * `checkSource(source.file, options)`, rendering each document under its name.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSource } from '../load/load-source.js';
import { resolveXIncludes } from '../load/resolve-xincludes.js';
import { parseSource, type ParsedDocument } from '../parse/parse-source.js';
import type { SourceEntry } from '../pipeline/discover-sources.js';
import type { XmlElement } from '../parse/xml-tree.js';
import { detectTeiP4 } from '../validate/detect-tei-p4.js';
import { resolveSchemas } from '../validate/resolve-schemas.js';
import { validateDocument, type ValidateOptions } from '../validate/validate-document.js';
import { isTeiCorpus, memberTei, splitTeiCorpus } from './split-tei-corpus.js';

/** One document of the collection. */
export interface SourceDocument {
  /** The source file, as named in diagnostics. */
  file: string;
  /** The output name (`sub/a`, or `corpus/L1` for a member of a teiCorpus). */
  name: string;
  /** The document, XIncludes resolved. For a corpus member: the corpus with the other members blanked. */
  parsed: ParsedDocument;
  /** The TEI element the document is about (the root, or the member's TEI). */
  tei: XmlElement;
  /** True for a member of a teiCorpus. */
  member: boolean;
}

export interface SourceDocuments {
  documents: SourceDocument[];
  /** Every diagnostic about the file (load, parse, XInclude, validation), each reported once. */
  diagnostics: Diagnostic[];
  /** Absolute paths of every file the result depends on. */
  inputs: string[];
}

/** Reads, validates and (for a teiCorpus) splits one source. Never throws for bad input. */
export async function readSourceDocuments(source: SourceEntry, options: ValidateOptions = {}): Promise<SourceDocuments> {
  const inputs = [path.resolve(source.file)];
  const loaded = await loadSource(source.file);
  if (!loaded.source) return { documents: [], diagnostics: loaded.diagnostics, inputs };
  const { parsed: first, diagnostics: parseDiagnostics } = parseSource(loaded.source);
  const diagnostics = [...loaded.diagnostics, ...parseDiagnostics];
  if (!first) return { documents: [], diagnostics, inputs };
  const p4 = detectTeiP4(first.document, first.source.file);
  if (p4) return { documents: [], diagnostics: [...diagnostics, p4], inputs };

  const whole = await resolveXIncludes(first);
  diagnostics.push(...whole.diagnostics);
  inputs.push(...whole.included);
  const layers = options.layers ?? ['wf', 'rng', 'sch', 'refs'];
  if (layers.includes('rng') || layers.includes('sch')) {
    const schemas = resolveSchemas(whole.parsed, options);
    inputs.push(...[schemas.rng ?? [], ...schemas.sch].flat());
  }
  diagnostics.push(...(await validateDocument(whole.parsed, options)));

  if (!isTeiCorpus(first.document)) {
    return { documents: [{ file: source.file, name: source.name, parsed: whole.parsed, tei: whole.parsed.document.root, member: false }], diagnostics, inputs: [...new Set(inputs)] };
  }
  const split = splitTeiCorpus(first, source.name);
  diagnostics.push(...split.diagnostics);
  const seen = new Set(diagnostics.map((d) => `${d.line}:${d.column}:${d.ruleId}`));
  const documents: SourceDocument[] = [];
  for (const member of split.members) {
    const resolved = await resolveXIncludes(member.parsed);
    // The member's XIncludes were resolved (and reported) with the whole file already.
    diagnostics.push(...resolved.diagnostics.filter((d) => !seen.has(`${d.line}:${d.column}:${d.ruleId}`)));
    const tei = memberTei(resolved.parsed.document);
    if (tei) documents.push({ file: source.file, name: member.name, parsed: resolved.parsed, tei, member: true });
  }
  return { documents, diagnostics, inputs: [...new Set(inputs)] };
}
