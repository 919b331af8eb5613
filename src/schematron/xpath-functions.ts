/**
 * The XPath environment Schematron expressions run in: fontoxpath's XPath
 * 3.1 plus the XSLT functions Schematron rules rely on (`current()`,
 * `key()`) and index-backed replacements for lookups that would otherwise
 * scan the whole document for every node (`id()`, and `//name[@a = $x]`
 * rewritten by `rewrite-lookups.ts`). Every function reads the per-document
 * state passed as fontoxpath's `currentContext`, so nothing is global but
 * the one-time registration.
 */
import { fontoxpath } from './fontoxpath.js';
import type { XmlElement } from '../parse/xml-tree.js';
import { isAncestorOrSelf, nameKey, type AdaptedDocument, type AdaptedNode } from './dom-adapter.js';
import { attributeNamespace, xmlIdOf } from './source-nodes.js';

/** Namespace of the functions this module registers. */
export const SCH_FN_NS = 'urn:tei-edition:schematron';
const FN_NS = 'http://www.w3.org/2005/xpath-functions';

/** Prefixes that resolve even without an `sch:ns` declaration (as in XSLT processors). */
const WELL_KNOWN_NAMESPACES: Record<string, string> = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xs: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  fn: FN_NS,
  math: 'http://www.w3.org/2005/xpath-functions/math',
  map: 'http://www.w3.org/2005/xpath-functions/map',
  array: 'http://www.w3.org/2005/xpath-functions/array',
  err: 'http://www.w3.org/2005/xqt-errors',
};

/** The per-document state every custom function reads; `current` changes as rules fire. */
export interface EvaluationState {
  /** The node `current()` returns: the rule's context node (or the node a pattern is matched against). */
  current: AdaptedNode | null;
  document: AdaptedDocument;
  /** Element by normalised xml:id, built on the first `id()` call. */
  ids?: Map<string, XmlElement>;
  /** Elements by attribute (`uri|local`) and raw value, each built on first use. */
  attributeIndexes: Map<string, Map<string, XmlElement[]>>;
  /** Resolves `key(name, values)`; supplied by the runner, which knows the schema's `xsl:key`s. */
  lookupKey(name: string, values: string[]): AdaptedNode[];
}

/** A fresh state for one document. */
export function createEvaluationState(document: AdaptedDocument, lookupKey: EvaluationState['lookupKey']): EvaluationState {
  return { current: document.root, document, attributeIndexes: new Map(), lookupKey };
}

interface CallContext {
  currentContext: EvaluationState;
}

let registered = false;

/** Registers the custom functions with fontoxpath (once per process). */
export function registerSchematronFunctions(): void {
  if (registered) return;
  registered = true;
  const fn = (localName: string) => ({ namespaceURI: SCH_FN_NS, localName });
  fontoxpath.registerCustomXPathFunction(fn('current'), [], 'item()?', (ctx: CallContext) => ctx.currentContext.current);
  fontoxpath.registerCustomXPathFunction(fn('id'), ['xs:string*'], 'element()*', (ctx: CallContext, ids: string[]) => byId(ctx.currentContext, ids));
  fontoxpath.registerCustomXPathFunction(fn('id'), ['xs:string*', 'node()'], 'element()*', (ctx: CallContext, ids: string[], node: AdaptedNode) =>
    byId(ctx.currentContext, ids).filter((e) => root(e) === root(node)),
  );
  fontoxpath.registerCustomXPathFunction(fn('key'), ['xs:string', 'xs:anyAtomicType*'], 'node()*', (ctx: CallContext, name: string, values: unknown[]) =>
    ctx.currentContext.lookupKey(name, values.map(String)),
  );
  fontoxpath.registerCustomXPathFunction(fn('key'), ['xs:string', 'xs:anyAtomicType*', 'node()'], 'node()*', (ctx: CallContext, name: string, values: unknown[], top: AdaptedNode) =>
    ctx.currentContext.lookupKey(name, values.map(String)).filter((n) => isAncestorOrSelf(top, n)),
  );
  fontoxpath.registerCustomXPathFunction(fn('elements'), ['xs:string', 'xs:string'], 'element()*', (ctx: CallContext, uri: string, local: string) =>
    elementsNamed(ctx.currentContext.document, uri, local),
  );
  fontoxpath.registerCustomXPathFunction(
    fn('elements-with-attribute'),
    ['xs:string', 'xs:string', 'xs:string', 'xs:string', 'xs:anyAtomicType*', 'xs:boolean'],
    'element()*',
    (ctx: CallContext, uri: string, local: string, attrUri: string, attrLocal: string, values: unknown[], single: boolean) =>
      elementsWithAttribute(ctx.currentContext, uri, local, attrUri, attrLocal, values, single),
  );
}

