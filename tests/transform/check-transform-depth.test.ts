import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { checkTransformDepth, MAX_TRANSFORM_DEPTH } from '../../src/transform/check-transform-depth.js';

/** A TEI document whose body holds `depth` nested divs. */
const deepTei = (depth: number) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Deep</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body>${'<div>'.repeat(depth)}<p>x</p>${'</div>'.repeat(depth)}</body></text></TEI>
`;

const parsed = (text: string) => {
  const result = parseXml('deep.xml', text);
  return { source: { file: 'deep.xml', path: '/deep.xml', text, encoding: 'UTF-8', bytes: new Uint8Array() }, document: result.document!, xmlText: result.transformText! };
};

describe('checkTransformDepth', () => {
  it('passes a document at the bound and stops one level more, at the first element too deep', () => {
    // TEI, text, body: three levels before the first div.
    expect(checkTransformDepth(parsed(deepTei(MAX_TRANSFORM_DEPTH - 4)))).toBeUndefined();
    const problem = checkTransformDepth(parsed(deepTei(MAX_TRANSFORM_DEPTH - 3)))!;
    expect(problem).toMatchObject({ severity: 'error', layer: 'transform', ruleId: 'transform.too-deep', line: 2 });
    expect(problem.message).toBe(
      `element <p> is nested ${MAX_TRANSFORM_DEPTH + 1} levels deep, deeper than the ${MAX_TRANSFORM_DEPTH} levels the stylesheets can render (saxon-js recurses once per level and would run out of stack); expected a shallower document. It was validated, but no edition or data is made of it`,
    );
  });
});

describe('a document 20,000 levels deep', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'deep-'));
    mkdirSync(path.join(dir, 'tei'));
    writeFileSync(path.join(dir, 'tei', 'deep.xml'), deepTei(20_000));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]) => {
    let log = '';
    const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (log += t), err: (t) => (log += t) });
    return { code, log };
  };

  it.each([
    ['build', ['--jobs', '1', '--out']],
    ['export', ['--out']],
  ])('%s: one clear diagnostic and exit 1, no stack overflow', async (command, options) => {
    const { code, log } = await run(command, '--layers', 'wf,refs', ...options, path.join(dir, `out-${command}`), path.join(dir, 'tei', 'deep.xml'));
    expect(code).toBe(1);
    expect(log).toMatch(/deep\.xml:2:\d+ error element <div> is nested 129 levels deep, deeper than the 128 levels .*\[transform:transform\.too-deep\]/);
    expect(log).not.toMatch(/Maximum call stack|internal error|\n\s+at /);
  }, 60_000);

  it('validate --layers wf,refs: no diagnostic, exit 0 (the validation layers walk any depth)', async () => {
    const { code, log } = await run('validate', '--layers', 'wf,refs', path.join(dir, 'tei', 'deep.xml'));
    expect(log).toContain('1 file, 0 errors');
    expect(code).toBe(0);
  }, 60_000);
});
