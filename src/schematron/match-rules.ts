/**
 * Finds the rules whose context matches a node. Rules are indexed by what
 * their context's last step can match (element name, namespace, required
 * attribute, node kind), so a node is only ever tested against the few
 * rules that could apply to it; the structural check then walks up its
 * ancestors. This is what keeps validation linear in document size.
 */
import type { ContextMatcher, NodeTest, PathMatcher } from './analyse-context.js';
export type { NodeKinds } from './source-nodes.js';
import type { XmlAttribute, XmlElement } from '../parse/xml-tree.js';
import { attributeNamespace, sourceParent, type NodeKinds, type SourceNode } from './source-nodes.js';

/** Something with a context matcher and a position in schema order. */
export interface Dispatchable {
  matcher: ContextMatcher;
  /** Schema order: candidates come back sorted by it. */
  order: number;
}

/** Indexes rules by the names and kinds their contexts can match. */
export class RuleDispatcher<T extends Dispatchable> {
  readonly kinds: NodeKinds = { attributes: false, text: false, comments: false, pis: false, document: false };
  private readonly byKey = new Map<string, T[]>();
  /** Attribute names (`uri|local`) some rule requires on its context element, numbered. */
  private readonly requiredAttributes = new Map<string, number>();
  /** The same numbers by namespace and local name, to look up without building strings. */
  private readonly requiredByName = new Map<string, Map<string, number>>();
  /** Attribute candidates by prefix (only the unprefixed and `xml:` ones) and local name. */
  private readonly attributeCache = new Map<string, Map<string, T[]>>();
  /** Element candidates by namespace, local name and the set of required attributes present. */
  private readonly elementCache = new Map<string, Map<string, Map<number | string, T[]>>>();
  /** Rules tested on every node: `.` contexts and fallback (set) matchers. */
  private readonly always: T[] = [];
  private readonly cache = new Map<string, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      if (item.matcher.kind === 'set') {
        this.always.push(item);
        Object.assign(this.kinds, { attributes: true, text: true, comments: true, pis: true, document: true });
        continue;
      }
      for (const path of item.matcher.paths) this.register(path, item);
    }
  }

  private register(path: PathMatcher, item: T): void {
    const test = path.steps[0]!.test;
    let key: string;
    switch (test.kind) {
      case 'element':
        // `/x` matches the root element only: kept apart, or `/*` would be tried on every element.
        key = `${path.rooted && path.steps.length === 1 ? 'RE' : 'E'}|${test.uri ?? '*'}|${test.local ?? '*'}`;
        if (path.requiredAttribute) {
          const { uri, local } = path.requiredAttribute;
          const attr = `${uri}|${local}`;
          if (!this.requiredAttributes.has(attr)) {
            const number = this.requiredAttributes.size;
            this.requiredAttributes.set(attr, number);
            if (!this.requiredByName.has(uri)) this.requiredByName.set(uri, new Map());
            this.requiredByName.get(uri)!.set(local, number);
          }
          key += `@${attr}`;
        }
        break;
      case 'attribute':
        this.kinds.attributes = true;
        key = `A|${test.uri ?? '*'}|${test.local ?? '*'}`;
        break;
      case 'text':
        this.kinds.text = true;
        key = 'T';
        break;
      case 'comment':
        this.kinds.comments = true;
        key = 'C';
        break;
      case 'pi':
        this.kinds.pis = true;
        key = `P|${test.target ?? '*'}`;
        break;
      case 'node':
        Object.assign(this.kinds, { text: true, comments: true, pis: true });
        key = 'N';
        break;
      case 'document':
        this.kinds.document = true;
        key = 'D';
        break;
      case 'any':
        Object.assign(this.kinds, { attributes: true, text: true, comments: true, pis: true, document: true });
        if (!this.always.includes(item)) this.always.push(item);
        return;
    }
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [item]);
    else if (!list.includes(item)) list.push(item);
  }

  /** The rules that may match `node`, in schema order (each once). */
  candidates(node: SourceNode): T[] {
    if (node.type === 'element') return this.elementCandidates(node);
    if (node.type === 'attribute') return this.attributeCandidates(node);
    let signature: string;
    let keys: string[];
    switch (node.type) {
      case 'text':
        signature = 'T';
        keys = ['T', 'N'];
        break;
      case 'comment':
        signature = 'C';
        keys = ['C', 'N'];
        break;
      case 'pi':
        signature = `P${node.target}`;
        keys = [`P|${node.target}`, 'P|*', 'N'];
        break;
      default:
        signature = 'D';
        keys = ['D'];
    }
    let found = this.cache.get(signature);
    if (!found) {
      found = this.collect(keys);
      this.cache.set(signature, found);
    }
    return found;
  }

  /**
   * Elements are most nodes, so their lookup builds no strings: candidates
   * are cached per name and per set of required attributes present (a bit
   * mask while there are at most 30 such attributes).
   */
  private elementCandidates(node: XmlElement): T[] {
    const uri = node.uri;
    const local = node.local;
    let byLocal = this.elementCache.get(uri);
    if (!byLocal) this.elementCache.set(uri, (byLocal = new Map()));
    let byAttributes = byLocal.get(local);
    if (!byAttributes) byLocal.set(local, (byAttributes = new Map()));
    let present: number | string = 0;
    let numbers: number[] | undefined;
    if (this.requiredAttributes.size) {
      const small = this.requiredAttributes.size <= 30;
      for (const a of node.attributes) {
        // Unprefixed attributes are in no namespace: skip the namespace lookup for them.
        const number = this.requiredByName.get(a.prefix ? attributeNamespace(a) : '')?.get(a.local);
        if (number === undefined) continue;
        if (small) present = (present as number) | (1 << number);
        else (numbers ??= []).push(number);
      }
      if (!small) present = (numbers ?? []).sort((a, b) => a - b).join(',');
    }
    const root = node.parent.type === 'document';
    let found = root ? undefined : byAttributes.get(present);
    if (!found) {
      const mask = present;
      const listed = numbers ?? [...this.requiredAttributes.values()].filter((n) => typeof mask === 'number' && (mask & (1 << n)) !== 0);
      const names = [`E|${uri}|${local}`, `E|${uri}|*`, `E|*|${local}`, 'E|*|*'];
      // The root element (one per document, not cached) also meets the rules rooted at it.
      if (root) names.push(...names.map((n) => `R${n}`));
      const keys = [...names, 'N'];
      const attributeKeys = [...this.requiredAttributes].filter(([, n]) => listed.includes(n)).map(([attr]) => attr);
      for (const attr of attributeKeys) for (const n of names) keys.push(`${n}@${attr}`);
      found = this.collect(keys);
      if (!root) byAttributes.set(present, found);
    }
    return found;
  }

  /** Attributes are numerous too: candidates cached per prefix and local name, no strings built. */
  private attributeCandidates(node: XmlAttribute): T[] {
    let byLocal = this.attributeCache.get(node.prefix);
    if (!byLocal) this.attributeCache.set(node.prefix, (byLocal = new Map()));
    let found = byLocal.get(node.local);
    if (!found) {
      // Keyed by prefix, not namespace: an unprefixed attribute is always in no namespace, and a
      // prefix rebound to another namespace inside one document is resolved here instead.
      const uri = attributeNamespace(node);
      found = this.collect([`A|${uri}|${node.local}`, `A|${uri}|*`, `A|*|${node.local}`, 'A|*|*']);
      if (node.prefix === '' || node.prefix === 'xml') byLocal.set(node.local, found);
    }
    return found;
  }

  private collect(keys: readonly string[]): T[] {
    const found = new Set<T>(this.always);
    for (const k of keys) for (const item of this.byKey.get(k) ?? []) found.add(item);
    return [...found].sort((a, b) => a.order - b.order);
  }
}

