import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { analyseContext } from '../../src/schematron/analyse-context.js';
import { matchesPaths, nodeTestMatches, RuleDispatcher } from '../../src/schematron/match-rules.js';
import { parseXPath } from '../../src/schematron/xpath-ast.js';
import { createXPathOptions } from '../../src/schematron/xpath-functions.js';

const options = createXPathOptions({ tei: 'http://www.tei-c.org/ns/1.0' });
const rule = (context: string, order: number) => {
  const parsed = parseXPath(context, options);
  if ('error' in parsed) throw new Error(parsed.error);
  return { context, order, matcher: analyseContext(parsed, options) };
};
const doc = parseXml('t.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p when="1" rend="x">t</p><l/></TEI>').document!;
const p = doc.root.children[0] as XmlElement;
const l = doc.root.children[1] as XmlElement;

describe('RuleDispatcher', () => {
  const rules = [rule('tei:l', 0), rule('tei:*[@when]', 1), rule('tei:p', 2), rule('*', 3), rule('@rend', 4), rule('text()', 5), rule('tei:p[1]', 6)];
  const dispatcher = new RuleDispatcher(rules);

  it('hands a node only the rules its name, namespace and attributes allow, in schema order', () => {
    expect(dispatcher.candidates(p).map((r) => r.context)).toEqual(['tei:*[@when]', 'tei:p', '*', 'tei:p[1]']);
    expect(dispatcher.candidates(l).map((r) => r.context)).toEqual(['tei:l', '*', 'tei:p[1]']);
    expect(dispatcher.candidates(p.attributes[1]!).map((r) => r.context)).toEqual(['@rend', 'tei:p[1]']);
    expect(dispatcher.candidates(p.attributes[0]!).map((r) => r.context)).toEqual(['tei:p[1]']);
    expect(dispatcher.candidates(p.children[0]!).map((r) => r.context)).toEqual(['text()', 'tei:p[1]']);
  });

  it('says which node kinds need visiting', () => {
    expect(dispatcher.kinds.attributes && dispatcher.kinds.text).toBe(true);
    expect(new RuleDispatcher([rule('tei:p', 0)]).kinds).toEqual({ attributes: false, text: false, comments: false, pis: false, document: false });
  });

  it('still dispatches by attribute when more than 30 attributes are required somewhere', () => {
    const many = new RuleDispatcher(Array.from({ length: 35 }, (_, i) => rule(`*[@a${i}]`, i)));
    const e = parseXml('m.xml', '<x a5="" a33="" b=""/>').document!.root;
    expect(many.candidates(e).map((r) => r.context)).toEqual(['*[@a5]', '*[@a33]']);
    const none = parseXml('n.xml', '<x b=""/>').document!.root;
    expect(many.candidates(none)).toEqual([]);
  });

  it('hands a rule rooted at the root element (/*, /tei:TEI[@n]) to the root element only', () => {
    const rooted = new RuleDispatcher([rule('/*', 0), rule('tei:p', 1), rule('/tei:TEI[@n] | tei:l', 2), rule('/tei:TEI/tei:p', 3)]);
    const tree = parseXml('r.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0" n="1"><p n="2"/><l/><TEI n="3"/></TEI>').document!;
    const [inner, line, nested] = tree.root.children as XmlElement[];
    expect(rooted.candidates(tree.root).map((r) => r.context)).toEqual(['/*', '/tei:TEI[@n] | tei:l']);
    expect(rooted.candidates(inner!).map((r) => r.context)).toEqual(['tei:p', '/tei:TEI/tei:p']);
    expect(rooted.candidates(line!).map((r) => r.context)).toEqual(['/tei:TEI[@n] | tei:l']);
    expect(rooted.candidates(nested!).map((r) => r.context)).toEqual([]);
  });

  it('returns the same cached list for elements alike', () => {
    const other = parseXml('u.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p when="2"/></TEI>').document!.root.children[0] as XmlElement;
    expect(dispatcher.candidates(other)).toBe(dispatcher.candidates(p));
  });
});

describe('matchesPaths', () => {
  it('walks up through parents and ancestors, and honours a rooted path', () => {
    const m = (c: string, node: XmlElement) => {
      const r = rule(c, 0).matcher;
      return r.kind === 'paths' && matchesPaths(r.paths, node, () => true);
    };
    expect(m('tei:TEI/tei:p', p)).toBe(true);
    expect(m('/tei:TEI/tei:p', p)).toBe(true);
    expect(m('/tei:p', p)).toBe(false);
    expect(m('tei:TEI//tei:l', l)).toBe(true);
    expect(m('tei:p//tei:l', l)).toBe(false);
  });

  it('evaluates predicates only once names and ancestry match', () => {
    const r = rule('/*[tei:p]', 0).matcher;
    let calls = 0;
    const count = () => (calls++, true);
    expect(r.kind === 'paths' && matchesPaths(r.paths, p, count)).toBe(false);
    expect(calls).toBe(0);
    expect(r.kind === 'paths' && matchesPaths(r.paths, doc.root, count)).toBe(true);
    expect(calls).toBe(1);
  });

  it('tests node kinds', () => {
    expect(nodeTestMatches({ kind: 'node' }, p.children[0]!)).toBe(true);
    expect(nodeTestMatches({ kind: 'node' }, p.attributes[0]!)).toBe(false);
    expect(nodeTestMatches({ kind: 'document' }, doc)).toBe(true);
    expect(nodeTestMatches({ kind: 'element', local: 'p' }, p)).toBe(true);
    expect(nodeTestMatches({ kind: 'element', uri: '' }, p)).toBe(false);
  });
});
