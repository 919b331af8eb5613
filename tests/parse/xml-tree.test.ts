import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, elementDeeperThan, elementsInOrder, textContent, xpathOf, TEI_NS, XML_NS, type XmlAttribute, type XmlDocument, type XmlElement, type XmlParent } from '../../src/parse/xml-tree.js';
import { expectJsonFile, fixtureCases } from '../helpers/fixtures.js';

/** The XPath of every element and attribute of the document, in document order. */
function allPaths(document: XmlDocument): string[] {
  const out: string[] = [];
  for (const element of descendantElements(document)) {
    out.push(xpathOf(element));
    for (const attribute of element.attributes) out.push(xpathOf(attribute));
  }
  return out;
}

/** The definition of xpathOf, written naively: count the preceding same-named siblings at every step. */
function naiveXpath(node: XmlElement | XmlAttribute): string {
  if (node.type === 'attribute') {
    const name = node.uri === XML_NS ? `xml:${node.local}` : node.uri ? `Q{${node.uri}}${node.local}` : node.local;
    return `${naiveXpath(node.owner)}/@${name}`;
  }
  const parent: XmlParent = node.parent;
  const before = parent.children.slice(0, parent.children.indexOf(node) + 1);
  const index = before.filter((s) => s.type === 'element' && s.local === node.local && s.uri === node.uri).length;
  const qname = node.uri === TEI_NS ? `tei:${node.local}` : node.uri ? `Q{${node.uri}}${node.local}` : node.local;
  const step = `${qname}[${index}]`;
  return parent.type === 'document' ? `/${step}` : `${naiveXpath(parent)}/${step}`;
}

describe('xpathOf fixtures (tests/fixtures/xml-tree)', () => {
  for (const { name, dir } of fixtureCases('xml-tree')) {
    it(name, () => {
      const parsed = parseXml('input.xml', readFileSync(path.join(dir, 'input.xml'), 'utf8'));
      expectJsonFile(allPaths(parsed.document!), path.join(dir, 'expected.json'));
    });
  }
});

/** A random element tree as XML: a few names in three namespaces, comments and text between siblings. */
const names = ['a', 'b', 'tei:p', 'x:a', 'x:b'];
const tree: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...names),
      fc.boolean(),
      depth > 1 ? fc.array(fc.oneof({ weight: 3, arbitrary: tree(depth - 1) }, fc.constant('t'), fc.constant('<!--c-->')), { maxLength: 8 }) : fc.constant([]),
    )
    .map(([name, attr, children]) => `<${name}${attr ? ' k="v" xml:lang="en"' : ''}>${children.join('')}</${name}>`),
);

describe('xpathOf against the naive definition', () => {
  it('gives the same path for every element and attribute of random trees, whatever the order of the calls', () => {
    fc.assert(
      fc.property(tree(5), fc.integer(), (body, seed) => {
        const text = `<r xmlns:tei="${TEI_NS}" xmlns:x="urn:x">${body}<a/></r>`;
        const document = parseXml('random.xml', text).document!;
        const nodes: (XmlElement | XmlAttribute)[] = [];
        for (const element of descendantElements(document)) nodes.push(element, ...element.attributes.filter((a) => !a.name.startsWith('xmlns')));
        // Ask in a shuffled order, so that positions are first computed from any sibling.
        const order = nodes.map((n, i) => ({ n, k: Math.imul(i + 1, seed | 1) >>> 0 })).sort((p, q) => p.k - q.k);
        for (const { n } of order) expect(xpathOf(n)).toBe(naiveXpath(n));
      }),
      { numRuns: 200 },
    );
  });
});

const deep = (depth: number) => parseXml('deep.xml', `<r>${'<d>'.repeat(depth)}x${'</d>'.repeat(depth)}<e>y</e></r>`).document!;

describe('textContent', () => {
  it('joins the text of every descendant in document order, leaving out comments and PIs', () => {
    expect(textContent(parseXml('t.xml', '<r>a<b>b<!--no--><c>c</c></b><?p no?>d</r>').document!.root)).toBe('abcd');
  });

  it('reads a tree 50,000 elements deep', () => {
    expect(textContent(deep(50_000).root)).toBe('xy');
  });
});

describe('elementDeeperThan', () => {
  it('finds the first element below the limit, with its level (the root is level 1)', () => {
    const document = deep(5);
    expect(elementDeeperThan(document.root, 6)).toBeUndefined();
    const found = elementDeeperThan(document.root, 3)!;
    expect([found.element.local, found.depth, document.locate(found.element.start).column]).toEqual(['d', 4, 10]);
  });

  it('walks 50,000 levels', () => {
    expect(elementDeeperThan(deep(50_000).root, 50_000)!.depth).toBe(50_001);
  });
});

describe('elementsInOrder', () => {
  it('lists the elements as descendantElements does, and lists them once per tree', () => {
    const { document } = parseXml('x.xml', '<r><a>t<b/><!--c--></a><c><d><e/></d></c>text</r>');
    const list = elementsInOrder(document!);
    expect(list.map((e) => e.name)).toEqual([...descendantElements(document!.root)].map((e) => e.name));
    expect(list.map((e) => e.name)).toEqual(['r', 'a', 'b', 'c', 'd', 'e']);
    expect(elementsInOrder(document!)).toBe(list);
  });
});
