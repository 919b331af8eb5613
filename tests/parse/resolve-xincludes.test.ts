import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadSource } from '../../src/load/load-source.js';
import { readIncludeTarget } from '../../src/load/read-include-target.js';
import { resolveXIncludes, type XIncludeOptions } from '../../src/parse/resolve-xincludes.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { descendantElements, getAttribute, XML_NS } from '../../src/parse/xml-tree.js';
import { expectJsonFile, fixtureCases, repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

async function resolve(file: string, options: XIncludeOptions = {}) {
  const { source } = await loadSource(path.relative(process.cwd(), file));
  const { parsed } = parseSource(source!);
  return resolveXIncludes(parsed!, readIncludeTarget, options);
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
    const result = await resolveXIncludes(parsed!, readIncludeTarget);
    expect(result.parsed).toBe(parsed);
    expect(result.diagnostics).toEqual([]);
  });
});

describe.skipIf(!hasShared)('XIncludes of the Shelley-Godwin notebook (sga-xinclude)', () => {
  noteSkip('the sga-xinclude test');
  it('includes every page surface of the notebook, with no unresolved xi:include left', async () => {
    // The notebook includes ../shared/classDecl.xml: the project folder is the root, as `validate corpus/sga-xinclude` gives it.
    const { parsed, diagnostics } = await resolve(shared('corpus/sga-xinclude/ox/ox-frankenstein_notebook_c1.xml'), { roots: [shared('corpus/sga-xinclude')] });
    expect(diagnostics.filter((d) => d.ruleId.startsWith('xinclude.') && d.severity === 'error')).toEqual([]);
    const elements = [...descendantElements(parsed.document.root)];
    expect(elements.filter((e) => e.local === 'include')).toEqual([]);
    expect(elements.filter((e) => e.local === 'surface').length).toBeGreaterThan(30);
  });
});

describe('resolveXIncludes refuses what a document must not read', () => {
  let dir: string;
  /** root/doc.xml including `include` (an xi:include element's attributes), with root/part.xml, root/big.txt and outside/secret.txt beside. */
  const write = (include: string, fallback = '') =>
    writeFileSync(
      path.join(dir, 'root', 'doc.xml'),
      `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><text><body><p><xi:include ${include}>${fallback}</xi:include></p></body></text></TEI>\n`,
    );
  const run = (options: XIncludeOptions = {}) => resolve(path.join(dir, 'root', 'doc.xml'), options);
  const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'xinclude-'));
    mkdirSync(path.join(dir, 'root', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'outside'));
    writeFileSync(path.join(dir, 'outside', 'secret.txt'), 'SECRET-CONTENT');
    writeFileSync(path.join(dir, 'root', 'sub', 'part.txt'), 'part text');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['an absolute path outside the root', () => `href="${path.join(dir, 'outside', 'secret.txt')}" parse="text"`],
    ['a relative path climbing out of the root', () => 'href="../outside/secret.txt" parse="text"'],
    ['a file: URI outside the root', () => `href="file://${path.join(dir, 'outside', 'secret.txt')}" parse="text"`],
    ['/etc/hostname', () => 'href="../../../../../../../../etc/hostname" parse="text"'],
  ])('refuses %s, naming the href and the folders allowed, even with a fallback', async (_, include) => {
    write(include(), '<xi:fallback>fallback</xi:fallback>');
    const { parsed, diagnostics } = await run();
    expect(errors(diagnostics)).toEqual(['xinclude.outside-root']);
    const message = diagnostics.find((d) => d.ruleId === 'xinclude.outside-root')!.message;
    expect(message).toMatch(/^xi:include href ".*" is refused: it lies outside the folders XIncludes may read; expected a file inside ".*root"/);
    expect(parsed.xmlText).not.toContain('SECRET-CONTENT');
  });

  it('refuses a symbolic link that leads out of the root', async () => {
    symlinkSync(path.join(dir, 'outside', 'secret.txt'), path.join(dir, 'root', 'link.txt'));
    write('href="link.txt" parse="text"');
    const { parsed, diagnostics } = await run();
    expect(errors(diagnostics)).toEqual(['xinclude.outside-root']);
    expect(diagnostics[0]!.message).toContain('through a symbolic link');
    expect(parsed.xmlText).not.toContain('SECRET-CONTENT');
  });

  it('reads a folder the options allow, and files below the root', async () => {
    write('href="../outside/secret.txt" parse="text"');
    const allowed = await run({ roots: [path.join(dir, 'root'), path.join(dir, 'outside')] });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.parsed.xmlText).toContain('SECRET-CONTENT');
    write('href="sub/part.txt" parse="text"');
    expect((await run()).parsed.xmlText).toContain('part text');
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a device such as /dev/zero (it would never end) without reading it', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'root', 'zero.txt'));
    write('href="zero.txt" parse="text"');
    const { diagnostics } = await run({ roots: [path.join(dir, 'root'), '/dev'] });
    expect(errors(diagnostics)).toEqual(['xinclude.not-a-file']);
    expect(diagnostics[0]!.message).toContain('it is a device; expected a regular file');
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting for a writer', async () => {
    execFileSync('mkfifo', [path.join(dir, 'root', 'pipe.xml')]);
    write('href="pipe.xml"');
    const { diagnostics } = await run();
    expect(errors(diagnostics)).toEqual(['xinclude.not-a-file']);
    expect(diagnostics[0]!.message).toContain('a named pipe');
  });

  it('refuses a file larger than the cap, and inclusions that together exceed it', async () => {
    writeFileSync(path.join(dir, 'root', 'big.txt'), 'x'.repeat(2000));
    write('href="big.txt" parse="text"');
    const one = await run({ maxBytes: 1000 });
    expect(errors(one.diagnostics)).toEqual(['xinclude.too-large']);
    expect(one.diagnostics[0]!.message).toMatch(/is refused: it holds 2000 bytes, more than the 1000 bytes an XInclude may read/);
    // Each part is small; a part that includes the next twice, twelve levels down, is not.
    for (let i = 0; i < 12; i++) {
      const next = i === 11 ? '<p>leaf</p>' : `<xi:include href="p${i + 1}.xml"/><xi:include href="p${i + 1}.xml"/>`;
      writeFileSync(path.join(dir, 'root', `p${i}.xml`), `<div xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">${next}</div>`);
    }
    write('href="p0.xml"');
    const bomb = await run({ maxBytes: 20_000 });
    expect(new Set(errors(bomb.diagnostics))).toEqual(new Set(['xinclude.too-large']));
    expect(bomb.diagnostics.find((d) => d.ruleId === 'xinclude.too-large')!.message).toContain('the inclusions of this document together exceed 20000 characters');
  });

  it('takes a percent sign that starts no escape as part of the name', async () => {
    writeFileSync(path.join(dir, 'root', '50%.txt'), 'fifty');
    write('href="50%.txt" parse="text"');
    const { parsed, diagnostics } = await run();
    expect(diagnostics).toEqual([]);
    expect(parsed.xmlText).toContain('fifty');
  });
});
