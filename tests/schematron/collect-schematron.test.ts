import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getAttribute } from '../../src/parse/xml-tree.js';
import { collectSchematron } from '../../src/schematron/collect-schematron.js';
import { SchemaFiles } from '../../src/schematron/schema-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
const SCH = 'xmlns:sch="http://purl.oclc.org/dsdl/schematron"';
write('main.rng', `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ${SCH}>
  <define name="a"><element name="a"><sch:pattern id="p1"><sch:rule context="a"><sch:assert test="@x"/></sch:rule></sch:pattern></element></define>
  <sch:rule context="b"><sch:report test="true()"/></sch:rule>
  <include href="sub.rng"/>
  <sch:ns prefix="t" uri="urn:t"/>
</grammar>`);
write('sub.rng', `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ${SCH}><sch:pattern id="p2"/><externalRef href="main.rng"/></grammar>`);
write('main.sch', `<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt3" defaultPhase="ph">
  <ns prefix="u" uri="urn:u"/><let name="g" value="1"/><phase id="ph"/><include href="part.sch"/>
  <xsl:key name="k" match="a" use="@x"/><xsl:function name="u:f"/>
  <rules><rule abstract="true" id="r"/></rules>
</schema>`);
write('part.sch', `<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="p3"><rule context="a"><include href="part-assert.sch"/></rule></pattern>`);
write('part-assert.sch', `<assert xmlns="http://purl.oclc.org/dsdl/schematron" test="true()"/>`);
write('notsch.xml', '<other/>');

describe('collectSchematron', () => {
  it('finds patterns, stray rules and ns anywhere in a grammar and its includes (each file once)', async () => {
    const files = new SchemaFiles();
    const c = await collectSchematron({ rng: path.join(dir, 'main.rng') }, files);
    expect(c.patterns.map((p) => getAttribute(p.element, 'id') ?? p.element.local)).toEqual(['p1', 'rule', 'p2']);
    expect(c.ns.map((n) => getAttribute(n.element, 'prefix'))).toEqual(['t']);
    expect(files.diagnostics).toEqual([]);
  });

  it('reads a .sch file: binding, default phase, lets, phases, keys, rules containers and includes', async () => {
    const files = new SchemaFiles();
    const c = await collectSchematron({ sch: [path.join(dir, 'main.sch')] }, files);
    expect(c.queryBinding?.value).toBe('xslt3');
    expect(c.defaultPhase).toBe('ph');
    expect([c.ns.length, c.lets.length, c.phases.length, c.keys.length, c.rules.length]).toEqual([1, 1, 1, 1, 1]);
    expect(c.patterns.map((p) => getAttribute(p.element, 'id'))).toEqual(['p3']);
    // The include inside the rule was read up front, for the synchronous stages after.
    expect([...c.includes.values()].map((l) => l?.element.local)).toEqual(['pattern', 'assert']);
    expect(files.diagnostics.map((d) => d.ruleId)).toEqual(['sch.unsupported-xslt']);
  });

  it('says when a file is not a Schematron schema', async () => {
    const files = new SchemaFiles();
    await collectSchematron({ sch: [path.join(dir, 'notsch.xml')] }, files);
    expect(files.diagnostics.map((d) => d.ruleId)).toEqual(['sch.not-a-schema']);
  });
});
