/**
 * Attributes: an attDef becomes an `attribute` pattern (optional unless
 * usage="req"), its values a closed or semi-open choice or a datatype; an
 * element's attributes are its own plus references to its attribute classes,
 * except where it overrides a class attribute, when the class's other
 * attributes are referenced one by one (the TEI's classatts).
 */
import { childElements, type XmlElement } from '../parse/xml-tree.js';
import { dataRef, translate } from './content-to-rng.js';
import { mergeAttDef } from './merge-attributes.js';
import { RNG, TEI, type AttDef, type AttList, type Spec } from './odd-model.js';
import { occurrences } from './occurrences.js';
import { attDefsOf } from './read-spec.js';
import { r, type RNode } from './rng-node.js';
import { patternName, type RngScope } from './rng-scope.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function datatypeNodes(scope: RngScope, datatype: XmlElement): RNode[] {
  return childElements(datatype).flatMap((c) => (c.uri === TEI && c.local === 'dataRef' ? dataRef(scope, c) : translate(scope, c)));
}

/** The value pattern of an attribute (the TEI's attributeData). */
function attributeData(scope: RngScope, def: AttDef): RNode[] {
  const values = (def.valList?.items ?? []).map((i) => ({ n: 'value', t: i.altIdent ?? i.ident }));
  if (def.valList?.type === 'closed') return [r('choice', undefined, values)];
  if (def.valList?.type === 'semi') {
    const dt = def.datatype;
    const enumerated = dt && childElements(dt).some((c) => c.uri === RNG && c.local === 'ref' && c.attributes.some((a) => a.value === 'data.enumerated'));
    return [r('choice', undefined, [...values, ...(!dt || enumerated ? [r('data', { type: 'Name' })] : datatypeNodes(scope, dt))])];
  }
  if (def.datatype && childElements(def.datatype).length) return datatypeNodes(scope, def.datatype);
  return [r('text')];
}

/** The attribute pattern of an attDef (optional unless required). */
export function attributePattern(scope: RngScope, def: AttDef): RNode {
  const name = def.altIdent ?? (def.ns === XML_NS && !def.ident.startsWith('xml:') ? `xml:${def.ident}` : def.ident);
  const a: Record<string, string> = { name };
  if (def.ns && def.ns !== XML_NS) a.ns = def.ns;
  const o = def.datatype ? occurrences(def.datatype) : { min: 1, max: 1, wrapper: '' as const };
  let content: RNode[];
  if (o.min === 0 && o.max === 1) content = [r('optional', undefined, attributeData(scope, def))];
  else if (!def.datatype || o.max === 1 || childElements(def.datatype).some((c) => c.uri === RNG && c.local === 'text')) content = attributeData(scope, def);
  else {
    const data = () => attributeData(scope, def);
    const inner: RNode[] = [];
    if (o.max === -1 && o.min === 1) inner.push(r('oneOrMore', undefined, data()));
    else {
      for (let i = 0; i < o.min; i++) inner.push(...data());
      if (o.max === -1) inner.push(r('zeroOrMore', undefined, data()));
      else for (let i = o.min; i < o.max; i++) inner.push(r('optional', undefined, data()));
    }
    content = [r('list', undefined, inner)];
  }
  const attribute = r('attribute', a, content);
  return def.usage === 'req' ? attribute : r('optional', undefined, [attribute]);
}

/** The name of the pattern for one attribute of a class. */
export const classAttributeName = (scope: RngScope, cls: Spec, ident: string) => `${patternName(scope, cls)}.attribute.${ident.replace(/:/g, '')}`;

function attRefNodes(scope: RngScope, ref: { class?: string; name?: string }): RNode[] {
  const cls = ref.class ? scope.byIdent.get(ref.class) : undefined;
  if (cls) return [r('ref', { name: ref.name ? classAttributeName(scope, cls, ref.name) : `${patternName(scope, cls)}.attributes` })];
  if (ref.class) return [];
  return ref.name ? [r('ref', { name: ref.name })] : [];
}

