import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { serializeNode } from '../../src/parse/serialize-xml.js';

describe('serializeNode', () => {
  it('writes elements, text, comments and PIs back, escaping what XML requires', () => {
    const text = '<r xmlns="urn:r" a="1 &amp; &quot;2&quot;"><b>x &lt; y</b><!--c--><?p d?><![CDATA[<z>]]><e/></r>';
    const { document } = parseXml('r.xml', text);
    expect(serializeNode(document!.root)).toBe('<r xmlns="urn:r" a="1 &amp; &quot;2&quot;"><b>x &lt; y</b><!--c--><?p d?><![CDATA[<z>]]><e/></r>');
  });

  it('declares the namespaces in scope and the extra attributes on the subtree root only', () => {
    const { document } = parseXml('r.xml', '<r xmlns:t="urn:t"><t:a><t:b/></t:a></r>');
    const a = document!.root.children[0]!;
    expect(serializeNode(a, { rootNamespaces: { t: 'urn:t' }, rootAttributes: { 'xml:base': 'x/' } })).toBe('<t:a xmlns:t="urn:t" xml:base="x/"><t:b/></t:a>');
  });

  it('writes a tree 50,000 elements deep (iteratively: no stack to exhaust)', () => {
    const text = `<r>${'<d>'.repeat(50_000)}x${'</d>'.repeat(50_000)}</r>`;
    const { document } = parseXml('deep.xml', text);
    expect(serializeNode(document!.root)).toBe(text);
  });
});
