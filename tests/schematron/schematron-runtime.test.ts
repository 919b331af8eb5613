import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { adaptDocument } from '../../src/schematron/dom-adapter.js';
import { loadSchematron } from '../../src/schematron/index.js';
import { SchematronRuntime } from '../../src/schematron/schematron-runtime.js';
import { createEvaluationState } from '../../src/schematron/xpath-functions.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 's.sch');
writeFileSync(
  file,
  `<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2">
    <let name="count" value="count(//p)"/>
    <let name="names" value="//p/@n"/>
    <let name="pair" value="(1, 'one')"/>
    <xsl:key name="byN" match="p" use="@n"/>
    <xsl:key name="byN" match="q" use="@n"/>
    <xsl:key name="positional" match="p[1]" use="@n"/>
    <pattern id="x"><rule context="p"><assert test="true()"/></rule></pattern>
  </schema>`,
);
const doc = parseXml('d.xml', '<r><p n="1"/><q n="1"/><p n="2 3"/><p/></r>').document!;

describe('SchematronRuntime', async () => {
  const { schema } = await loadSchematron({ sch: [file] }, { cacheDir: path.join(dir, 'cache') });
  const runtime = new SchematronRuntime(schema!.compiled);
  const adapted = adaptDocument(doc);
  const state = createEvaluationState(adapted, () => []);
  runtime.options.currentContext = state;

  it('evaluates typed global lets once, keeping their types', () => {
    const errors: string[] = [];
    const vars = runtime.globals(schema!.compiled.lets, adapted.root, {}, (name) => errors.push(name));
    expect(Object.keys(vars).sort()).toEqual(['count', 'names']);
    expect(runtime.evaluate('$count instance of xs:integer', adapted.root, vars)).toEqual([true]);
    expect(runtime.evaluate('$names/string()', adapted.root, vars)).toEqual(['1', '2 3']);
    expect(errors).toEqual([]);
  });

  it('indexes xsl:keys over all their declarations, by string value, in document order', () => {
    const index = runtime.keyIndex('byN', adapted, state, {})!;
    expect([...index.keys()].sort()).toEqual(['1', '2 3']);
    expect(index.get('1')!.map((n) => n.localName)).toEqual(['p', 'q']);
    expect(runtime.keyIndex('missing', adapted, state, {})).toBeUndefined();
    // A match pattern that needs a whole-document selection still indexes right.
    expect(runtime.keyIndex('positional', adapted, state, {})!.get('1')!.map((n) => n.localName)).toEqual(['p']);
  });
});
