import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { xpathOf, XML_NS, type XmlElement } from '../../src/parse/xml-tree.js';
import { attributeNamespace, sourceOffset, sourceParent, sourceXpath, walkNodes, xmlIdOf, type SourceNode } from '../../src/schematron/source-nodes.js';

const TEXT = `<?pi x?><a xmlns="urn:a" xmlns:q="urn:q" xml:id=" one " q:k="v"><b>x<![CDATA[y]]>z</b><!--c--><b n="2"/>tail</a>`;
const doc = parseXml('t.xml', TEXT).document!;
const root = doc.root;
const b1 = root.children[0] as XmlElement;

describe('source nodes', () => {
  it('gives an attribute its element as parent, and the document none', () => {
    expect(sourceParent(root.attributes[0]!)).toBe(root);
    expect(sourceParent(root)).toBe(doc);
    expect(sourceParent(doc)).toBeNull();
  });

  it('resolves attribute namespaces, binding xml: by definition', () => {
    const [id, k] = root.attributes;
    expect(attributeNamespace(id!)).toBe(XML_NS);
    expect(attributeNamespace(k!)).toBe('urn:q');
    expect(attributeNamespace(b1.parent.type === 'element' ? (root.children[2] as XmlElement).attributes[0]! : id!)).toBe('');
    expect(xmlIdOf(root)).toBe('one');
  });

  it('walks in document order, a text run once, only the kinds asked for', () => {
    const seen: string[] = [];
    const describe = (n: SourceNode) => (n.type === 'element' ? n.local : n.type === 'attribute' ? `@${n.local}` : n.type);
    walkNodes(doc, { attributes: true, text: true, comments: true, pis: true, document: true }, (n) => seen.push(describe(n)));
    expect(seen).toEqual(['document', 'pi', 'a', '@id', '@k', 'b', 'text', 'comment', 'b', '@n', 'text']);
    const elements: string[] = [];
    walkNodes(doc, { attributes: false, text: false, comments: false, pis: false, document: false }, (n) => elements.push(describe(n)));
    expect(elements).toEqual(['a', 'b', 'b']);
  });

  it('locates nodes and writes their XPath, text and comments included', () => {
    expect(doc.locate(sourceOffset(b1))).toEqual({ line: 1, column: TEXT.indexOf('<b>') + 1 });
    expect(sourceXpath(root.children[3]!, xpathOf)).toBe('/Q{urn:a}a[1]/text()[1]');
    expect(sourceXpath(root.children[1]!, xpathOf)).toBe('/Q{urn:a}a[1]/comment()[1]');
    expect(sourceXpath(doc, xpathOf)).toBe('/');
  });
});
