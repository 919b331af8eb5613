import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load-source.js';
import { resolveXIncludes } from '../../src/load/resolve-xincludes.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { descendantElements, getAttribute, XML_NS } from '../../src/parse/xml-tree.js';
import { expectJsonFile, fixtureCases, repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

async function resolve(file: string) {
  const { source } = await loadSource(path.relative(process.cwd(), file));
  const { parsed } = parseSource(source!);
  return resolveXIncludes(parsed!);
}

describe('resolveXIncludes fixtures (tests/fixtures/xinclude)', () => {
  for (const { name, dir } of fixtureCases('xinclude')) {
    it(name, async () => {
      const { parsed, diagnostics } = await resolve(path.join(dir, 'main.xml'));
      expectJsonFile({ diagnostics, xmlText: parsed.xmlText }, path.join(dir, 'expected.json'));
    });
  }
});

describe('resolveXIncludes', () => {
  it('keeps the lines of the including document, and places included nodes at their xi:include', async () => {
    const main = path.join(repoRoot, 'tests/fixtures/xinclude/cases/main.xml');
    const { parsed } = await resolve(main);
    const elements = [...descendantElements(parsed.document.root)];
    const after = elements.find((e) => getAttribute(e, 'id', XML_NS) === 'after')!;
    expect(parsed.document.locate(after.start)).toEqual({ line: 19, column: 7 });
    const ch2 = elements.find((e) => getAttribute(e, 'id', XML_NS) === 'ch2')!;
    expect(parsed.document.locate(ch2.start)).toEqual({ line: 15, column: 7 });
    // Document order: chapter 2 was included before chapter 1.
    expect(elements.filter((e) => e.local === 'head').map((e) => e.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))).toEqual(['Two', 'One']);
  });

  it('leaves a document without XIncludes untouched', async () => {
    const file = path.join(repoRoot, 'tests/fixtures/build/small-corpus/letter.xml');
    const { source } = await loadSource(path.relative(process.cwd(), file));
    const { parsed } = parseSource(source!);
    const result = await resolveXIncludes(parsed!);
    expect(result.parsed).toBe(parsed);
    expect(result.diagnostics).toEqual([]);
  });
});

describe.skipIf(!hasShared)('XIncludes of the Shelley-Godwin notebook (sga-xinclude)', () => {
  noteSkip('the sga-xinclude test');
  it('includes every page surface of the notebook, with no unresolved xi:include left', async () => {
    const { parsed, diagnostics } = await resolve(shared('corpus/sga-xinclude/ox/ox-frankenstein_notebook_c1.xml'));
    expect(diagnostics.filter((d) => d.ruleId.startsWith('xinclude.') && d.severity === 'error')).toEqual([]);
    const elements = [...descendantElements(parsed.document.root)];
    expect(elements.filter((e) => e.local === 'include')).toEqual([]);
    expect(elements.filter((e) => e.local === 'surface').length).toBeGreaterThan(30);
  });
});