/** Evaluates one predicate (EBV) with `node` as the context item. */
export type PredicateTest = (predicate: PathMatcher['steps'][number]['predicates'][number], node: SourceNode) => boolean;

/** True when `node` matches one of the alternatives of a path matcher. */
export function matchesPaths(paths: readonly PathMatcher[], node: SourceNode, test: PredicateTest): boolean {
  for (const path of paths) {
    // Names and ancestry first: they cost nothing, while a predicate is an XPath evaluation.
    if (!matchStep(path, 0, node, undefined)) continue;
    if (!path.steps.some((s) => s.predicates.length) || matchStep(path, 0, node, test)) return true;
  }
  return false;
}

/** Matches step `index` and the steps before it; predicates are skipped when `test` is undefined. */
function matchStep(path: PathMatcher, index: number, node: SourceNode, test: PredicateTest | undefined): boolean {
  const step = path.steps[index]!;
  if (!nodeTestMatches(step.test, node)) return false;
  if (index === 0 && path.requiredAttribute && !hasAttribute(node, path.requiredAttribute.uri, path.requiredAttribute.local)) return false;
  if (test) for (const p of step.predicates) if (!test(p, node)) return false;
  const parent = sourceParent(node);
  if (index === path.steps.length - 1) return !path.rooted || parent?.type === 'document';
  if (path.links[index] === 'parent') return parent !== null && matchStep(path, index + 1, parent, test);
  for (let a = parent; a; a = sourceParent(a)) if (matchStep(path, index + 1, a, test)) return true;
  return false;
}

/** True when `node` passes one step's node test. */
export function nodeTestMatches(test: NodeTest, node: SourceNode): boolean {
  switch (test.kind) {
    case 'element':
      return node.type === 'element' && (test.uri === undefined || node.uri === test.uri) && (test.local === undefined || node.local === test.local);
    case 'attribute':
      return node.type === 'attribute' && (test.uri === undefined || attributeNamespace(node) === test.uri) && (test.local === undefined || node.local === test.local);
    case 'text':
      return node.type === 'text';
    case 'comment':
      return node.type === 'comment';
    case 'pi':
      return node.type === 'pi' && (test.target === undefined || node.target === test.target);
    case 'node':
      return node.type === 'element' || node.type === 'text' || node.type === 'comment' || node.type === 'pi';
    case 'document':
      return node.type === 'document';
    case 'any':
      return true;
  }
}

function hasAttribute(node: SourceNode, uri: string, local: string): boolean {
  if (node.type !== 'element') return false;
  for (const a of node.attributes) if (a.local === local && attributeNamespace(a) === uri) return true;
  return false;
}
