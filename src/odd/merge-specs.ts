/**
 * Applies a customisation to its source, as the TEI's odd2odd does: the
 * modules a `schemaSpec` names (less what `@include`/`@except` leave out),
 * then its own specifications in mode add, delete, change or replace.
 * The result is the merged spec set that `specs-to-rng.ts` translates.
 */
import { childElements, getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { mergeAttList } from './merge-attributes.js';
import { TEI, type MemberOf, type Spec } from './odd-model.js';
import type { OddContext } from './odd-context.js';
import { readSpec, readValList, SPEC_KINDS, teiChild, teiChildren } from './read-spec.js';
import type { SpecSource } from './read-spec-source.js';

/** What the customisation says, gathered from the schemaSpec and the specGrps it refers to. */
export interface Customisation {
  moduleRefs: XmlElement[];
  /** Specs and schemaSpec-level elementRef/classRef/macroRef, in document order. */
  items: XmlElement[];
  deleted: Set<string>;
  changes: Map<string, XmlElement[]>;
  replaces: Map<string, XmlElement>;
  constraints: XmlElement[];
}

const tokens = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

/** Collects the schemaSpec's children, following `specGrpRef`s to specGrps of the same document. */
export function collectCustomisation(schemaSpec: XmlElement, ids: Map<string, XmlElement>, ctx: OddContext): Customisation {
  const c: Customisation = { moduleRefs: [], items: [], deleted: new Set(), changes: new Map(), replaces: new Map(), constraints: [] };
  const visit = (parent: XmlElement, seen: Set<string>) => {
    for (const el of childElements(parent)) {
      if (el.uri !== TEI) {
        c.constraints.push(el);
        continue;
      }
      if (el.local === 'specGrpRef') {
        const target = getAttribute(el, 'target') ?? '';
        const group = target.startsWith('#') ? ids.get(target.slice(1)) : undefined;
        // The TEI skips such a reference silently: a warning, since nothing it names can be applied.
        if (!group) ctx.report(el, 'odd.unknown-spec-group', `specGrpRef target ${JSON.stringify(target)} names no specGrp in this document; expected "#ID" of a specGrp`, 'warning');
        else if (!seen.has(target)) visit(group, new Set([...seen, target]));
      } else if (el.local === 'moduleRef') c.moduleRefs.push(el);
      else if (el.local === 'constraintSpec') c.constraints.push(el);
      else if (SPEC_KINDS.has(el.local) || el.local === 'elementRef' || el.local === 'classRef' || el.local === 'macroRef' || el.local === 'dataRef') {
        c.items.push(el);
        const ident = getAttribute(el, 'ident');
        if (!ident) continue;
        const mode = getAttribute(el, 'mode');
        if (mode === 'delete') c.deleted.add(ident);
        else if (mode === 'change') c.changes.set(ident, [...(c.changes.get(ident) ?? []), el]);
        else if (mode === 'replace' && !c.replaces.has(ident)) c.replaces.set(ident, el);
      }
    }
  };
  visit(schemaSpec, new Set());
  return c;
}

/** The memberships of a changed spec (`classes` in mode change adds and deletes; otherwise it replaces). */
function mergeClasses(original: Spec, changes: XmlElement[], deleted: Set<string>): MemberOf[] {
  const withClasses = changes.filter((c) => teiChild(c, 'classes'));
  if (!withClasses.length) return original.classes.filter((m) => !deleted.has(m.key));
  const result: MemberOf[] = [];
  const touched = new Set<string>();
  let changeMode = false;
  for (const c of withClasses) {
    const classes = teiChild(c, 'classes')!;
    changeMode ||= getAttribute(classes, 'mode') === 'change';
    for (const m of teiChildren(classes, 'memberOf')) {
      const key = getAttribute(m, 'key') ?? '';
      const mode = getAttribute(m, 'mode');
      touched.add(key);
      if (mode === 'delete') continue;
      result.push({ key, ...(getAttribute(m, 'min') ? { min: getAttribute(m, 'min')! } : {}), ...(getAttribute(m, 'max') ? { max: getAttribute(m, 'max')! } : {}) });
    }
  }
  if (changeMode) for (const m of original.classes) if (!deleted.has(m.key) && !touched.has(m.key)) result.push({ key: m.key });
  return result;
}

/** Constraints of a changed spec: the customisation's, then the original's not deleted, replaced or changed. */
function mergeConstraints(original: Spec, changes: XmlElement[], c: Customisation): XmlElement[] {
  const mine = changes.flatMap((ch) => teiChildren(ch, 'constraintSpec'));
  const overridden = new Set(c.items.concat(mine).flatMap((el) => [...descendantConstraintIdents(el)]));
  const added = mine.filter((s) => getAttribute(s, 'mode') !== 'delete');
  // The original's constraints at any depth (those of attributes too, even of an attribute the change deletes), as odd2odd keeps them.
  const originals = [...new Set([...original.constraints, ...descendantConstraints(original.at)])];
  return [...added, ...originals.filter((s) => !overridden.has(getAttribute(s, 'ident') ?? ''))];
}

function* descendantConstraints(el: XmlElement): Generator<XmlElement> {
  for (const child of childElements(el)) {
    if (child.uri === TEI && child.local === 'constraintSpec') yield child;
    else if (child.uri === TEI) yield* descendantConstraints(child);
  }
}

function* descendantConstraintIdents(el: XmlElement): Generator<string> {
  if (el.local === 'constraintSpec' && getAttribute(el, 'mode') && getAttribute(el, 'mode') !== 'add') yield getAttribute(el, 'ident') ?? '';
  for (const child of childElements(el)) yield* descendantConstraintIdents(child);
}

/** Applies every change-mode spec for `original.ident`. */
export function changeSpec(original: Spec, changes: XmlElement[], c: Customisation): Spec {
  const merged: Spec = { ...original, simplify: true, classes: mergeClasses(original, changes, c.deleted), constraints: mergeConstraints(original, changes, c), at: changes[0]! };
  for (const ch of changes) {
    const ns = getAttribute(ch, 'ns');
    if (ns !== undefined) merged.ns = ns;
    const alt = teiChild(ch, 'altIdent');
    if (alt) merged.altIdent = readSpec(ch).altIdent!;
    const valList = teiChild(ch, 'valList');
    if (valList) {
      if (getAttribute(valList, 'mode') === 'delete') delete merged.valList;
      else merged.valList = readValList(valList);
    }
    const content = teiChild(ch, 'content');
    if (content) merged.content = content;
  }
  const attLists = changes.map((ch) => teiChild(ch, 'attList')).filter((a): a is XmlElement => a !== undefined);
  const hasChange = attLists.length > 0;
  // A class's attributes change only where it had some (the TEI ignores an attList added to a class without one).
  if ((hasChange && original.kind !== 'classSpec') || original.attList) {
    let list = original.attList;
    for (const a of attLists.length ? attLists : [undefined]) list = mergeAttList(list, a, original.kind === 'elementSpec');
    if (list) merged.attList = list;
  }
  return merged;
}

/** A spec taken from the customisation (mode add or replace): its content is pruned of deleted references. */
function fromCustomisation(el: XmlElement, schemaIdent: string, deleted: Set<string>): Spec {
  const spec = readSpec(el, `derived-module-${schemaIdent}`);
  spec.simplify = true;
  if (spec.kind !== 'elementSpec') spec.classes = spec.classes.filter((m) => !deleted.has(m.key));
  if (spec.attList) spec.attList = { ...spec.attList, items: spec.attList.items.map((i) => (i.kind === 'attDef' && i.mode === 'add' ? { ...i, mode: undefined } : i)) };
  return spec;
}

/** Merges the customisation into the source: the spec set of one schemaSpec (without RELAX NG modules). */
export function mergeSpecs(schemaSpec: XmlElement, c: Customisation, source: SpecSource, ctx: OddContext): Spec[] {
  const schemaIdent = getAttribute(schemaSpec, 'ident') ?? '';
  const referenced = new Set(c.items.filter((el) => el.local.endsWith('Ref')).map((el) => getAttribute(el, 'key') ?? ''));
  const picked: Spec[] = [];
  const order = [...c.moduleRefs.filter((m) => getAttribute(m, 'key') === 'tei'), ...c.moduleRefs.filter((m) => getAttribute(m, 'key') === 'core'), ...c.moduleRefs.filter((m) => !['tei', 'core'].includes(getAttribute(m, 'key') ?? ''))];
  for (const ref of order) {
    const key = getAttribute(ref, 'key');
    if (key === undefined) continue;
    const members = source.byModule.get(key);
    if (!members) {
      ctx.report(ref, 'odd.unknown-module', `moduleRef key ${JSON.stringify(key)} names no module of the source; expected one of ${[...source.byModule.keys()].sort().slice(0, 40).join(', ')}`);
      continue;
    }
    const include = tokens(getAttribute(ref, 'include'));
    const except = tokens(getAttribute(ref, 'except'));
    const elementIdents = new Set(members.filter((s) => s.kind === 'elementSpec').map((s) => s.ident));
    for (const name of [...include, ...except]) if (!elementIdents.has(name)) ctx.report(ref, 'odd.unknown-element', `moduleRef ${JSON.stringify(key)} lists ${JSON.stringify(name)}, which is not an element of that module`, 'warning');
    const wanted = (ident: string) => (include.length ? include.includes(ident) : !except.includes(ident));
    for (const s of members) if (s.kind !== 'elementSpec' && !referenced.has(s.ident)) picked.push(s);
    for (const s of members) if (s.kind === 'elementSpec' && wanted(s.ident) && !referenced.has(s.ident)) picked.push(s);
  }
  for (const el of c.items) {
    const mode = getAttribute(el, 'mode');
    if (el.local.endsWith('Ref')) {
      const key = getAttribute(el, 'key') ?? '';
      const spec = source.byIdent.get(key);
      if (spec) picked.push(spec);
      else ctx.report(el, 'odd.unknown-spec', `${el.local} key ${JSON.stringify(key)} names nothing in the source; expected the ident of a specification`);
    } else if (!mode || mode === 'add') {
      // Adding what the source already has: the TEI then writes two definitions and drops both; the added one wins here.
      const ident = getAttribute(el, 'ident') ?? '';
      const existing = picked.findIndex((s) => s.ident === ident);
      if (existing >= 0) {
        ctx.report(el, 'odd.spec-exists', `${el.local} ${JSON.stringify(ident)} in mode ${mode ?? 'add'} adds a specification the source already has; it replaces it (expected mode="replace" or mode="change")`, 'warning');
        picked.splice(existing, 1);
      }
      picked.push(fromCustomisation(el, schemaIdent, c.deleted));
    }
  }
  // Phase 2: deletions, replacements and changes, applied to what was picked.
  const present = new Set(picked.map((s) => s.ident));
  for (const el of c.items) {
    const mode = getAttribute(el, 'mode');
    const ident = getAttribute(el, 'ident') ?? '';
    if ((mode === 'change' || mode === 'replace' || mode === 'delete') && !present.has(ident)) {
      if (source.byIdent.has(ident)) ctx.report(el, 'odd.spec-not-selected', `${el.local} ${JSON.stringify(ident)} in mode ${mode} has no effect: ${JSON.stringify(ident)} is in module ${JSON.stringify(source.byIdent.get(ident)!.module)}, which this schemaSpec does not include`, 'warning');
      // The TEI ignores such a spec silently. Deleting what does not exist leaves the schema as its author meant it (a
      // warning: ODDs written for another TEI release delete what a later one dropped); a change or a replacement that
      // applies to nothing leaves out what its author asked for, so the schema would not say what the ODD says (an error).
      else if (mode === 'delete') ctx.report(el, 'odd.delete-unknown-spec', `${el.local} ${JSON.stringify(ident)} in mode delete names no specification of the source, so there is nothing to delete; expected an existing ident`, 'warning');
      else ctx.report(el, 'odd.unknown-spec', `${el.local} ${JSON.stringify(ident)} in mode ${mode} names no specification of the source or of this customisation, so the ${mode === 'replace' ? 'replacement' : 'change'} cannot be applied; expected an existing ident (or mode="add")`);
    }
  }
  const result: Spec[] = [];
  for (const spec of picked) {
    if (c.deleted.has(spec.ident)) continue;
    const replacement = c.replaces.get(spec.ident);
    if (replacement) result.push(fromCustomisation(replacement, schemaIdent, c.deleted));
    else if (c.changes.has(spec.ident)) result.push(changeSpec(spec, c.changes.get(spec.ident)!, c));
    else result.push(spec);
  }
  return result;
}


const REFERENCES: Record<string, string> = { elementRef: 'element', classRef: 'class', macroRef: 'macro', dataRef: 'datatype', memberOf: 'class' };

/**
 * Reports references in the customisation's own specs to specifications that
 * exist neither in the source (in any module) nor in the customisation. The
 * TEI drops them all silently. In a content model or a datatype that changes
 * what the schema accepts (an error); a `memberOf` a class that exists nowhere
 * is inert, since nothing can refer to that class (a warning).
 */
export function checkCustomisationReferences(c: Customisation, source: SpecSource, ctx: OddContext): void {
  const known = new Set([...source.byIdent.keys(), ...c.items.map((el) => getAttribute(el, 'ident') ?? '')]);
  const walk = (el: XmlElement) => {
    for (const child of childElements(el)) {
      const what = child.uri === TEI ? REFERENCES[child.local] : undefined;
      const key = what ? getAttribute(child, 'key') : undefined;
      if (what && key !== undefined && !known.has(key)) {
        if (child.local === 'memberOf') ctx.report(child, 'odd.unknown-membership', `memberOf key ${JSON.stringify(key)} names no class of the source or of this customisation, so the membership is dropped; expected the ident of a class specification`, 'warning');
        else ctx.report(child, 'odd.undefined-reference', `${child.local} key ${JSON.stringify(key)} names no ${what} of the source or of this customisation, so the schema would lose it (the TEI drops it silently); expected the ident of a ${what} specification`);
      }
      walk(child);
    }
  };
  for (const el of c.items) if (SPEC_KINDS.has(el.local) && getAttribute(el, 'mode') !== 'delete') walk(el);
}
