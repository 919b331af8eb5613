/**
 * Canonical XML against the W3C Canonical XML 1.0 rules: expected forms are
 * written by hand from the specification's examples, never produced by the
 * code under test.
 */
import { describe, expect, it } from 'vitest';
import { canonicalDocument, canonicalElement, firstDifference } from '../../src/exchange/canonical-xml.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';

const parse = (text: string) => {
  const { document, diagnostics } = parseXml('t.xml', text);
  if (!document) throw new Error(diagnostics[0]?.message);
  return document;
};
const c14n = (text: string) => canonicalDocument(parse(text));

describe('canonicalDocument', () => {
  it('drops the XML declaration, DOCTYPE and white space outside the root; puts prolog and epilog nodes on lines of their own (C14N 3.1)', () => {
    const text = '<?xml version="1.0"?>\n\n<?xml-stylesheet   href="doc.xsl"\n   type="text/xsl"   ?>\n\n<!DOCTYPE doc SYSTEM "doc.dtd">\n\n<doc>Hello, world!<!-- Comment 1 --></doc>\n\n<?pi-without-data     ?>\n\n<!-- Comment 2 -->\n\n<!-- Comment 3 -->';
    expect(c14n(text)).toBe('<?xml-stylesheet href="doc.xsl"\n   type="text/xsl"   ?>\n<doc>Hello, world!<!-- Comment 1 --></doc>\n<?pi-without-data?>\n<!-- Comment 2 -->\n<!-- Comment 3 -->');
  });

  it('writes empty elements as start and end tags, sorts namespaces then attributes, normalises quotes (C14N 3.3)', () => {
    const text = `<doc><e1   /><e2   ></e2   ><e3   name = "elem3"   id="elem3"   /><e5 a:attr="out" b:attr="sorted" attr2="all" attr="I'm"
      xmlns:b="http://www.ietf.org" xmlns:a="http://www.w3.org" xmlns="http://example.org"/></doc>`;
    expect(c14n(text)).toBe(
      '<doc><e1></e1><e2></e2><e3 id="elem3" name="elem3"></e3><e5 xmlns="http://example.org" xmlns:a="http://www.w3.org" xmlns:b="http://www.ietf.org" attr="I\'m" attr2="all" b:attr="sorted" a:attr="out"></e5></doc>',
    );
  });

  it('replaces CDATA sections and character references by escaped text, and escapes attribute white space (C14N 3.4)', () => {
    const text = '<doc><text>First line&#x0d;&#10;Second line</text><value>&#x32;</value><compute><![CDATA[value>"0" && value<"10" ?"valid":"error"]]></compute><norm attr=" &apos;   &#x20;&#13;&#xa;&#9;   &apos; "/></doc>';
    expect(c14n(text)).toBe(
      '<doc><text>First line&#xD;\nSecond line</text><value>2</value><compute>value&gt;"0" &amp;&amp; value&lt;"10" ?"valid":"error"</compute><norm attr=" \'    &#xD;&#xA;&#x9;   \' "></norm></doc>',
    );
  });

  it('expands internal entities (C14N 3.5)', () => {
    const text = '<!DOCTYPE doc [<!ENTITY ent1 "Hello"><!ENTITY ent2 "world">]><doc attrExtEnt="x">&ent1;, &ent2;!</doc>';
    expect(c14n(text)).toBe('<doc attrExtEnt="x">Hello, world!</doc>');
  });

  it('keeps non-BMP characters as they are and writes no superfluous namespace declaration', () => {
    expect(c14n('<a xmlns="urn:x"><b xmlns="urn:x">\u{1F600}</b><c xmlns=""/></a>')).toBe('<a xmlns="urn:x"><b>\u{1F600}</b><c xmlns=""></c></a>');
    expect(c14n('<a><b xmlns="">x</b></a>')).toBe('<a><b>x</b></a>');
  });

  it('leaves out the processing instructions the caller skips', () => {
    expect(canonicalDocument(parse('<?xml-model href="a.rng"?><?other x?><r/>'), { skipPi: (t) => t === 'xml-model' })).toBe('<?other x?>\n<r></r>');
  });
});

describe('canonicalElement', () => {
  it('declares on a subtree the namespaces in scope from its ancestors (inclusive C14N of a document subset)', () => {
    const document = parse('<corpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:cb="urn:cb"><TEI n="1"><p cb:x="y"/></TEI></corpus>');
    const tei = document.root.children[0] as XmlElement;
    expect(canonicalElement(tei)).toBe('<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:cb="urn:cb" n="1"><p cb:x="y"></p></TEI>');
  });

  it('handles very deep trees without recursion', () => {
    const depth = 5000;
    const text = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expect(canonicalElement(parse(text).root)).toHaveLength(text.length);
  });
});

describe('firstDifference', () => {
  it('says where two forms part and shows both sides', () => {
    expect(firstDifference('<a>same</a>', '<a>same</a>')).toBeUndefined();
    expect(firstDifference('<a>x</a>', '<a>y</a>')).toEqual({ offset: 3, expected: '<a>x</a>', found: '<a>y</a>' });
  });
});
