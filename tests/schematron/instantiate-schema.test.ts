import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSchematron } from '../../src/schematron/collect-schematron.js';
import { instantiateSchema } from '../../src/schematron/instantiate-schema.js';
import { SchemaFiles } from '../../src/schematron/schema-files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-instantiate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const load = async (body: string, attrs = '', phase?: string) => {
  const file = path.join(dir, `s${Math.random().toString(36).slice(2)}.sch`);
  writeFileSync(file, `<schema xmlns="http://purl.oclc.org/dsdl/schematron" ${attrs}>${body}</schema>`);
  const collected = await collectSchematron({ sch: [file] }, new SchemaFiles());
  return instantiateSchema(collected, phase === undefined ? { embeddedOnly: false } : { phase, embeddedOnly: false });
};

describe('instantiateSchema', () => {
  it('instantiates abstract patterns with their params, in every attribute that holds XPath', async () => {
    const { schema } = await load(`
      <pattern abstract="true" id="req"><rule context="$el" subject="$at"><let name="v" value="$at"/><assert test="$at" subject="$at">x<value-of select="$at"/></assert></rule></pattern>
      <pattern is-a="req" id="i1"><param name="el" value="a"/><param name="at" value="@b"/></pattern>`);
    const rule = schema!.patterns[0]!.rules[0]!;
    expect([rule.context, rule.subject, rule.lets[0]!.value, rule.checks[0]!.test, rule.checks[0]!.subject]).toEqual(['a', '@b', '@b', '@b', '@b']);
    expect(rule.checks[0]!.message[1]).toMatchObject({ kind: 'value-of', select: '@b' });
    expect(schema!.patterns.map((p) => p.id)).toEqual(['i1']);
  });

  it('expands extends recursively, keeping lets and checks in order, and refuses cycles', async () => {
    const { schema, diagnostics } = await load(`<pattern id="p">
      <rule abstract="true" id="r1"><let name="a" value="1"/><assert test="1"/><extends rule="r2"/></rule>
      <rule abstract="true" id="r2"><assert test="2"/><extends rule="r1"/></rule>
      <rule context="x"><extends rule="r1"/><report test="3"/></rule></pattern>`);
    expect(schema!.patterns[0]!.rules[0]!.checks.map((c) => c.test)).toEqual(['1', '2', '3']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['sch.extends-cycle']);
  });

  it('names patterns without id by position, and selects the phase asked for', async () => {
    const body = `<phase id="one"><active pattern="b"/><let name="pl" value="1"/></phase><pattern><rule context="x"/></pattern><pattern id="b"/>`;
    expect((await load(body)).schema!.patterns.map((p) => p.id)).toEqual(['pattern-1', 'b']);
    const one = await load(body, '', 'one');
    expect([one.schema!.patterns.map((p) => p.id), one.schema!.lets.map((l) => l.name), one.schema!.phase]).toEqual([['b'], ['pl'], 'one']);
    expect((await load(body, 'defaultPhase="one"')).schema!.patterns.map((p) => p.id)).toEqual(['b']);
    expect((await load(body, 'defaultPhase="one"', '#ALL')).schema!.patterns).toHaveLength(2);
  });

  it('rejects an unknown query binding and reports malformed declarations', async () => {
    expect((await load('', 'queryBinding="exslt"')).diagnostics.map((d) => d.ruleId)).toEqual(['sch.unsupported-query-binding']);
    const { diagnostics } = await load(`<ns prefix="a"/><let name="x"/><pattern id="p"><rule><assert test="1"/></rule><rule context="y"><assert/></rule></pattern>`);
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual(['sch.invalid-check', 'sch.invalid-let', 'sch.invalid-ns', 'sch.invalid-rule']);
  });
});
