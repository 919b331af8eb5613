import { describe, expect, it } from 'vitest';
import { compileSchematron, COMPILED_FORMAT } from '../../src/schematron/compile-schematron.js';
import type { CheckDecl, SchemaDecl } from '../../src/schematron/schematron-model.js';

const where = { file: 's.sch', line: 3, column: 5 };
const check = (test: string, extra: Partial<CheckDecl> = {}): CheckDecl => ({ kind: 'assert', test, message: [{ kind: 'text', text: 'm' }], diagnostics: [], where, ...extra });
const schema = (patterns: SchemaDecl['patterns'], lets: SchemaDecl['lets'] = []): SchemaDecl => ({
  queryBinding: 'xslt2',
  phase: '#ALL',
  namespaces: { t: 'urn:t' },
  lets,
  patterns,
  diagnostics: {},
  keys: [],
});

describe('compileSchematron', () => {
  it('gives each check its @id, else pattern.rule.check, and its severity from @role', () => {
    const c = compileSchematron(
      schema([{ id: 'p', lets: [], where, rules: [{ context: 't:a', role: 'warning', lets: [], where, checks: [check('@x', { id: 'mine' }), check('@y'), check('@z', { role: 'info' })] }] }]),
      'h',
    );
    expect(c.format).toBe(COMPILED_FORMAT);
    expect(c.patterns[0]!.rules[0]!.checks.map((k) => [k.ruleId, k.severity])).toEqual([
      ['mine', 'warning'],
      ['p.1.2', 'warning'],
      ['p.1.3', 'info'],
    ]);
    expect(c.diagnostics).toEqual([]);
  });

  it('reports each broken expression where it is written and keeps the sound checks', () => {
    const broken = { ...where, line: 9 };
    const c = compileSchematron(
      schema([
        {
          id: 'p',
          lets: [],
          where,
          rules: [
            { context: 't:a', lets: [], where, checks: [check('@x'), check('q:y', { where: broken }), check('@z', { message: [{ kind: 'value-of', select: 'f:g()', where: broken }] })] },
            { context: 't:a[', lets: [], where, checks: [check('@x')] },
          ],
        },
      ]),
      'h',
    );
    expect(c.patterns[0]!.rules).toHaveLength(1);
    expect(c.patterns[0]!.rules[0]!.checks.map((k) => k.test)).toEqual(['@x']);
    expect(c.diagnostics.map((d) => [d.ruleId, d.line, /XPST\d+/.exec(d.message)?.[0]])).toEqual([
      ['sch.invalid-xpath', 9, 'XPST0081'],
      ['sch.invalid-xpath', 9, 'XPST0081'],
      ['sch.invalid-xpath', 3, 'XPST0003'],
    ]);
  });

  it('passes typed global lets once per document, and inlines the others', () => {
    const c = compileSchematron(
      schema([], [
        { name: 'ids', value: '//@xml:id', where },
        { name: 'n', value: '3', where },
        { name: 'mixed', value: "(1, 'a')", where },
      ]),
      'h',
    );
    expect(c.lets.map((l) => [l.name, l.passAs])).toEqual([
      ['ids', 'attribute()*'],
      ['n', 'xs:integer*'],
      ['mixed', undefined],
    ]);
  });

  it('compiles simple tests to fast forms and analyses contexts for dispatch', () => {
    const c = compileSchematron(schema([{ id: 'p', lets: [], where, rules: [{ context: 't:*[@when]', lets: [], where, checks: [check('@a or t:b'), check('count(*) gt 1')] }] }]), 'h');
    const rule = c.patterns[0]!.rules[0]!;
    expect(rule.fast).toBeUndefined();
    expect(rule.matcher.kind === 'paths' && rule.matcher.paths[0]!.requiredAttribute).toEqual({ uri: '', local: 'when' });
    const simple = compileSchematron(schema([{ id: 'p', lets: [], where, rules: [{ context: 't:a', lets: [], where, checks: [check('@a or t:b')] }] }]), 'h');
    expect(simple.patterns[0]!.rules[0]!.fast).toHaveLength(1);
  });
});
