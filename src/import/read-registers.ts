/**
 * Reads the registers of an existing edition as a names file: the persons,
 * places and organisations of a TEI document's listPerson, listPlace and
 * listOrg, each with its xml:id and the English (or unmarked) forms of its
 * name, and an authority identifier where the entry has one. A second record
 * imported with them reuses the first one's identifiers.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseXml } from '../parse/parse-xml.js';
import { childElements, descendantElements, getAttribute, textContent, TEI_NS, XML_NS, type XmlElement } from '../parse/xml-tree.js';
import type { EntityType } from './entity-registry.js';
import type { NameEntry } from './load-names.js';

const ENTRIES: Record<string, { type: EntityType; list: string; name: string }> = {
  person: { type: 'person', list: 'listPerson', name: 'persName' },
  place: { type: 'place', list: 'listPlace', name: 'placeName' },
  org: { type: 'org', list: 'listOrg', name: 'orgName' },
};

/** The names of the registers of the TEI document `text` (`file` names it in diagnostics). */
export function parseRegisters(file: string, text: string): { entries: NameEntry[]; diagnostics: Diagnostic[] } {
  const parsed = parseXml(file, text);
  if (!parsed.document) return { entries: [], diagnostics: parsed.diagnostics.filter((d) => d.severity === 'error') };
  const entries: NameEntry[] = [];
  for (const element of descendantElements(parsed.document)) {
    const kind = element.uri === TEI_NS ? ENTRIES[element.local] : undefined;
    const id = getAttribute(element, 'id', XML_NS);
    if (!kind || !id || !(element.parent.type === 'element' && element.parent.local === kind.list)) continue;
    const authority = childElements(element).find((c) => c.local === 'idno' && /^https?:\/\//u.test(textContent(c).trim()));
    for (const form of forms(element, kind.name)) entries.push({ form, type: kind.type, id, ...(authority ? { authority: textContent(authority).trim() } : {}) });
  }
  const diagnostics = entries.length ? [] : [diagnostic('warning', 'import', 'import.names-registers', 'the TEI document has no listPerson, listPlace or listOrg entries with an xml:id; expected the registers of an edition', { file })];
  return { entries, diagnostics };
}

/** The distinct forms of an entry's names, in English or without a language. */
function forms(entry: XmlElement, name: string): string[] {
  const out = new Set<string>();
  for (const n of childElements(entry)) {
    if (n.local !== name) continue;
    const lang = getAttribute(n, 'lang', XML_NS);
    if (lang && !/^en\b/iu.test(lang)) continue;
    const form = textContent(n).replace(/\s+/gu, ' ').trim();
    if (form) out.add(form);
  }
  return [...out];
}
