/**
 * What translating one spec set needs to know: the specs by ident, the
 * members of each class in document order, the pattern prefix, and the
 * `anyElement` patterns made so far.
 */
import type { Spec, SpecSet } from './odd-model.js';
import type { RNode } from './rng-node.js';

export interface RngScope {
  set: SpecSet;
  byIdent: Map<string, Spec>;
  /** Class ident to the element and class specs that are its members, in document order. */
  members: Map<string, Spec[]>;
  /** The schemaSpec's @prefix, put before every pattern name. */
  prefix: string;
  /** Idents the customisation deletes. */
  deleted: Set<string>;
  /** Defines of the `anyElement` patterns, made as the content models name them. */
  anyElementDefines: RNode[];
  /** The spec being translated (anyElement patterns are named after it). */
  current?: Spec;
}

const SUFFIX = /_(alternation|sequenceOptionalRepeatable|sequenceOptional|sequenceRepeatable|sequence)$/;

export function createScope(set: SpecSet, deleted: Set<string>): RngScope {
  const byIdent = new Map<string, Spec>();
  const members = new Map<string, Spec[]>();
  for (const s of set.specs) {
    if (!byIdent.has(s.ident)) byIdent.set(s.ident, s);
    if (s.kind === 'elementSpec' || s.kind === 'classSpec') {
      for (const m of s.classes) {
        const list = members.get(m.key) ?? [];
        if (!list.includes(s)) list.push(s);
        members.set(m.key, list);
      }
    }
  }
  return { set, byIdent, members, prefix: set.prefix, deleted, anyElementDefines: [] };
}

/** The pattern name of a spec (its own @prefix, else the schema's). */
export function patternName(scope: RngScope, spec: Spec, suffix = ''): string {
  return `${spec.prefix ?? scope.prefix}${spec.ident}${suffix}`;
}

/** The pattern name a reference to `name` becomes (the TEI's generateRefPrefix). */
export function refName(scope: RngScope, name: string): string {
  const spec = scope.byIdent.get(name.replace(SUFFIX, ''));
  if (!spec) return name;
  if (spec.prefix && name.startsWith(spec.prefix)) return name;
  return `${spec.prefix ?? scope.prefix}${name}`;
}
