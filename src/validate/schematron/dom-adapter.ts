/**
 * Presents our positioned tree to fontoxpath. fontoxpath evaluates XPath
 * over any tree through a "DOM facade" and reads a few DOM properties
 * (`nodeType`, `localName`, …) from the nodes themselves, so a node gets a
 * small adapter object that also points back to the original node: that
 * back-pointer is what lets a failed assert report the exact line and
 * column, without re-parsing the document.
 *
 * Adapters are made lazily, only for nodes an XPath expression actually
 * touches (a rule's context node, its attributes, the ancestors or
 * descendants it walks), and exactly once per node so that XPath node
 * identity holds. Most nodes of a large document are never touched: making
 * an adapter for each would cost as much as parsing.
 */
import type { DomFacade } from './fontoxpath.js';
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlParent, XmlText } from '../../parse/xml-tree.js';
import { XML_NS } from '../../parse/xml-tree.js';

/** DOM node type numbers that fontoxpath understands. */
export const ELEMENT_NODE = 1;
export const ATTRIBUTE_NODE = 2;
export const TEXT_NODE = 3;
export const PROCESSING_INSTRUCTION_NODE = 7;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

/** A node of our tree, as rules see it. */
export type SourceNode = XmlDocument | XmlNode | XmlAttribute;

/**
 * One node as fontoxpath sees it. All fields exist on every instance (with
 * `null` where the DOM has none) so V8 keeps a single hidden class.
 */
export class AdaptedNode {
  nodeName = '';
  localName: string | null = null;
  namespaceURI: string | null = null;
  prefix: string | null = null;
  /** Attribute name (DOM `Attr.name`). */
  name: string | null = null;
  /** Attribute value. */
  value: string | null = null;
  /** Character data of text (adjacent text and CDATA merged), comments and processing instructions. */
  data: string | null = null;
  /** Processing instruction target. */
  target: string | null = null;
  /** Position among the parent's children, once the parent's children are listed. */
  index = -1;
  private kids: AdaptedNode[] | undefined;
  private attrs: AdaptedNode[] | undefined;
  private up: AdaptedNode | null | undefined;

  constructor(
    readonly nodeType: number,
    /** The node of our tree (the first one, for merged text). */
    readonly source: SourceNode,
    readonly owner: AdaptedDocument,
  ) {}

  /** Position in document order: the source offset (the document node comes first). */
  get order(): number {
    return this.source.type === 'document' ? -1 : this.source.start;
  }

  get parent(): AdaptedNode | null {
    if (this.up === undefined) {
      const p = sourceParent(this.source);
      this.up = p ? this.owner.adapt(p) : null;
    }
    return this.up;
  }

  get children(): AdaptedNode[] {
    if (!this.kids) {
      const s = this.source;
      this.kids = s.type === 'document' || s.type === 'element' ? this.owner.childrenOf(s) : [];
    }
    return this.kids;
  }

  get attributes(): AdaptedNode[] {
    if (!this.attrs) this.attrs = this.source.type === 'element' ? this.source.attributes.map((a) => this.owner.adapt(a)) : [];
    return this.attrs;
  }

  /** Position among siblings; lists the parent's children on first use. */
  siblingIndex(): number {
    if (this.index < 0) void this.parent?.children;
    return this.index;
  }
}

/** The facade fontoxpath calls to walk adapted trees (see fontoxpath's `IDomFacade`). */
const facade = {
  getAllAttributes: (node: AdaptedNode): AdaptedNode[] => node.attributes,
  getAttribute(node: AdaptedNode, attributeName: string): string | null {
    if (node.source.type !== 'element') return null;
    for (const a of node.source.attributes) if (a.name === attributeName) return a.value;
    return null;
  },
  getChildNodes: (node: AdaptedNode): AdaptedNode[] => node.children,
  getData: (node: AdaptedNode): string => (node.nodeType === ATTRIBUTE_NODE ? node.value : node.data) ?? '',
  getFirstChild: (node: AdaptedNode): AdaptedNode | null => node.children[0] ?? null,
  getLastChild: (node: AdaptedNode): AdaptedNode | null => node.children[node.children.length - 1] ?? null,
  getNextSibling: (node: AdaptedNode): AdaptedNode | null => sibling(node, 1),
  getPreviousSibling: (node: AdaptedNode): AdaptedNode | null => sibling(node, -1),
  getParentNode: (node: AdaptedNode): AdaptedNode | null => node.parent,
};
/** The facade, typed as fontoxpath expects (its DOM types are structural stand-ins for our adapter nodes). */
export const adaptedDomFacade: DomFacade = facade;

function sibling(node: AdaptedNode, step: number): AdaptedNode | null {
  if (node.nodeType === ATTRIBUTE_NODE || node.nodeType === DOCUMENT_NODE) return null;
  const parent = node.parent;
  return parent ? parent.children[node.siblingIndex() + step] ?? null : null;
}

/** A document as XPath sees it, with adapters made on demand and name indexes built on first use. */
export class AdaptedDocument {
  readonly root: AdaptedNode;
  private readonly adapters = new Map<SourceNode, AdaptedNode>();
  private byName: Map<string, Map<string, XmlElement[]>> | undefined;
  private all: XmlElement[] | undefined;

  constructor(readonly source: XmlDocument) {
    this.root = this.adapt(source);
  }

