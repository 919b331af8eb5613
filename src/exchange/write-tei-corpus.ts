/**
 * The collection as one TEI file (`tei/corpus.xml`): a teiCorpus whose
 * generated header describes the collection (title, how many documents, a
 * bibl per document pointing at its TEI), followed by each document's TEI
 * element taken from its exchange copy (never its DOCTYPE or processing
 * instructions). Ids are made unique across documents (assign-corpus-ids).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { parseXml } from '../parse/parse-xml.js';
import { namespacesInScope, serializeNode } from '../parse/serialize-xml.js';
import { applyIdPlan, planCorpusIds } from './assign-corpus-ids.js';
import { TEI_ALL_XML_MODELS } from './write-exchange-copy.js';

/** One document of the collection, as exported. */
export interface CorpusEntry {
  /** Output name, e.g. `letters/L1`. */
  name: string;
  /** The file the document came from, for diagnostics. */
  file: string;
  /** Its title, for the corpus header's list. */
  title: string | null;
  /** Reads the text of its exchange copy (a TEI document) when the corpus is written, so that a large collection is never held in memory at once. */
  copy: () => string;
  /** The xml:id of its TEI element, if it has one. */
  teiId?: string;
  /** The xml:ids it holds, in document order (from the copy). */
  ids: string[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The corpus header: what the collection is and which documents it holds. */
function corpusHeader(title: string, entries: readonly { name: string; title: string | null; teiId: string }[]): string {
  const n = entries.length;
  const bibls = entries.map((e) => `          <bibl corresp="#${escapeAttribute(e.teiId)}">${e.title ? `<title>${escapeText(e.title)}</title> ` : ''}<idno type="tei-edition">${escapeText(e.name)}</idno></bibl>`);
  return [
    '  <teiHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        <title>${escapeText(title)}</title>`,
    '      </titleStmt>',
    `      <extent><measure unit="documents" quantity="${n}">${n} document${n === 1 ? '' : 's'}</measure></extent>`,
    '      <publicationStmt>',
    `        <p>An exchange copy of ${n} TEI document${n === 1 ? '' : 's'}, written by tei-edition ${escapeText(packageVersion)}: XIncludes resolved, entities expanded, ids made unique across the collection.</p>`,
    '      </publicationStmt>',
    '      <sourceDesc>',
    '        <listBibl>',
    ...bibls,
    '        </listBibl>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </teiHeader>',
  ].join('\n');
}

/** The text of `tei/corpus.xml` for `entries` (in collection order); undefined when there is no document to hold. */
export function writeTeiCorpus(entries: readonly CorpusEntry[], title: string): { text?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const plans = planCorpusIds(entries.map((e) => ({ name: e.name, ids: e.ids, ...(e.teiId !== undefined ? { teiId: e.teiId } : {}) })));
  const members: string[] = [];
  const listed: { name: string; title: string | null; teiId: string }[] = [];
  entries.forEach((entry, i) => {
    // Each copy is parsed again here, one at a time, so that a large collection never holds every tree at once.
    let text: string;
    try {
      text = entry.copy();
    } catch {
      text = '';
    }
    const parsed = parseXml(entry.file, text);
    const root = parsed.document?.root;
    if (!root) {
      diagnostics.push(diagnostic('error', 'io', 'export.corpus-member-unreadable', `the exchange copy of ${JSON.stringify(entry.name)} could not be read back for tei/corpus.xml; expected the well-formed copy written before (it is left out of the corpus)`, { file: entry.file }));
      return;
    }
    const plan = plans[i]!;
    applyIdPlan(root, plan);
    members.push(serializeNode(root, { rootNamespaces: namespacesInScope(root) }));
    listed.push({ name: entry.name, title: entry.title, teiId: plan.teiId });
  });
  if (!members.length) return { diagnostics };
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...TEI_ALL_XML_MODELS,
    '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">',
    corpusHeader(title, listed),
    ...members.map((m) => `  ${m}`),
    '</teiCorpus>',
    '',
  ].join('\n');
  return { text, diagnostics };
}
