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
import { elementsInOrder, type XmlDocument, type XmlElement, type XmlParent, type XmlText } from '../parse/xml-tree.js';
import { attributeNamespace, sourceParent, type SourceNode } from './source-nodes.js';

/** DOM node type numbers that fontoxpath understands. */
export const ELEMENT_NODE = 1;
export const ATTRIBUTE_NODE = 2;
export const TEXT_NODE = 3;
export const PROCESSING_INSTRUCTION_NODE = 7;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;

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
  private all: readonly XmlElement[] | undefined;

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
    const all = elementsInOrder(this.source);
    const byName = new Map<string, Map<string, XmlElement[]>>();
    for (const e of all) {
      let byLocal = byName.get(e.uri);
      if (!byLocal) byName.set(e.uri, (byLocal = new Map()));
      const list = byLocal.get(e.local);
      if (list) list.push(e);
      else byLocal.set(e.local, [e]);
    }
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

/** The key of an element or attribute name in the indexes. */
export function nameKey(uri: string, local: string): string {
  return `${uri}|${local}`;
}

/** True when `ancestor` is `node` or one of its ancestors. */
export function isAncestorOrSelf(ancestor: AdaptedNode, node: AdaptedNode): boolean {
  for (let n: AdaptedNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

