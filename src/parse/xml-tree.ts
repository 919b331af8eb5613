/**
 * The parsed document: a small, namespace-aware tree in which every node
 * keeps the offsets of its markup in the source text. Validation layers walk
 * it and turn offsets into `file:line:col`; nothing here depends on saxes.
 */
import type { LineColumn } from './line-index.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XI_NS = 'http://www.w3.org/2001/XInclude';

export type XmlNode = XmlElement | XmlText | XmlComment | XmlProcessingInstruction;
export type XmlParent = XmlDocument | XmlElement;

/** What the DOCTYPE declaration said, and which entities it declared. */
export interface DoctypeInfo {
  name: string;
  publicId?: string;
  systemId?: string;
  /** Internal general entities, name to replacement text (character references already expanded). */
  internalEntities: Map<string, string>;
  /** External general entities, name to system identifier: declared but never read. */
  externalEntities: Map<string, string>;
  /** Offsets of the whole declaration in the source text. */
  start: number;
  end: number;
}

export interface XmlDeclaration {
  version: string;
  encoding?: string;
  standalone?: string;
}

export interface XmlDocument {
  type: 'document';
  children: XmlNode[];
  /** The root element. */
  root: XmlElement;
  doctype?: DoctypeInfo;
  xmlDeclaration?: XmlDeclaration;
  /** Turns an offset stored on a node into a 1-based line and column of the original source. */
  locate(offset: number): LineColumn;
}

export interface XmlElement {
  type: 'element';
  /** The qualified name as written, e.g. `tei:p` or `p`. */
  name: string;
  prefix: string;
  local: string;
  /** Namespace URI; the empty string for no namespace. */
  uri: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  parent: XmlParent;
  /** Namespace declarations made on this element (prefix, '' for the default, to URI). */
  namespaceDeclarations: Record<string, string>;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the `>` of the start tag. */
  startTagEnd: number;
  /** Offset just after the `>` of the end tag (equal to startTagEnd for `<empty/>`). */
  end: number;
}

export interface XmlAttribute {
  type: 'attribute';
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
  /** Offset of the first character of the attribute name. */
  start: number;
  owner: XmlElement;
}

export interface XmlText {
  type: 'text';
  value: string;
  /** True for a CDATA section. */
  cdata: boolean;
  start: number;
  end: number;
  parent: XmlParent;
}

export interface XmlComment {
  type: 'comment';
  value: string;
  start: number;
  parent: XmlParent;
}

export interface XmlProcessingInstruction {
  type: 'pi';
  target: string;
  data: string;
  start: number;
  parent: XmlParent;
}

/** The value of the attribute with this namespace URI and local name, if present. */
export function getAttribute(element: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** The attribute node with this namespace URI and local name, if present. */
export function getAttributeNode(element: XmlElement, local: string, uri = ''): XmlAttribute | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a;
  return undefined;
}

/** Element children only, in document order. */
export function childElements(parent: XmlParent): XmlElement[] {
  return parent.children.filter((n): n is XmlElement => n.type === 'element');
}

/** Every element below (and including) `from`, in document order, without recursion (deep trees are safe). */
export function* descendantElements(from: XmlParent): Generator<XmlElement> {
  const stack: XmlNode[] = [...from.children].reverse();
  if (from.type === 'element') yield from;
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

const inOrder = new WeakMap<XmlDocument, readonly XmlElement[]>();

/**
 * Every element of `document` in document order, listed once per tree and
 * kept (trees are not changed after parsing): XInclude resolution, the
 * references layer and Schematron's name index all read this one list
 * instead of each walking the tree.
 */
export function elementsInOrder(document: XmlDocument): readonly XmlElement[] {
  let list = inOrder.get(document);
  if (!list) {
    const found: XmlElement[] = [];
    const stack: XmlElement[] = [document.root];
    while (stack.length) {
      const e = stack.pop()!;
      found.push(e);
      for (let i = e.children.length - 1; i >= 0; i--) {
        const c = e.children[i]!;
        if (c.type === 'element') stack.push(c);
      }
    }
    inOrder.set(document, (list = found));
  }
  return list;
}

/** The string value of a node: all descendant text, in order. Iterative: any depth is safe. */
export function textContent(node: XmlParent | XmlNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'comment' || node.type === 'pi') return '';
  let out = '';
  const stack: XmlNode[] = [...node.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** The first element (in document order) nested more than `limit` levels deep, counting `from` as level 1, with its level. Iterative. */
export function elementDeeperThan(from: XmlElement, limit: number): { element: XmlElement; depth: number } | undefined {
  const stack: [XmlElement, number][] = [[from, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth > limit) return { element, depth };
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.type === 'element') stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

/**
 * The 1-based position of each element among its parent's element children
 * of the same name, filled a whole parent at a time on first use: a document
 * with many diagnostics under one parent then costs one pass over that
 * parent's children, not one per diagnostic.
 */
const positions = new WeakMap<XmlElement, number>();

/** Records the positions of every element child of `parent` (one pass). */
function indexChildren(parent: XmlParent): void {
  const counts = new Map<string, number>();
  for (const sibling of parent.children) {
    if (sibling.type !== 'element') continue;
    const key = `${sibling.uri}\u0000${sibling.local}`;
    const index = (counts.get(key) ?? 0) + 1;
    counts.set(key, index);
    positions.set(sibling, index);
  }
}

/** The position of `element` among its same-named siblings (the `[n]` of its XPath step). */
function positionOf(element: XmlElement): number {
  let index = positions.get(element);
  if (index === undefined) {
    // Not indexed yet, or added to its parent after the parent was indexed.
    indexChildren(element.parent);
    index = positions.get(element)!;
  }
  return index;
}

/**
 * An XPath that selects `node`, with positional predicates and namespace
 * prefixes `tei:` for TEI and `Q{uri}` otherwise, e.g. `/tei:TEI[1]/tei:text[1]/@who`.
 * Positions are computed once per parent (see `positions`), so the cost is
 * the depth of `node`, whatever the number of its siblings. The tree is
 * assumed not to be reordered after the first call.
 */
export function xpathOf(node: XmlElement | XmlAttribute): string {
  if (node.type === 'attribute') return `${xpathOf(node.owner)}/${attributeStep(node.uri, node.local)}`;
  const steps: string[] = [];
  let current: XmlElement = node;
  for (;;) {
    steps.push(elementStep(current.uri, current.local, positionOf(current)));
    const parent: XmlParent = current.parent;
    if (parent.type === 'document') break;
    current = parent;
  }
  return '/' + steps.reverse().join('/');
}

/** One step of an element's XPath as {@link xpathOf} writes it, e.g. `tei:p[3]` (shared with paths built without a tree). */
export function elementStep(uri: string, local: string, position: number): string {
  const qname = uri === TEI_NS ? `tei:${local}` : uri ? `Q{${uri}}${local}` : local;
  return `${qname}[${position}]`;
}

/** The last step of an attribute's XPath, e.g. `@xml:id`. */
export function attributeStep(uri: string, local: string): string {
  return `@${uri === XML_NS ? `xml:${local}` : uri ? `Q{${uri}}${local}` : local}`;
}
