/**
 * Ids for a collection in one teiCorpus: unique across documents, TEI ids
 * added from the output name, pointers following their renamed targets, and
 * (property) nothing else touched: every text and every other attribute kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyIdPlan, idFromName, idsOf, planCorpusIds } from '../../src/exchange/assign-corpus-ids.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, getAttribute, textContent, XML_NS, type XmlElement } from '../../src/parse/xml-tree.js';

const parse = (text: string) => parseXml('t.xml', text).document!.root;

describe('planCorpusIds', () => {
  it('keeps the first document\'s ids, renames later duplicates after their TEI id, and gives an id to a TEI without one', () => {
    const plans = planCorpusIds([
      { name: 'a', teiId: 'a', ids: ['a', 'p1', 'n1'] },
      { name: 'sub/b', ids: ['p1', 'p2'] },
      { name: 'c', teiId: 'a', ids: ['a', 'n1'] },
    ]);
    expect(plans.map((p) => [p.teiId, p.teiIdAdded, [...p.renames]])).toEqual([
      ['a', false, []],
      ['sub-b', true, [['p1', 'sub-b.p1']]],
      ['a-2', false, [['a', 'a-2'], ['n1', 'a-2.n1']]],
    ]);
  });

  it('leaves a document\'s own duplicate ids to validation', () => {
    expect([...planCorpusIds([{ name: 'a', ids: ['x', 'x'] }])[0]!.renames]).toEqual([]);
  });

  it('makes names into NCNames', () => {
    expect(idFromName('letters/1957 03')).toBe('letters-1957_03');
    expect(idFromName('1957/a')).toBe('d1957-a');
  });
});

describe('applyIdPlan', () => {
  it('renames ids and the pointers to them, in any pointer attribute and among other pointers', () => {
    const tei = parse('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p xml:id="p1" corresp="#p1 #p2 http://x.org/#p1">a<ref target="#p1">b</ref></p><p xml:id="p2" rend="#p1"/></TEI>');
    applyIdPlan(tei, { teiId: 'b', teiIdAdded: true, renames: new Map([['p1', 'b.p1']]) });
    expect(getAttribute(tei, 'id', XML_NS)).toBe('b');
    const [p1, ref, p2] = [...descendantElements(tei)].slice(1);
    expect(getAttribute(p1!, 'id', XML_NS)).toBe('b.p1');
    expect(getAttribute(p1!, 'corresp')).toBe('#b.p1 #p2 http://x.org/#p1');
    expect(getAttribute(ref!, 'target')).toBe('#b.p1');
    expect(getAttribute(p2!, 'id', XML_NS)).toBe('p2');
  });
});

/** A small document: elements with ids from a shared pool, pointers among them, and text. */
const documentText = fc.record({
  ids: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'n1', 'pers', 'x.y', 'a-b'), { minLength: 1, maxLength: 4 }),
  pointers: fc.array(fc.nat(9), { maxLength: 4 }),
  text: fc.array(fc.constantFrom('a', ' ', '#p1', 'é', '\u{1F600}', '&amp;'), { maxLength: 5 }).map((a) => a.join('')),
}).map(({ ids, pointers, text }) => {
  const paragraphs = ids.map((id, i) => `<p xml:id="${id}" n="${i}" rend="#${id}">${text}${i}</p>`);
  const refs = pointers.map((n) => `<ref target="#${ids[n % ids.length]}" type="#kept">${text}</ref>`);
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>${paragraphs.join('')}${refs.join('')}</body></text></TEI>`;
});

const elementOf = (root: XmlElement, id: string) => [...descendantElements(root)].find((e) => getAttribute(e, 'id', XML_NS) === id);

describe('id assignment (property)', () => {
  it('makes every id unique across documents, keeps every pointer on its element, and changes no text and no other attribute', () => {
    fc.assert(
      fc.property(fc.array(documentText, { minLength: 1, maxLength: 4 }), (texts) => {
        const before = texts.map(parse);
        const after = texts.map(parse);
        const plans = planCorpusIds(after.map((root, i) => ({ name: `d/${i}`, ids: idsOf(root) })));
        after.forEach((root, i) => applyIdPlan(root, plans[i]!));
        const all = after.flatMap((root) => idsOf(root));
        expect(new Set(all).size).toBe(all.length);
        before.forEach((original, d) => {
          const renamed = after[d]!;
          expect(textContent(renamed)).toBe(textContent(original));
          const [oldElements, newElements] = [[...descendantElements(original)], [...descendantElements(renamed)]];
          oldElements.forEach((e, i) => {
            const f = newElements[i]!;
            for (const a of e.attributes) {
              const b = f.attributes.find((x) => x.name === a.name)!;
              if (a.local === 'target' || a.local === 'rend') {
                // The pointer follows its target: the element it named is the element it names.
                const oldTarget = elementOf(original, a.value.slice(1));
                const newTarget = elementOf(renamed, b.value.slice(1));
                expect(newTarget && newElements.indexOf(newTarget)).toBe(oldTarget && oldElements.indexOf(oldTarget));
              } else if (!(a.uri === XML_NS && a.local === 'id')) expect(b.value).toBe(a.value);
            }
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
