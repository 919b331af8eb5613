import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { adaptDocument, adaptedDomFacade, type AdaptedNode } from '../../src/schematron/dom-adapter.js';
import { createEvaluationState, createXPathOptions, elementsNamed, registerSchematronFunctions } from '../../src/schematron/xpath-functions.js';

registerSchematronFunctions();
const TEI = 'http://www.tei-c.org/ns/1.0';
const doc = parseXml('t.xml', `<TEI xmlns="${TEI}"><p xml:id="a" n="1"/><p xml:id=" b " n="2"/><l n="1"/><p n="1"/></TEI>`).document!;
const adapted = adaptDocument(doc);
const options = createXPathOptions({ tei: TEI });
const state = createEvaluationState(adapted, (name, values) => {
  if (name !== 'byN') throw new Error('XTDE1260: no key');
  return adapted.elements().filter((e) => values.includes(e.attributes.find((a) => a.local === 'n')?.value ?? '')).map((e) => adapted.adapt(e));
});
options.currentContext = state;
const ids = (x: string, context: AdaptedNode = adapted.root) =>
  (fontoxpath.evaluateXPathToNodes(x, context, adaptedDomFacade, {}, options) as AdaptedNode[]).map((n) => (n.source as XmlElement).attributes.map((a) => a.value).join(','));

describe('Schematron XPath functions', () => {
  it('id(): whitespace-separated tokens, normalised xml:id values, document order, no duplicates', () => {
    expect(ids("id('b a a')")).toEqual(['a,1', ' b ,2']);
    expect(ids("id(('zz', 'b'))")).toEqual([' b ,2']);
    expect(ids("fn:id('a')")).toEqual(['a,1']);
  });

  it('current() is the node the state names, also inside predicates', () => {
    const l = adapted.adapt(adapted.elementsByName(TEI, 'l')[0]!);
    state.current = l;
    expect(ids('//tei:p[@n = current()/@n]', l)).toEqual(['a,1', '1']);
    state.current = adapted.root;
  });

  it('key() asks the runner, which knows the xsl:keys', () => {
    expect(ids("key('byN', '2')")).toEqual([' b ,2']);
    expect(() => ids("key('nope', '2')")).toThrow(/XTDE1260/);
  });

  it('elements(): the name index, with wildcards', () => {
    expect(elementsNamed(adapted, TEI, 'p')).toHaveLength(3);
    expect(elementsNamed(adapted, '*', 'l')).toHaveLength(1);
    expect(elementsNamed(adapted, TEI, '*')).toHaveLength(5);
    expect(elementsNamed(adapted, '*', '*')).toHaveLength(5);
  });

  it('resolves sch:ns prefixes, then the usual ones; an unknown prefix is a static error', () => {
    expect(options.namespaceResolver('xs')).toBe('http://www.w3.org/2001/XMLSchema');
    expect(options.namespaceResolver('tei')).toBe(TEI);
    expect(options.namespaceResolver('nope')).toBeNull();
    expect(() => options.functionNameResolver({ prefix: 'nope', localName: 'f' }, 0)).toThrow(/XPST0081/);
  });
});
