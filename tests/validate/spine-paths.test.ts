/**
 * Paths built on the spine (parent steps and per-name counts, no children
 * kept) equal xpathOf's on the whole tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, xpathOf, type XmlDocument, type XmlElement } from '../../src/parse/xml-tree.js';
import { nextStep, pathOf, spinePlaces, type PathStep } from '../../src/validate/spine-paths.js';

/** The steps of every element of `doc`, made in document order as the stream makes them. */
function spineSteps(doc: XmlDocument): Map<XmlElement, PathStep> {
  const steps = new Map<XmlElement, PathStep>();
  for (const el of descendantElements(doc.root)) {
    const parent = el.parent;
    // A spine parent carries its step and counts on itself; stand one in for the tree's parent.
    const spineParent = parent.type === 'element' ? (parent as XmlElement & { step?: PathStep }) : parent;
    if (spineParent.type === 'element') spineParent.step = steps.get(parent as XmlElement)!;
    steps.set(el, nextStep(spineParent, el.uri, el.local));
  }
  return steps;
}

const names = fc.constantFrom('p', 'tei:p', 'x:p', 'note', 'hi');
const element: fc.Memo<string> = fc.memo((n) =>
  fc.tuple(names, n > 1 ? fc.array(element(n - 1), { maxLength: 4 }) : fc.constant([])).map(([name, children]) => `<${name}>${children.join('')}</${name}>`),
);

describe('spine paths', () => {
  it('equal xpathOf for every element of generated documents', () => {
    fc.assert(
      fc.property(element(5), (body) => {
        const doc = parseXml('t.xml', `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x">${body}</TEI>`).document!;
        for (const [el, step] of spineSteps(doc)) expect(pathOf(step)).toBe(xpathOf(el));
      }),
    );
  });

  it('write an attribute path after its element is gone (only its steps are kept)', () => {
    const doc = parseXml('t.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p/><p xml:id="a"/></TEI>').document!;
    const steps = spineSteps(doc);
    const p = doc.root.children[1] as XmlElement;
    const owner = Object.assign({}, p, { step: steps.get(p)! });
    const later = spinePlaces(doc.locate).laterXpathOf({ ...p.attributes[0]!, owner });
    expect(later()).toBe('/tei:TEI[1]/tei:p[2]/@xml:id');
    expect(later()).toBe(xpathOf(p.attributes[0]!));
  });
});
