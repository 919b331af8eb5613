/**
 * Our positioned tree as Schematron rules see it: the node kinds, parents
 * (an attribute's is its element), attribute namespaces, document-order
 * walks, and where a node is in the source. Rule dispatch and matching work
 * on these nodes directly; only nodes an XPath expression touches ever get
 * an adapter (dom-adapter.ts).
 */
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from '../parse/xml-tree.js';
import { XML_NS } from '../parse/xml-tree.js';

/** A node of our tree, as rules see it. */
export type SourceNode = XmlDocument | XmlNode | XmlAttribute;

/** The parent of a node in our tree (an attribute's is its element). */
export function sourceParent(node: SourceNode): SourceNode | null {
  if (node.type === 'document') return null;
  if (node.type === 'attribute') return node.owner;
  return node.parent;
}

/**
 * The namespace of an attribute. Prefer what the parser recorded; when it
 * recorded none for a prefixed name, resolve the prefix from the in-scope
 * declarations (the `xml` prefix is bound by definition).
 */
export function attributeNamespace(a: XmlAttribute): string {
  if (a.uri) return a.uri;
  if (!a.prefix) return '';
  if (a.prefix === 'xml') return XML_NS;
  for (let e: XmlElement | XmlDocument = a.owner; e.type === 'element'; e = e.parent) {
    const uri = e.namespaceDeclarations[a.prefix];
    if (uri !== undefined) return uri;
  }
  return '';
}

/** The offset in the source text that a diagnostic about `node` should point at. */
export function sourceOffset(node: SourceNode): number {
  return node.type === 'document' ? node.root.start : node.start;
}

/**
 * An XPath to `node` in the style of `xpathOf` (positional steps, `tei:`
 * prefix), extended to text, comments, PIs and the document node.
 */
export function sourceXpath(node: SourceNode, xpathOf: (n: XmlElement | XmlAttribute) => string): string {
  if (node.type === 'document') return '/';
  if (node.type === 'element' || node.type === 'attribute') return xpathOf(node);
  const parent = node.parent;
  const test = node.type === 'text' ? 'text()' : node.type === 'comment' ? 'comment()' : 'processing-instruction()';
  let position = 0;
  let previousText = false;
  for (const sibling of parent.children) {
    const merged = sibling.type === 'text' && previousText;
    previousText = sibling.type === 'text';
    if (sibling.type === node.type && !merged) position++;
    if (sibling === node) break;
  }
  return `${parent.type === 'document' ? '' : xpathOf(parent)}/${test}[${position}]`;
}

/** The normalised `xml:id` of an element, if it has one (xml:id values are whitespace-normalised by definition). */
export function xmlIdOf(element: XmlElement): string | undefined {
  for (const a of element.attributes) if (a.local === 'id' && attributeNamespace(a) === XML_NS) return a.value.replace(/[ \t\r\n]+/g, ' ').trim();
  return undefined;
}

/** Which node kinds a walk visits besides elements. */
export interface NodeKinds {
  attributes: boolean;
  text: boolean;
  comments: boolean;
  pis: boolean;
  document: boolean;
}

/**
 * Visits the nodes of `document` in document order: the document node,
 * then each element followed by its attributes and its content. Kinds not
 * asked for are skipped; a run of adjacent text is visited once (as its
 * first node), since XPath sees it as one text node.
 */
export function walkNodes(document: XmlDocument, kinds: NodeKinds, visit: (node: SourceNode) => void): void {
  if (kinds.document) visit(document);
  const others = kinds.text || kinds.comments || kinds.pis;
  const stack: XmlNode[] = [];
  for (let i = document.children.length - 1; i >= 0; i--) stack.push(document.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'element') {
      if ((node.type === 'comment' && kinds.comments) || (node.type === 'pi' && kinds.pis) || (node.type === 'text' && kinds.text && node.parent.type === 'element')) visit(node);
      continue;
    }
    visit(node);
    if (kinds.attributes) for (const a of node.attributes) visit(a);
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i]!;
      if (c.type === 'element' || (others && !(c.type === 'text' && children[i - 1]?.type === 'text'))) stack.push(c);
    }
  }
}
