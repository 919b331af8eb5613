/**
 * A compiled schema ready for validation: the start pattern, the builder
 * that interns derivative states, the memoised derivatives, and the ID-typed
 * attributes (jing's ID/IDREF checking of the RELAX NG DTD Compatibility spec).
 */
import { listedNames, nameKey } from './name-class.js';
import { Derivatives } from './derivatives.js';
import { K, type Pattern, type PatternBuilder } from './pattern.js';

/** The ID-type of an attribute: which ID/IDREF rules apply to its value. */
export type IdType = 'ID' | 'IDREF' | 'IDREFS';

/** What the validator needs from a schema. */
export interface CompiledSchema {
  builder: PatternBuilder;
  start: Pattern;
  derivatives: Derivatives;
  /** ID-types by `elementKey + ' ' + attributeKey` (both `nameKey`s). */
  idTypes: Map<string, IdType>;
  /** Local names of attributes that are ID-typed somewhere: a cheap first test. */
  idAttributeLocals: Set<string>;
}

/**
 * Wraps patterns into a compiled schema, working out ID-typed attributes
 * unless they are given (a schema read from the cache carries them).
 */
export function compileSchema(builder: PatternBuilder, start: Pattern, idTypes: Map<string, IdType> = findIdTypes(start)): CompiledSchema {
  const idAttributeLocals = new Set([...idTypes.keys()].map((k) => k.slice(k.lastIndexOf('}') + 1)));
  return { builder, start, derivatives: new Derivatives(builder, start), idTypes, idAttributeLocals };
}

/** Every element pattern reachable from `start`. */
export function reachableElements(start: Pattern): Pattern[] {
  const out: Pattern[] = [];
  const seen = new Set<Pattern>();
  const stack = [start];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    switch (p.kind) {
      case K.Choice: case K.Group: case K.Interleave: case K.After:
        stack.push(p.p1!, p.p2!);
        break;
      case K.OneOrMore:
        stack.push(p.p1!);
        break;
      case K.Element:
        out.push(p);
        stack.push(p.content!);
        break;
    }
  }
  return out;
}

function idTypeOf(p: Pattern): IdType | undefined {
  switch (p.kind) {
    case K.Data: case K.DataExcept: case K.Value:
      return p.datatype!.idType;
    case K.Choice:
      return idTypeOf(p.p1!) ?? idTypeOf(p.p2!);
    default:
      return undefined;
  }
}

/** The ID-type of every (element, attribute) pair of names that has one. */
export function findIdTypes(start: Pattern): Map<string, IdType> {
  const map = new Map<string, IdType>();
  for (const element of reachableElements(start)) {
    const elementNames = listedNames(element.nameClass!);
    if (elementNames.length === 0) continue;
    // Attributes of this element: its content down to (not into) child elements.
    const seen = new Set<Pattern>();
    const stack = [element.content!];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      if (p.kind === K.Choice || p.kind === K.Group || p.kind === K.Interleave) stack.push(p.p1!, p.p2!);
      else if (p.kind === K.OneOrMore) stack.push(p.p1!);
      else if (p.kind === K.Attribute) {
        const type = idTypeOf(p.content!);
        if (!type) continue;
        for (const a of listedNames(p.nameClass!)) for (const e of elementNames) map.set(`${nameKey(e.uri, e.local)} ${nameKey(a.uri, a.local)}`, type);
      }
    }
  }
  return map;
}
