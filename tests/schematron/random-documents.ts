/**
 * Random small TEI-like documents for property tests: a few element names in
 * two namespaces, attributes (some namespaced, some xml:id), text, comments,
 * so that name tests, axes, wildcards and attribute lookups all get
 * exercised against fontoxpath as the oracle.
 */
import fc from 'fast-check';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlDocument } from '../../src/parse/xml-tree.js';

export const TEI = 'http://www.tei-c.org/ns/1.0';
export const OTHER = 'urn:other';
export const NAMESPACES = { tei: TEI, o: OTHER };

interface Node {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Node | string>;
}

const names = fc.constantFrom('tei:p', 'tei:l', 'tei:note', 'o:p', 'tei:div');
const attributes = fc.uniqueArray(fc.tuple(fc.constantFrom('n', 'type', 'xml:id', 'o:n'), fc.constantFrom('1', '2', 'a', 'b', '')), {
  maxLength: 3,
  selector: ([k]) => k,
});
const text = fc.constantFrom('x', ' ', 'two words', '', '\n\t');

const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: names,
    attributes,
    children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, text, tie('node')), { maxLength: 4 }),
  }),
})).node;

function serialize(node: Node, root = false): string {
  const ns = root ? ` xmlns:tei="${TEI}" xmlns:o="${OTHER}"` : '';
  const attrs = node.attributes.map(([k, v]) => ` ${k}="${v}"`).join('');
  const content = node.children.map((c) => (typeof c === 'string' ? c : serialize(c))).join('');
  return `<${node.name}${ns}${attrs}>${content}<!--c--></${node.name}>`;
}

/** A random well-formed document, parsed into our tree (xml:id values are made unique so they stay IDs). */
export const randomDocument: fc.Arbitrary<{ text: string; document: XmlDocument }> = tree.map((root) => {
  let counter = 0;
  const fix = (n: Node) => {
    n.attributes = n.attributes.map(([k, v]) => (k === 'xml:id' ? [k, `id${counter++}`] : [k, v]));
    for (const c of n.children) if (typeof c !== 'string') fix(c);
  };
  fix(root);
  const text = serialize(root, true);
  const parsed = parseXml('random.xml', text);
  if (!parsed.document) throw new Error(`generated a malformed document: ${text}`);
  return { text, document: parsed.document };
});
