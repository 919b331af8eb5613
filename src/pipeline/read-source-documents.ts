/**
 * One source file as the documents of a collection: usually one, a
 * teiCorpus one per TEI inside it. The file is validated once as written
 * (as jing would, XIncludes resolved), so that pointers from one member to
 * another are not taken for dangling; then each member is cut out
 * (split-tei-corpus) and its own XIncludes resolved. This is the hook the
 * build shares: `processDocument` renders each document under its name.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readIncludeTarget } from '../load/read-include-target.js';
import { resolveXIncludes } from '../parse/resolve-xincludes.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import type { XmlElement } from '../parse/xml-tree.js';
import { checkSource, xincludeOptions, type CheckOptions } from './check-source.js';
import type { SourceEntry } from './discover-sources.js';
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
export async function readSourceDocuments(source: SourceEntry, options: CheckOptions = {}): Promise<SourceDocuments> {
  const checkOptions: CheckOptions = { ...options, sourceRoot: source.root };
  const checked = await checkSource(source.file, checkOptions);
  const { parsed, unexpanded, diagnostics, inputs } = checked;
  if (!parsed || !unexpanded) return { documents: [], diagnostics, inputs };
  if (!isTeiCorpus(unexpanded.document)) {
    return { documents: [{ file: source.file, name: source.name, parsed, tei: parsed.document.root, member: false }], diagnostics, inputs };
  }
  const split = splitTeiCorpus(unexpanded, source.name);
  diagnostics.push(...split.diagnostics);
  const seen = new Set(diagnostics.map((d) => `${d.line}:${d.column}:${d.ruleId}`));
  const documents: SourceDocument[] = [];
  for (const member of split.members) {
    const resolved = await resolveXIncludes(member.parsed, readIncludeTarget, xincludeOptions(source.file, checkOptions));
    // The member's XIncludes were resolved (and reported) with the whole file already.
    diagnostics.push(...resolved.diagnostics.filter((d) => !seen.has(`${d.line}:${d.column}:${d.ruleId}`)));
    const tei = memberTei(resolved.parsed.document);
    if (tei) documents.push({ file: source.file, name: member.name, parsed: resolved.parsed, tei, member: true });
  }
  return { documents, diagnostics, inputs };
}
