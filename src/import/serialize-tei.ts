/**
 * Serialises the draft with xmlbuilder2. Mixed content is written exactly as
 * built; only elements whose content is elements alone (the header's
 * containers, lists, body) are indented, so that indentation never adds
 * white space to the text of the record.
 */
import { create } from 'xmlbuilder2';
import { isElement, type XElement } from './xml-node.js';

type XMLBuilder = ReturnType<typeof create>;

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Elements whose content model holds no text: safe to indent. */
const CONTAINERS = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'publicationStmt', 'availability', 'sourceDesc', 'bibl',
  'msDesc', 'msIdentifier', 'altIdentifier', 'msContents', 'msItem', 'physDesc', 'objectDesc', 'additions', 'handDesc',
  'history', 'encodingDesc', 'samplingDecl', 'editorialDecl', 'correction', 'normalization', 'interpretation',
  'segmentation', 'profileDesc', 'abstract', 'langUsage', 'textClass', 'keywords', 'particDesc', 'settingDesc', 'listPerson',
  'person', 'listOrg', 'org', 'listPlace', 'place', 'revisionDesc', 'text', 'body', 'back', 'div', 'list', 'sp',
  'front', 'listBibl',
]);

/** Whether an element may be indented: a container whose children are all elements. */
function indentable(element: XElement): boolean {
  return CONTAINERS.has(element.name) && element.children.every((c) => isElement(c));
}

/**
 * xmlbuilder2 leaves "&name;" unescaped (it never double-encodes what looks like
 * an entity reference), so a printed "&A;" would become an entity. Every
 * ampersand is therefore given to it as "&amp;", which it keeps as it is.
 */
const amp = (text: string) => text.replace(/&/g, '&amp;');
const ampAttrs = (attrs: Record<string, string>) => Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, amp(v)]));

function writeChildren(node: XMLBuilder, element: XElement, depth: number): void {
  const indent = indentable(element) && element.children.length > 0;
  for (const child of element.children) {
    if (indent) node.txt(`\n${'  '.repeat(depth + 1)}`);
    if (isElement(child)) writeChildren(node.ele(child.name, ampAttrs(child.attrs)), child, depth + 1);
    else if (child) node.txt(amp(child));
  }
  if (indent) node.txt(`\n${'  '.repeat(depth)}`);
}

/** Processing instructions before the root, as target and data. */
export interface ProcessingInstruction {
  target: string;
  data: string;
}

/** Serialises `root` (a TEI element) as a UTF-8 XML document with the given processing instructions. */
export function serializeTei(root: XElement, instructions: readonly ProcessingInstruction[] = []): string {
  const prolog = instructions.map((pi) => create().ins(pi.target, pi.data).end({ headless: true }));
  const doc = create();
  // Children inherit the TEI namespace from the root.
  writeChildren(doc.ele(TEI_NS, root.name, ampAttrs(root.attrs)), root, 0);
  const body = doc.end({ headless: true });
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...prolog, body].join('\n') + '\n';
}
