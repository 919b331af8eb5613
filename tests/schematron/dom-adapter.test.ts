import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { adaptDocument, adaptedDomFacade } from '../../src/schematron/dom-adapter.js';

const TEXT = `<?pi x?><a xmlns="urn:a" xmlns:q="urn:q" xml:id=" one " q:k="v"><b>x<![CDATA[y]]>z</b><!--c--><b n="2"/>tail</a>`;
const doc = parseXml('t.xml', TEXT).document!;
const root = doc.root;
const b1 = root.children[0] as XmlElement;

describe('adaptDocument', () => {
  it('gives each node one adapter, reached from above or below', () => {
    const adapted = adaptDocument(doc);
    const viaTree = adapted.root.children.find((c) => c.nodeType === 1)!.children[0]!;
    expect(adapted.adapt(b1)).toBe(viaTree);
    expect(adapted.adapt(b1).parent).toBe(adapted.adapt(root));
    expect(adapted.adapt(root).parent).toBe(adapted.root);
  });

  it('merges adjacent text and CDATA into one text node, as XPath sees them', () => {
    const adapted = adaptDocument(doc);
    const texts = adapted.adapt(b1).children;
    expect(texts).toHaveLength(1);
    expect(texts[0]!.data).toBe('xyz');
    // A later piece of the run maps to the same node.
    expect(adapted.adapt(b1.children[2]!)).toBe(texts[0]);
  });

  it('serves fontoxpath: names, namespaces, siblings, string values', () => {
    const adapted = adaptDocument(doc);
    const ns = { namespaceResolver: (p: string) => ({ a: 'urn:a', q: 'urn:q' })[p] ?? null };
    const ev = (x: string) => fontoxpath.evaluateXPath(x, adapted.root, adaptedDomFacade, {}, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE, ns);
    expect(ev('/a:a/a:b[1]/following-sibling::a:b/@n/string()')).toEqual(['2']);
    expect(ev('/a:a/@q:k/string()')).toEqual(['v']);
    expect(ev('/a:a/@xml:id/string()')).toEqual([' one ']);
    expect(ev('string(/a:a)')).toEqual(['xyztail']);
    expect(ev('count(/a:a/node())')).toEqual([4]);
    expect(ev('/a:a/comment()/string()')).toEqual(['c']);
    expect(ev('/processing-instruction()/name()')).toEqual(['pi']);
  });

  it('builds name indexes on demand, in document order', () => {
    const adapted = adaptDocument(doc);
    expect(adapted.elementsByName('urn:a', 'b')).toEqual([b1, root.children[2]]);
    expect(adapted.elementsByNamespace('urn:a').map((e) => e.local)).toEqual(['a', 'b', 'b']);
    expect(adapted.elements()).toHaveLength(3);
  });
});
