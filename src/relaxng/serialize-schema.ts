/**
 * Writes a compiled schema's patterns as compact JSON and reads them back,
 * so that tei_all (a 1 MB schema) loads from the cache in milliseconds
 * instead of being parsed and simplified again. The format is versioned:
 * an entry of another version is recompiled, never trusted.
 */
import { createDatatype, type Datatype, type DatatypeSpec } from './datatypes/datatype.js';
import type { IdType } from './compiled-schema.js';
import type { NameClass } from './name-class.js';
import { K, PatternBuilder, type Kind, type Pattern } from './pattern.js';

/** Bump when the serialized form or the meaning of patterns changes. */
export const SCHEMA_FORMAT = 2;

/** The cached form of a compiled schema. */
export interface SerializedSchema {
  format: number;
  /** Files the schema was compiled from, with their SHA-256, to detect stale entries. */
  files: { path: string; sha256: string }[];
  /** Combined hash of those files. */
  hash: string;
  nameClasses: NameClass[];
  datatypes: DatatypeSpec[];
  /** Each node: [kind, ...operand indexes or table indexes]. Operands always come first. */
  nodes: (number | string)[][];
  /** [element node index, content node index]. */
  elementContent: [number, number][];
  start: number;
  /**
   * The ID-typed attributes (see `CompiledSchema.idTypes`): finding them walks
   * every element's attributes, a tenth of a second for tei_all, so a cached
   * schema carries them instead.
   */
  idTypes: [string, IdType][];
}

/** Serialises the patterns reachable from `start`. */
export function serializeSchema(start: Pattern, files: SerializedSchema['files'], hash: string, idTypes: ReadonlyMap<string, IdType>): SerializedSchema {
  const index = new Map<Pattern, number>();
  const nodes: (number | string)[][] = [];
  const nameClasses: NameClass[] = [];
  const ncIndex = new Map<string, number>();
  const datatypes: DatatypeSpec[] = [];
  const dtIndex = new Map<string, number>();
  const elementContent: [number, number][] = [];
  const pendingElements: Pattern[] = [];

  const nc = (n: NameClass) => {
    const key = JSON.stringify(n);
    let i = ncIndex.get(key);
    if (i === undefined) {
      i = nameClasses.push(n) - 1;
      ncIndex.set(key, i);
    }
    return i;
  };
  const dt = (d: Datatype) => {
    const key = JSON.stringify(d.spec);
    let i = dtIndex.get(key);
    if (i === undefined) {
      i = datatypes.push(d.spec) - 1;
      dtIndex.set(key, i);
    }
    return i;
  };
  const operands = (p: Pattern): Pattern[] => {
    switch (p.kind) {
      case K.Choice: case K.Group: case K.Interleave: return [p.p1!, p.p2!];
      case K.OneOrMore: case K.List: case K.DataExcept: return [p.p1!];
      case K.Attribute: return [p.content!];
      default: return [];
    }
  };
  const emit = (root: Pattern) => {
    // Iterative post-order, so deep content models cannot overflow the stack.
    const stack: { p: Pattern; expanded: boolean }[] = [{ p: root, expanded: false }];
    while (stack.length) {
      const top = stack.pop()!;
      if (index.has(top.p)) continue;
      const deps = operands(top.p).filter((d) => !index.has(d));
      if (!top.expanded && deps.length) {
        stack.push({ p: top.p, expanded: true });
        for (const d of deps) stack.push({ p: d, expanded: false });
        continue;
      }
      const p = top.p;
      const i = (id: Pattern) => index.get(id)!;
      let node: (number | string)[];
      switch (p.kind) {
        case K.Choice: case K.Group: case K.Interleave: node = [p.kind, i(p.p1!), i(p.p2!)]; break;
        case K.OneOrMore: case K.List: node = [p.kind, i(p.p1!)]; break;
        case K.Element: node = [p.kind, nc(p.nameClass!)]; pendingElements.push(p); break;
        case K.Attribute: node = [p.kind, nc(p.nameClass!), i(p.content!)]; break;
        case K.Data: node = [p.kind, dt(p.datatype!)]; break;
        case K.DataExcept: node = [p.kind, dt(p.datatype!), i(p.p1!)]; break;
        case K.Value: node = [p.kind, dt(p.datatype!), p.value!, p.rawValue!]; break;
        default: node = [p.kind];
      }
      index.set(p, nodes.push(node) - 1);
    }
  };
  emit(start);
  while (pendingElements.length) {
    const element = pendingElements.pop()!;
    emit(element.content!);
    elementContent.push([index.get(element)!, index.get(element.content!)!]);
  }
  return { format: SCHEMA_FORMAT, files, hash, nameClasses, datatypes, nodes, elementContent, start: index.get(start)!, idTypes: [...idTypes] };
}

/** Rebuilds patterns from their serialised form; throws on a malformed entry (the caller recompiles). */
export function deserializeSchema(s: SerializedSchema): { builder: PatternBuilder; start: Pattern; idTypes: Map<string, IdType> } {
  if (s.format !== SCHEMA_FORMAT) throw new Error(`cache format ${s.format}, expected ${SCHEMA_FORMAT}`);
  const builder = new PatternBuilder();
  const datatypes = s.datatypes.map((spec) => {
    const made = createDatatype(spec);
    if ('error' in made) throw new Error(made.error);
    return made.datatype;
  });
  const patterns: Pattern[] = [];
  const at = (i: number | string | undefined) => {
    const p = patterns[i as number];
    if (!p) throw new Error(`dangling pattern reference ${String(i)}`);
    return p;
  };
  for (const node of s.nodes) {
    const kind = node[0] as Kind;
    let p: Pattern;
    switch (kind) {
      case K.Choice: case K.Group: case K.Interleave: p = builder.restore(kind, at(node[1]), at(node[2]), null, null, null, null, null); break;
      case K.OneOrMore: case K.List: p = builder.restore(kind, at(node[1]), null, null, null, null, null, null); break;
      case K.Element: p = builder.restore(kind, null, null, s.nameClasses[node[1] as number]!, null, null, null, null); break;
      case K.Attribute: p = builder.restore(kind, null, null, s.nameClasses[node[1] as number]!, at(node[2]), null, null, null); break;
      case K.Data: p = builder.restore(kind, null, null, null, null, datatypes[node[1] as number]!, null, null); break;
      case K.DataExcept: p = builder.restore(kind, at(node[2]), null, null, null, datatypes[node[1] as number]!, null, null); break;
      case K.Value: p = builder.restore(kind, null, null, null, null, datatypes[node[1] as number]!, node[2] as string, node[3] as string); break;
      default: p = builder.restore(kind, null, null, null, null, null, null, null);
    }
    patterns.push(p);
  }
  for (const [element, content] of s.elementContent) at(element).content = at(content);
  if (!Array.isArray(s.idTypes)) throw new Error('the entry has no ID-type table');
  return { builder, start: at(s.start), idTypes: new Map(s.idTypes) };
}
