import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { elementDeeperThan, textContent } from '../../src/parse/xml-tree.js';

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