function root(node: AdaptedNode): AdaptedNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** `fn:id`: every whitespace-separated token looked up in the xml:id index; document order, no duplicates. */
function byId(state: EvaluationState, ids: string[]): AdaptedNode[] {
  if (!state.ids) {
    state.ids = new Map();
    for (const element of state.document.elements()) {
      const id = xmlIdOf(element);
      if (id !== undefined && !state.ids.has(id)) state.ids.set(id, element);
    }
  }
  const found = new Set<AdaptedNode>();
  for (const value of ids) {
    for (const token of value.split(/[ \t\r\n]+/)) {
      const element = token ? state.ids.get(token) : undefined;
      if (element) found.add(state.document.adapt(element));
    }
  }
  return inDocumentOrder([...found]);
}

/** Elements with this name; `*` stands for any namespace or any local name. */
export function elementsNamed(document: AdaptedDocument, uri: string, local: string): AdaptedNode[] {
  let elements: readonly XmlElement[];
  if (uri !== '*' && local !== '*') elements = document.elementsByName(uri, local);
  else if (uri !== '*') elements = document.elementsByNamespace(uri);
  else if (local === '*') elements = document.elements();
  else elements = document.elements().filter((e) => e.local === local);
  return elements.map((e) => document.adapt(e));
}

function elementsWithAttribute(
  state: EvaluationState,
  uri: string,
  local: string,
  attrUri: string,
  attrLocal: string,
  values: unknown[],
  single: boolean,
): AdaptedNode[] {
  // `@a eq $x` with more than one value is a type error in XPath; keep it one.
  if (single && values.length > 1) throw new Error(`XPTY0004: a value comparison (eq) needs one value, but ${values.length} were given`);
  const key = nameKey(attrUri, attrLocal);
  let index = state.attributeIndexes.get(key);
  if (!index) {
    index = new Map();
    for (const element of state.document.elements()) {
      for (const a of element.attributes) {
        if (a.local !== attrLocal || attributeNamespace(a) !== attrUri) continue;
        const list = index.get(a.value);
        if (list) list.push(element);
        else index.set(a.value, [element]);
      }
    }
    state.attributeIndexes.set(key, index);
  }
  const found = new Set<AdaptedNode>();
  for (const value of values) {
    for (const element of index.get(String(value)) ?? []) {
      if ((uri === '*' || element.uri === uri) && (local === '*' || element.local === local)) found.add(state.document.adapt(element));
    }
  }
  return values.length > 1 ? inDocumentOrder([...found]) : [...found];
}

/** Sorts nodes by their position in the document. */
export function inDocumentOrder(nodes: AdaptedNode[]): AdaptedNode[] {
  return nodes.sort((a, b) => a.order - b.order);
}

/** fontoxpath options shared by every evaluation for one schema. */
export interface XPathOptions {
  namespaceResolver(prefix: string): string | null;
  functionNameResolver(qname: { prefix: string; localName: string }, arity: number): { namespaceURI: string; localName: string };
  currentContext: EvaluationState | null;
  language: string;
}

/** Functions whose unprefixed (or `fn:`) names mean the Schematron/XSLT versions, by arity. */
const OVERRIDDEN: Record<string, number[]> = { current: [0], id: [1, 2], key: [2, 3] };

/** Builds the options for a schema's namespace bindings (`sch:ns`, then the well-known prefixes). */
export function createXPathOptions(namespaces: Readonly<Record<string, string>>): XPathOptions {
  const resolve = (prefix: string): string | null => namespaces[prefix] ?? WELL_KNOWN_NAMESPACES[prefix] ?? null;
  return {
    namespaceResolver: resolve,
    functionNameResolver({ prefix, localName }, arity) {
      const uri = prefix === '' ? FN_NS : resolve(prefix);
      // fontoxpath expects a name back; an unknown prefix is a static error, reported as XPath would.
      if (uri === null) throw new Error(`XPST0081: The prefix ${prefix} could not be resolved.`);
      if (uri === FN_NS && OVERRIDDEN[localName]?.includes(arity)) return { namespaceURI: SCH_FN_NS, localName };
      return { namespaceURI: uri, localName };
    },
    currentContext: null,
    language: fontoxpath.evaluateXPath.XPATH_3_1_LANGUAGE,
  };
}
