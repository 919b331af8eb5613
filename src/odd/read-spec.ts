/**
 * Reads one ODD specification element (`elementSpec`, `classSpec`,
 * `macroSpec`, `dataSpec`) and its attribute definitions into the compiler's
 * model, without merging: merging is `merge-specs.ts`'s job.
 */
import { childElements, getAttribute, textContent, type XmlElement } from '../parse/xml-tree.js';
import { TEI, type AttDef, type AttList, type AttRef, type MemberOf, type Spec, type SpecKind, type ValList } from './odd-model.js';

/** The TEI-namespace children of `el` called `local`. */
export function teiChildren(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((c) => c.uri === TEI && c.local === local);
}

/** The first TEI-namespace child of `el` called `local`. */
export function teiChild(el: XmlElement, local: string): XmlElement | undefined {
  return childElements(el).find((c) => c.uri === TEI && c.local === local);
}

const attr = (el: XmlElement, name: string) => getAttribute(el, name);

function altIdentOf(el: XmlElement): string | undefined {
  const alt = teiChild(el, 'altIdent');
  return alt ? textContent(alt).trim() : undefined;
}

/** Reads a `valList`. */
export function readValList(el: XmlElement): ValList {
  const list: ValList = { items: teiChildren(el, 'valItem').map((v) => ({ ident: attr(v, 'ident') ?? '', ...optional('altIdent', altIdentOf(v)) })) };
  const type = attr(el, 'type');
  if (type) list.type = type;
  return list;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Reads an `attDef`. */
export function readAttDef(el: XmlElement): AttDef {
  const valList = teiChild(el, 'valList');
  return {
    kind: 'attDef',
    ident: attr(el, 'ident') ?? '',
    ...optional('mode', attr(el, 'mode')),
    ...optional('ns', attr(el, 'ns')),
    ...optional('usage', attr(el, 'usage')),
    ...optional('altIdent', altIdentOf(el)),
    ...optional('datatype', teiChild(el, 'datatype')),
    ...optional('valList', valList ? readValList(valList) : undefined),
    constraints: teiChildren(el, 'constraintSpec'),
    at: el,
  };
}

/** Reads an `attList` and the lists nested in it. */
export function readAttList(el: XmlElement): AttList {
  const items: AttList['items'] = [];
  for (const c of childElements(el)) {
    if (c.uri !== TEI) continue;
    if (c.local === 'attDef') items.push(readAttDef(c));
    else if (c.local === 'attRef') items.push({ kind: 'attRef', ...optional('class', attr(c, 'class')), ...optional('name', attr(c, 'name')) } satisfies AttRef);
    else if (c.local === 'attList') items.push(readAttList(c));
  }
  return { kind: 'attList', ...optional('org', attr(el, 'org')), items };
}

/** Reads the `memberOf`s of a spec's `classes`. */
export function readClasses(el: XmlElement): MemberOf[] {
  const classes = teiChild(el, 'classes');
  if (!classes) return [];
  return teiChildren(classes, 'memberOf').map((m) => ({ key: attr(m, 'key') ?? '', ...optional('min', attr(m, 'min')), ...optional('max', attr(m, 'max')) }));
}

/** Every attDef of an attList, nested lists included. */
export function* attDefsOf(list: AttList | undefined): Generator<AttDef> {
  if (!list) return;
  for (const item of list.items) {
    if (item.kind === 'attDef') yield item;
    else if (item.kind === 'attList') yield* attDefsOf(item);
  }
}

/** Reads a specification as written. `module` falls back to `fallbackModule` (the TEI's `derived-module-…`). */
export function readSpec(el: XmlElement, fallbackModule = ''): Spec {
  const attList = teiChild(el, 'attList');
  const valList = teiChild(el, 'valList');
  const spec: Spec = {
    kind: el.local as SpecKind,
    ident: attr(el, 'ident') ?? '',
    module: attr(el, 'module') ?? fallbackModule,
    classes: readClasses(el),
    simplify: false,
    constraints: teiChildren(el, 'constraintSpec'),
    at: el,
    ...optional('prefix', attr(el, 'prefix')),
    ...optional('ns', attr(el, 'ns')),
    ...optional('altIdent', altIdentOf(el)),
    ...optional('type', attr(el, 'type')),
    ...optional('generate', attr(el, 'generate')),
    ...optional('content', teiChild(el, 'content')),
    ...optional('valList', valList ? readValList(valList) : undefined),
    ...optional('attList', attList ? readAttList(attList) : undefined),
  };
  return spec;
}

export const SPEC_KINDS: ReadonlySet<string> = new Set(['elementSpec', 'classSpec', 'macroSpec', 'dataSpec']);
