/**
 * Merges a customisation's `attList` into the original's, as the TEI's
 * odd2odd does: attributes added, replaced, deleted or changed one by one,
 * `valList`s changed item by item. Changes to attributes an element does not
 * define itself stay in the list with their mode: they override the
 * attributes it inherits from classes (see `class-attributes.ts`).
 */
import type { XmlElement } from '../parse/xml-tree.js';
import type { AttDef, AttList, ValList } from './odd-model.js';
import { attDefsOf, readAttList, teiChild } from './read-spec.js';

/** Merges the changed attribute `next` into the original `old`. */
export function mergeAttDef(old: AttDef, next: AttDef): AttDef {
  const merged: AttDef = { kind: 'attDef', ident: old.ident, constraints: next.constraints.length ? next.constraints : old.constraints, at: next.at };
  if (old.mode) merged.mode = old.mode;
  if (old.ns) merged.ns = old.ns;
  const usage = next.usage ?? old.usage;
  if (usage) merged.usage = usage;
  if (next.altIdent) merged.altIdent = next.altIdent;
  const datatype = next.datatype ?? old.datatype;
  if (datatype) merged.datatype = datatype;
  const valList = mergeValList(old.valList, next.at);
  if (valList) merged.valList = valList;
  return merged;
}

/** The valList after the change written in `changeAt` (an attDef in change mode) is applied to `old`. */
export function mergeValList(old: ValList | undefined, changeAt: XmlElement): ValList | undefined {
  const changed = teiChild(changeAt, 'valList');
  if (!changed) return old;
  const mode = changed.attributes.find((a) => a.local === 'mode' && a.uri === '')?.value;
  const type = changed.attributes.find((a) => a.local === 'type' && a.uri === '')?.value;
  const items = [...changed.children].flatMap((c) =>
    c.type === 'element' && c.local === 'valItem'
      ? [{ ident: c.attributes.find((a) => a.local === 'ident')?.value ?? '', mode: c.attributes.find((a) => a.local === 'mode')?.value }]
      : [],
  );
  if (mode === 'delete') return undefined;
  const withType = (list: ValList): ValList => (type ? { ...list, type } : list);
  if (mode !== 'change' || !old) return withType({ items: items.map(({ ident }) => ({ ident })) });
  // change: the old items less those deleted or replaced, then the added and replacing ones.
  const dropped = new Set(items.filter((i) => i.mode === 'delete' || i.mode === 'replace').map((i) => i.ident));
  const kept = old.items.filter((i) => !dropped.has(i.ident));
  const added = items.filter((i) => i.mode === 'add' || i.mode === 'replace').map(({ ident }) => ({ ident }));
  // The TEI takes the changed list's attributes as they are: a change that names no type leaves the list open.
  return withType({ items: [...kept, ...added] });
}

/**
 * The attList of a changed spec: `change` is the customisation's attList
 * (if any), `original` the source's. `isElement` keeps overrides of class
 * attributes (an element's change to an attribute it inherits).
 */
export function mergeAttList(original: AttList | undefined, change: XmlElement | undefined, isElement: boolean): AttList {
  const next = change ? readAttList(change) : { kind: 'attList' as const, items: [] };
  const nextDefs = [...attDefsOf(next)];
  const originalIdents = new Set([...attDefsOf(original)].map((a) => a.ident));
  const items: AttList['items'] = [];
  for (const a of nextDefs) if (a.mode === 'replace' && originalIdents.has(a.ident)) items.push(a);
  for (const a of nextDefs) if (!a.mode || a.mode === 'add') items.push({ ...a, mode: undefined } as AttDef);
  if (isElement) for (const a of nextDefs) if ((a.mode === 'change' || a.mode === 'delete' || a.mode === 'replace') && !originalIdents.has(a.ident)) items.push(a);
  for (const r of next.items) if (r.kind === 'attRef') items.push(r);
  const byMode = (mode: string) => new Map(nextDefs.filter((a) => a.mode === mode).map((a) => [a.ident, a]));
  const deleted = byMode('delete');
  const replaced = byMode('replace');
  const changed = byMode('change');
  const update = (defs: AttList['items']): AttList['items'] =>
    defs.flatMap((a) => {
      if (a.kind !== 'attDef') return [];
      const gone = deleted.get(a.ident);
      if (gone) return isElement ? [gone] : [];
      if (replaced.has(a.ident)) return [];
      const change = changed.get(a.ident);
      return [change ? mergeAttDef(a, change) : a];
    });
  for (const item of original?.items ?? []) {
    if (item.kind === 'attList') items.push({ kind: 'attList', ...(item.org ? { org: item.org } : {}), items: update(item.items) });
  }
  const direct = update(original?.items ?? []);
  if (original?.org) items.push({ kind: 'attList', org: original.org, items: direct });
  else items.push(...direct);
  for (const item of items) if (item.kind === 'attDef' && item.mode === undefined) delete item.mode;
  const org = change?.attributes.find((a) => a.local === 'org')?.value;
  return { kind: 'attList', ...(org ? { org } : {}), items };
}
