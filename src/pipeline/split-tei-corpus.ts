/**
 * A `teiCorpus` read as a collection: each `TEI` inside becomes a document
 * of its own, named `<corpus name>/<xml:id, else position>` (a nested
 * teiCorpus adds a level), with the corpus header(s) kept around it as
 * context: the member document is the corpus with every other member left
 * out, so that stylesheets find the corpus header at /teiCorpus/teiHeader
 * and the TEI as the only TEI.
 *
 * The other members are blanked, not cut: each of their characters becomes
 * a space (line breaks stay), so the member's text has the corpus file's
 * offsets, and every diagnostic on a member points at the right line and
 * column of the corpus file. The DOCTYPE stays too, so entities still expand.
 * Members included with xi:include are members as well (named by position);
 * the caller resolves XIncludes on each member afterwards.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { parseXml } from '../parse/parse-xml.js';
import { childElements, getAttribute, TEI_NS, XI_NS, XML_NS, type XmlDocument, type XmlElement } from '../parse/xml-tree.js';

/** One document of a corpus. */
export interface CorpusMember {
  /** Output name, e.g. `letters/L1` or `letters/3`. */
  name: string;
  /** 1-based positions among the members of each enclosing corpus, outermost first. */
  position: number[];
  /** The member's xml:id, when it has one. */
  id?: string;
  /** The member as a document: the corpus text with every other member blanked. */
  parsed: ParsedDocument;
}

export interface SplitResult {
  members: CorpusMember[];
  diagnostics: Diagnostic[];
}

const isTei = (e: XmlElement, local: string) => e.uri === TEI_NS && e.local === local;
const isInclude = (e: XmlElement) => e.uri === XI_NS && e.local === 'include';

/** True when the document's root is a TEI `teiCorpus`. */
export function isTeiCorpus(document: XmlDocument): boolean {
  return isTei(document.root, 'teiCorpus');
}

/** The members of a corpus element: TEI, nested teiCorpus, and xi:includes standing for either. */
const membersOf = (corpus: XmlElement) => childElements(corpus).filter((e) => isTei(e, 'TEI') || isTei(e, 'teiCorpus') || isInclude(e));

/** The member document's TEI: the only TEI left once the others are blanked. */
export function memberTei(document: XmlDocument): XmlElement | undefined {
  let current: XmlElement | undefined = document.root;
  while (current && isTei(current, 'teiCorpus')) current = childElements(current).find((e) => isTei(e, 'TEI') || isTei(e, 'teiCorpus'));
  return current && isTei(current, 'TEI') ? current : undefined;
}

/** The headers of the corpora around a member document's TEI, outermost first: its context. */
export function corpusHeaders(document: XmlDocument): XmlElement[] {
  const headers: XmlElement[] = [];
  for (let current: XmlElement | undefined = document.root; current && isTei(current, 'teiCorpus'); current = childElements(current).find((e) => isTei(e, 'teiCorpus'))) {
    const header = childElements(current).find((e) => isTei(e, 'teiHeader'));
    if (header) headers.push(header);
  }
  return headers;
}

/** `text` with the given spans replaced by spaces, line breaks kept, so every offset outside them is unchanged. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let from = 0;
  for (const { start, end } of sorted) {
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Splits the corpus `parsed` (as parsed, before XIncludes are resolved: its
 * nodes must stand where they are written) into its members. `corpusName`
 * is the corpus file's output name.
 */
export function splitTeiCorpus(parsed: ParsedDocument, corpusName: string): SplitResult {
  const diagnostics: Diagnostic[] = [];
  const members: CorpusMember[] = [];
  const file = parsed.source.file;
  const text = parsed.source.text;
  const at = (e: XmlElement) => ({ file, ...parsed.document.locate(e.start) });

  /** Walks one corpus level; `siblings` holds the spans to blank for the levels above. */
  const walk = (corpus: XmlElement, segments: string[], position: number[], blanked: { start: number; end: number }[]) => {
    const level = membersOf(corpus);
    const usedNames = new Set<string>();
    level.forEach((member, index) => {
      // A member must stand in the text where its node says (not from an entity's replacement text).
      if (member.end <= member.start || !text.startsWith(`<${member.name}`, member.start)) {
        diagnostics.push(diagnostic('warning', 'wf', 'corpus.member-not-located', `a <${member.name}> of the corpus comes from an entity's replacement text and cannot be read as a document of its own; expected each member written in the corpus file (it is left out)`, at(member)));
        return;
      }
      const id = isInclude(member) ? undefined : getAttribute(member, 'id', XML_NS);
      let segment = id ?? String(index + 1);
      if (usedNames.has(segment)) {
        diagnostics.push(diagnostic('warning', 'refs', 'corpus.duplicate-member-id', `two members of the corpus have xml:id ${JSON.stringify(id)}; expected distinct ids (this one is named by its position, ${index + 1})`, at(member)));
        segment = String(index + 1);
      }
      usedNames.add(segment);
      const others = level.filter((o) => o !== member && o.end > o.start).map((o) => ({ start: o.start, end: o.end }));
      if (isTei(member, 'teiCorpus')) {
        walk(member, [...segments, segment], [...position, index + 1], [...blanked, ...others]);
        return;
      }
      const memberText = blank(text, [...blanked, ...others]);
      const result = parseXml(file, memberText);
      if (!result.document || result.transformText === undefined) {
        // The corpus parsed, so its members do: this is a defect, reported rather than thrown.
        diagnostics.push(...result.diagnostics.filter((d) => d.severity === 'error'));
        return;
      }
      members.push({
        name: [corpusName, ...segments, segment].join('/'),
        position: [...position, index + 1],
        ...(id ? { id } : {}),
        parsed: { source: { ...parsed.source, text: memberText }, document: result.document, xmlText: result.transformText },
      });
    });
  };

  if (!isTeiCorpus(parsed.document)) return { members, diagnostics };
  walk(parsed.document.root, [], [], []);
  if (!members.length) {
    diagnostics.push(diagnostic('warning', 'rng', 'corpus.empty', 'the teiCorpus holds no TEI document; expected one or more <TEI> after its <teiHeader>', at(parsed.document.root)));
  }
  return { members, diagnostics };
}
