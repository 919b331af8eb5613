import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, type XmlDocument, type XmlElement, type XmlNode } from '../../src/parse/xml-tree.js';
import { expectJsonFile, fixtureCases } from '../helpers/fixtures.js';

/** A readable summary of the tree: each node with the line:col of its markup. */
function summarise(document: XmlDocument): string[] {
  const at = (offset: number) => {
    const { line, column } = document.locate(offset);
    return `${line}:${column}`;
  };
  const lines: string[] = [];
  const walk = (node: XmlNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.type === 'element') {
      const attributes = node.attributes.map((a) => ` ${a.name}=${JSON.stringify(a.value)}@${at(a.start)}`).join('');
      lines.push(`${pad}<${node.name}> {${node.uri}} ${at(node.start)}–${at(node.startTagEnd)}–${at(node.end)}${attributes}`);
      for (const child of node.children) walk(child, depth + 1);
    } else if (node.type === 'text') {
      lines.push(`${pad}${node.cdata ? 'cdata' : 'text'} ${JSON.stringify(node.value)} ${at(node.start)}–${at(node.end)}`);
    } else if (node.type === 'comment') lines.push(`${pad}comment ${JSON.stringify(node.value)} ${at(node.start)}`);
    else lines.push(`${pad}pi ${node.target} ${JSON.stringify(node.data)} ${at(node.start)}`);
  };
  for (const child of document.children) walk(child, 0);
  return lines;
}

describe('parseXml fixtures (tests/fixtures/parse)', () => {
  for (const { name, dir } of fixtureCases('parse')) {
    it(name, () => {
      const text = readFileSync(path.join(dir, 'input.xml'), 'utf8');
      const result = parseXml('input.xml', text);
      expectJsonFile(
        { diagnostics: result.diagnostics, tree: result.document ? summarise(result.document) : null, transformText: result.transformText ?? null },
        path.join(dir, 'expected.json'),
      );
    });
  }
});

describe('parseXml', () => {
  it('expands a billion-laughs document into nothing, quickly, with a diagnostic', () => {
    const text = readFileSync(path.join(fixtureCases('parse').find((c) => c.name === 'billion-laughs')!.dir, 'input.xml'), 'utf8');
    const before = process.memoryUsage().heapUsed;
    const result = parseXml('lol.xml', text);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['wf.entity-expansion-limit']);
    // Bounded: the expansion stops at 16 M characters, far below the 3 GB the file asks for.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('never reads an external entity: the reference is dropped and reported', () => {
    const result = parseXml('x.xml', '<!DOCTYPE a [<!ENTITY x SYSTEM "/etc/hostname">]><a>[&x;]</a>');
    expect(result.transformText).toBe('<a>[]</a>');
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['wf.external-entity-not-read']);
  });

  it('maps positions after an entity expansion back to the original text', () => {
    const text = '<!DOCTYPE a [<!ENTITY long "a much longer replacement text">]>\n<a>&long; <b/>\n<c/></a>';
    const { document } = parseXml('x.xml', text);
    const [, b, c] = [...descendantElements(document!.root)];
    expect(document!.locate(b!.start)).toEqual({ line: 2, column: 11 });
    expect(document!.locate(c!.start)).toEqual({ line: 3, column: 1 });
  });

  it('handles deep nesting without recursion limits', () => {
    const depth = 20000;
    const result = parseXml('deep.xml', '<a>'.repeat(depth) + '</a>'.repeat(depth));
    expect(result.diagnostics).toEqual([]);
    expect([...descendantElements(result.document!.root)]).toHaveLength(depth);
  });
});

describe('parseXml on deep documents', () => {
  const deep = (depth: number, open: string, close: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x">${open.repeat(depth)}${close.repeat(depth)}</TEI>`;

  it('parses 50,000 nested elements, each in the namespace declared on the root (namespace lookup no longer walks every ancestor)', () => {
    const result = parseXml('deep.xml', deep(50_000, '<div><x:seg>', '</x:seg></div>'));
    expect(result.diagnostics).toEqual([]);
    let deepest = result.document!.root;
    let levels = 1;
    for (let e = deepest; e; e = e.children[0] as typeof e) {
      deepest = e;
      levels++;
      if (e.children[0]?.type !== 'element') break;
    }
    expect(levels).toBe(100_002);
    expect([deepest.local, deepest.uri]).toEqual(['seg', 'urn:x']);
    expect((deepest.parent as typeof deepest).uri).toBe('http://www.tei-c.org/ns/1.0');
  });

  it('parses 50,000 nested elements in no namespace, each with an xml:id (no lookup walks every ancestor to fail)', () => {
    const depth = 50_000;
    const text = `<r>${'<a xml:id="i">'.repeat(depth)}${'</a>'.repeat(depth)}</r>`;
    const result = parseXml('plain.xml', text);
    expect(result.diagnostics).toEqual([]);
    let deepest = result.document!.root;
    while (deepest.children[0]?.type === 'element') deepest = deepest.children[0];
    expect([deepest.local, deepest.uri]).toEqual(['a', '']);
    expect(deepest.attributes.map((a) => [a.local, a.uri])).toEqual([['id', 'http://www.w3.org/XML/1998/namespace']]);
  });

  it('takes an element out of the default namespace with xmlns=""', () => {
    const result = parseXml('undeclared.xml', '<r xmlns="urn:r"><a xmlns=""><b/></a><c/></r>');
    const [a, c] = result.document!.root.children as XmlElement[];
    expect([result.document!.root.uri, a!.uri, (a!.children[0] as XmlElement).uri, c!.uri]).toEqual(['urn:r', '', '', 'urn:r']);
  });

  it('keeps a namespace declared deep inside to its own subtree', () => {
    const result = parseXml('scoped.xml', '<r xmlns:a="urn:1"><a:b xmlns:a="urn:2"><a:c/></a:b><a:d/></r>');
    const [b, d] = result.document!.root.children as XmlElement[];
    expect([b!.uri, (b!.children[0] as XmlElement).uri, d!.uri]).toEqual(['urn:2', 'urn:2', 'urn:1']);
  });

  it('reports an unbound prefix once, at the first element that uses it, even 50,000 levels down', () => {
    const result = parseXml('unbound.xml', `<r>${'<y:a>'.repeat(50_000)}${'</y:a>'.repeat(50_000)}</r>`);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ ruleId: 'wf.unbound-prefix', line: 1, column: 8 })]);
  });
});