  /**
   * The one adapter of `node` (a later text node of a merged run maps to the
   * run's adapter). `text` is the merged run's text when the caller knows it.
   */
  adapt(node: SourceNode, text?: string): AdaptedNode {
    let adapted = this.adapters.get(node);
    if (adapted) return adapted;
    if (node.type === 'text' && text === undefined) {
      const first = firstOfTextRun(node);
      if (first !== node) return this.adapt(first);
      text = textOfRun(node);
    }
    adapted = create(node, this);
    if (text !== undefined) adapted.data = text;
    this.adapters.set(node, adapted);
    return adapted;
  }

  /** Adapters of the children of `parent`, with adjacent text merged as XPath's data model requires. */
  childrenOf(parent: XmlParent): AdaptedNode[] {
    const out: AdaptedNode[] = [];
    const children = parent.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      let a: AdaptedNode;
      if (child.type === 'text') {
        if (parent.type === 'document') continue;
        let text = child.value;
        while (children[i + 1]?.type === 'text') text += (children[++i] as XmlText).value;
        a = this.adapt(child, text);
      } else a = this.adapt(child);
      a.index = out.length;
      out.push(a);
    }
    return out;
  }

  /** Elements with this namespace and local name, in document order. */
  elementsByName(uri: string, local: string): readonly XmlElement[] {
    return this.index().get(uri)?.get(local) ?? [];
  }

  /** Elements in namespace `uri`, in document order. */
  elementsByNamespace(uri: string): readonly XmlElement[] {
    const byLocal = this.index().get(uri);
    if (!byLocal) return [];
    return [...byLocal.values()].flat().sort((a, b) => a.start - b.start);
  }

  /** Every element, in document order. */
  elements(): readonly XmlElement[] {
    this.index();
    return this.all!;
  }

  /** Builds the name index on first use (one walk; nested maps, so no key strings are built per element). */
  private index(): Map<string, Map<string, XmlElement[]>> {
    if (this.byName) return this.byName;
    const all: XmlElement[] = [];
    const byName = new Map<string, Map<string, XmlElement[]>>();
    walkElements(this.source, (e) => {
      all.push(e);
      let byLocal = byName.get(e.uri);
      if (!byLocal) byName.set(e.uri, (byLocal = new Map()));
      const list = byLocal.get(e.local);
      if (list) list.push(e);
      else byLocal.set(e.local, [e]);
    });
    this.all = all;
    this.byName = byName;
    return byName;
  }
}

/** Adapts `document` for XPath; cheap, since nodes are adapted only when touched. */
export function adaptDocument(document: XmlDocument): AdaptedDocument {
  return new AdaptedDocument(document);
}

function create(node: SourceNode, owner: AdaptedDocument): AdaptedNode {
  switch (node.type) {
    case 'document': {
      const a = new AdaptedNode(DOCUMENT_NODE, node, owner);
      a.nodeName = '#document';
      return a;
    }
    case 'element': {
      const a = new AdaptedNode(ELEMENT_NODE, node, owner);
      a.nodeName = node.name;
      a.localName = node.local;
      a.namespaceURI = node.uri || null;
      a.prefix = node.prefix || null;
      return a;
    }
    case 'attribute': {
      const a = new AdaptedNode(ATTRIBUTE_NODE, node, owner);
      a.nodeName = a.name = node.name;
      a.localName = node.local;
      a.namespaceURI = attributeNamespace(node) || null;
      a.prefix = node.prefix || null;
      a.value = node.value;
      return a;
    }
    case 'text': {
      const a = new AdaptedNode(TEXT_NODE, node, owner);
      a.nodeName = '#text';
      a.data = node.value;
      return a;
    }
    case 'comment': {
      const a = new AdaptedNode(COMMENT_NODE, node, owner);
      a.nodeName = '#comment';
      a.data = node.value;
      return a;
    }
    case 'pi': {
      const a = new AdaptedNode(PROCESSING_INSTRUCTION_NODE, node, owner);
      a.nodeName = a.target = node.target;
      a.data = node.data;
      return a;
    }
  }
}

/** The parent of a node in our tree (an attribute's is its element). */
export function sourceParent(node: SourceNode): SourceNode | null {
  if (node.type === 'document') return null;
  if (node.type === 'attribute') return node.owner;
  return node.parent;
}

/** True when a text node continues a run of text (and so shares the run's XPath node). */
export function continuesTextRun(node: XmlText): boolean {
  const siblings = node.parent.children;
  const i = siblings.indexOf(node);
  return i > 0 && siblings[i - 1]!.type === 'text';
}

function firstOfTextRun(node: XmlText): XmlText {
  const siblings = node.parent.children;
  let i = siblings.indexOf(node);
  while (i > 0 && siblings[i - 1]!.type === 'text') i--;
  return siblings[i] as XmlText;
}

function textOfRun(first: XmlText): string {
  const siblings = first.parent.children;
  let text = '';
  for (let i = siblings.indexOf(first); i < siblings.length && siblings[i]!.type === 'text'; i++) text += (siblings[i] as XmlText).value;
  return text;
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

/** Calls `visit` for every element of `document` in document order, without recursion. */
export function walkElements(document: XmlDocument, visit: (e: XmlElement) => void): void {
  const stack: XmlElement[] = [document.root];
  while (stack.length) {
    const e = stack.pop()!;
    visit(e);
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
}

/** The key of an element or attribute name in the indexes. */
export function nameKey(uri: string, local: string): string {
  return `${uri}|${local}`;
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

/** True when `ancestor` is `node` or one of its ancestors. */
export function isAncestorOrSelf(ancestor: AdaptedNode, node: AdaptedNode): boolean {
  for (let n: AdaptedNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
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
