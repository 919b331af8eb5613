/**
 * The TEI's pruning of content models it copies from a customisation
 * (odd2odd's simplifyODD): references to deleted specifications disappear,
 * a `sequence` or `alternate` left empty disappears with them, and a few
 * nestings collapse. Kept separate because its quirks decide validity: an
 * emptied alternative is gone here, where the later clean-up would turn it
 * into `empty`.
 */
import { childElements, getAttribute, type XmlAttribute, type XmlElement } from '../parse/xml-tree.js';
import { occurrences } from './occurrences.js';
import { RNG, TEI } from './odd-model.js';

const REFS = new Set(['classRef', 'elementRef', 'macroRef', 'dataRef']);

/** A copy of `el` with other children and occurrence attributes. */
function withChildren(el: XmlElement, children: XmlElement[], min: number, max: number): XmlElement {
  const attributes: XmlAttribute[] = el.attributes.filter((a) => a.local !== 'minOccurs' && a.local !== 'maxOccurs' || a.uri !== '');
  const make = (local: string, value: string): XmlAttribute => ({ type: 'attribute', name: local, prefix: '', local, uri: '', value, start: el.start, owner: el });
  attributes.push(make('minOccurs', String(min)), make('maxOccurs', max === -1 ? 'unbounded' : String(max)));
  return { ...el, attributes, children };
}

const isGroup = (el: XmlElement) => el.uri === TEI && (el.local === 'sequence' || el.local === 'alternate');

/** Prunes one `sequence` or `alternate`: the elements that stand in its place (none, itself, or a child). */
export function pruneGroup(el: XmlElement, deleted: ReadonlySet<string>): XmlElement[] {
  const { min, max } = occurrences(el);
  const what: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (c.uri === TEI && REFS.has(c.local) && getAttribute(c, 'key') !== undefined) {
      if (!deleted.has(getAttribute(c, 'key')!)) what.push(c);
    } else if (isGroup(c)) what.push(...pruneGroup(c, deleted));
    else if (c.uri === TEI || c.uri === RNG) what.push(c);
  }
  if (what.length === 0) return [];
  const only = what.length === 1 ? what[0]! : undefined;
  if (only && only.local === el.local && only.uri === el.uri) return [only];
  if (only && isGroup(only) && min === 0 && max === 1) {
    const o = occurrences(only);
    if ((o.min === 0 || o.min === 1) && o.max === -1) return [only];
  }
  if (only && isGroup(only) && min === 1 && max === -1) {
    const o = occurrences(only);
    if (o.min === 0 && o.max === -1) return [withChildren(el, childElements(only), min, max)];
  }
  return [withChildren(el, what, min, max)];
}

/** The children of a `content` element after pruning (top-level references are left for the later clean-up). */
export function pruneContent(content: XmlElement, deleted: ReadonlySet<string>): XmlElement[] {
  return childElements(content).flatMap((c) => (isGroup(c) ? pruneGroup(c, deleted) : [c]));
}
