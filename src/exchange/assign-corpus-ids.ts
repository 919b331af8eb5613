/**
 * Identifiers for a collection written as one teiCorpus: xml:id must be
 * unique in the whole file, yet every project numbers its own documents'
 * persons and notes from 1. Each TEI gets an xml:id (its own, or one made
 * from its output name), and an id that an earlier document already uses is
 * renamed `<TEI id>.<id>`, together with every `#id` pointer to it inside
 * the same document. Nothing else changes: other attributes and all text
 * are left as they are (see the round-trip property tests).
 */
import { descendantElements, getAttributeNode, XML_NS, type XmlElement } from '../parse/xml-tree.js';

/** What changes in one document. */
export interface IdPlan {
  /** The xml:id the document's TEI carries in the corpus. */
  teiId: string;
  /** True when the TEI had no xml:id and gets `teiId`. */
  teiIdAdded: boolean;
  /** Ids renamed in this document, old to new. */
  renames: Map<string, string>;
}

/** The xml:ids in a document, in document order. */
export function idsOf(root: XmlElement): string[] {
  const ids: string[] = [];
  for (const e of descendantElements(root)) {
    const id = getAttributeNode(e, 'id', XML_NS);
    if (id) ids.push(id.value);
  }
  return ids;
}

/** An NCName made from an output name (`sub/a b` → `sub-a_b`), prefixed when it would not start like a name. */
export function idFromName(name: string): string {
  const id = name.replace(/\//g, '-').replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(id) ? id : `d${id}`;
}

/** Plans the ids of documents written one after the other into a corpus (whose own ids are `reserved`). */
export function planCorpusIds(documents: readonly { name: string; teiId?: string; ids: readonly string[] }[], reserved: readonly string[] = []): IdPlan[] {
  const used = new Set(reserved);
  const unique = (wanted: string) => {
    let candidate = wanted;
    for (let n = 2; used.has(candidate); n++) candidate = `${wanted}-${n}`;
    used.add(candidate);
    return candidate;
  };
  return documents.map((doc) => {
    const renames = new Map<string, string>();
    const teiId = unique(doc.teiId ?? idFromName(doc.name));
    if (doc.teiId !== undefined && teiId !== doc.teiId) renames.set(doc.teiId, teiId);
    const seen = new Set<string>();
    for (const id of doc.ids) {
      // A document's own duplicate ids (it is invalid) are left for validation to report.
      if (id === doc.teiId || seen.has(id)) continue;
      seen.add(id);
      if (used.has(id)) renames.set(id, unique(`${teiId}.${id}`));
      else used.add(id);
    }
    return { teiId, teiIdAdded: doc.teiId === undefined, renames };
  });
}

/** Rewrites one attribute value's `#id` pointers that the plan renames. */
function renamePointers(value: string, renames: ReadonlyMap<string, string>): string {
  if (!value.includes('#')) return value;
  return value.replace(/(^|\s)#([^\s#]+)/g, (whole, space: string, id: string) => {
    const renamed = renames.get(id);
    return renamed === undefined ? whole : `${space}#${renamed}`;
  });
}

/**
 * Applies `plan` to the TEI element `tei` in place (the caller owns the
 * tree): renamed xml:ids and pointers, and the TEI's own xml:id when it had none.
 */
export function applyIdPlan(tei: XmlElement, plan: IdPlan): void {
  if (plan.teiIdAdded) {
    tei.attributes.push({ type: 'attribute', name: 'xml:id', prefix: 'xml', local: 'id', uri: XML_NS, value: plan.teiId, start: tei.start, owner: tei });
  }
  if (!plan.renames.size) return;
  for (const element of descendantElements(tei)) {
    for (const attribute of element.attributes) {
      if (attribute.uri === XML_NS && attribute.local === 'id') attribute.value = plan.renames.get(attribute.value) ?? attribute.value;
      else attribute.value = renamePointers(attribute.value, plan.renames);
    }
  }
}