/** An attList of an element, as patterns; `encountered` are class attributes the element overrides. */
function attListNodes(scope: RngScope, list: AttList, encountered: Set<string>, inChoice = false): RNode[] {
  const out: RNode[] = [];
  for (const item of list.items) {
    if (item.kind === 'attDef') {
      if (item.ident.startsWith('xmlns')) continue;
      if (item.mode === 'replace' ? encountered.has(item.ident) : item.mode && item.mode !== 'add') continue;
      out.push(attributePattern(scope, item));
    } else if (item.kind === 'attRef') out.push(...attRefNodes(scope, item));
    else out.push(...attListNodes(scope, item, encountered, list.org === 'choice'));
  }
  if (!list.items.length) return [];
  if (list.org === 'group' && inChoice) return [r('group', undefined, out)];
  if (list.org === 'choice') return [r('choice', undefined, out)];
  return out;
}

const attClass = (scope: RngScope, key: string) => {
  const s = scope.byIdent.get(key);
  return s?.kind === 'classSpec' && s.type === 'atts' ? s : undefined;
};

/** Walks an attribute class (and those it belongs to) for attributes the element overrides. */
function classAttributes(scope: RngScope, own: AttDef[], cls: Spec, out: { override: boolean; encountered: Set<string>; nodes: RNode[] }, seen: Set<string>): void {
  if (seen.has(cls.ident)) return;
  seen.add(cls.ident);
  for (const def of attDefsOf(cls.attList)) {
    out.encountered.add(def.ident);
    const mine = own.filter((a) => a.ident === def.ident);
    if (!mine.length) {
      out.nodes.push(r('ref', { name: classAttributeName(scope, cls, def.ident) }));
      continue;
    }
    out.override = true;
    for (const m of mine) {
      if (m.mode === 'delete') continue;
      out.nodes.push(attributePattern(scope, !m.mode || m.mode === 'replace' ? m : mergeAttDef(def, m)));
    }
  }
  for (const m of cls.classes) {
    const parent = attClass(scope, m.key);
    if (parent) classAttributes(scope, own, parent, out, seen);
  }
}

/** Every attribute pattern of an element: inherited (whole classes, or attribute by attribute) and its own. */
export function elementAttributes(scope: RngScope, spec: Spec): RNode[] | undefined {
  const own = [...attDefsOf(spec.attList)];
  const hasRefs = spec.attList ? spec.attList.items.some(function any(i): boolean { return i.kind === 'attRef' || (i.kind === 'attList' && i.items.some(any)); }) : false;
  const classes = spec.classes.map((m) => attClass(scope, m.key)).filter((c): c is Spec => c !== undefined);
  if (!own.length && !hasRefs && !classes.length) return undefined;
  const out: RNode[] = [];
  const encountered = new Set<string>();
  for (const cls of classes) {
    if (!own.length) {
      out.push(r('ref', { name: `${patternName(scope, cls)}.attributes` }));
      continue;
    }
    const found = { override: false, encountered: new Set<string>(), nodes: [] as RNode[] };
    classAttributes(scope, own, cls, found, new Set());
    for (const e of found.encountered) encountered.add(e);
    if (found.override) out.push(...found.nodes);
    else out.push(r('ref', { name: `${patternName(scope, cls)}.attributes` }));
  }
  if (spec.attList) out.push(...attListNodes(scope, spec.attList, encountered));
  out.push(r('empty'));
  return out;
}

/** The defines of an attribute class: `X.attributes` and one `X.attribute.NAME` per attribute. */
export function attributeClassDefines(scope: RngScope, cls: Spec): RNode[] {
  const refs: RNode[] = [];
  for (const m of cls.classes) {
    const parent = attClass(scope, m.key);
    if (parent) refs.push(r('ref', { name: `${patternName(scope, parent)}.attributes` }));
  }
  const defs = [...attDefsOf(cls.attList)].filter((d) => d.mode !== 'delete' && !d.ident.startsWith('xmlns'));
  for (const d of defs) refs.push(r('ref', { name: classAttributeName(scope, cls, d.ident) }));
  const attRefs = function* walk(list: AttList | undefined): Generator<{ class?: string; name?: string }> {
    for (const i of list?.items ?? []) if (i.kind === 'attRef') yield i; else if (i.kind === 'attList') yield* walk(i);
  };
  for (const ref of attRefs(cls.attList)) refs.push(...attRefNodes(scope, ref));
  return [
    r('define', { name: `${patternName(scope, cls)}.attributes` }, refs.length ? refs : [r('empty')]),
    ...defs.map((d) => r('define', { name: classAttributeName(scope, cls, d.ident) }, [attributePattern(scope, d)])),
  ];
}
