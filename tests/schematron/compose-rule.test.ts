import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { isolatedCheckExpression, letPrelude, messageExpression, reportExpression, reportTemplate, ruleExpression, severityOfRole, stringLiteral, type RuleParts } from '../../src/schematron/compose-rule.js';
import type { CheckDecl } from '../../src/schematron/schematron-model.js';

const where = { file: 's.sch', line: 1, column: 1 };
const ev = (x: string) => fontoxpath.evaluateXPath(x, null, null, {}, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE);
const check = (kind: 'assert' | 'report', test: string, text: string): CheckDecl => ({ kind, test, message: [{ kind: 'text', text }], diagnostics: [], where });

describe('compose-rule', () => {
  it('writes string literals that survive quotes of both kinds', () => {
    for (const s of ["it's", 'say "hi"', "''", '']) expect(ev(stringLiteral(s))).toEqual([s]);
  });

  it('joins value-of sequences with spaces, as xsl:value-of does', () => {
    const x = messageExpression([
      { kind: 'text', text: 'ids: ' },
      { kind: 'value-of', select: "('a', 'b', 1)", where },
      { kind: 'text', text: '.' },
    ]);
    expect(ev(x)).toEqual(['ids: a b 1.']);
    expect(ev(messageExpression([]))).toEqual(['']);
  });

  it('returns the indexes of failed checks: false asserts, true reports', () => {
    const parts: RuleParts = {
      bindings: [{ name: 'n', value: '2' }],
      checks: [check('assert', '$n gt 1', 'a'), check('assert', '$n gt 5', 'b'), check('report', '$n eq 2', 'c'), check('report', 'false()', 'd')],
      diagnostics: {},
    };
    expect(ev(ruleExpression(parts))).toEqual([1, 2]);
    expect(ev(isolatedCheckExpression(parts, 1))).toEqual([1]);
    expect(ev(isolatedCheckExpression(parts, 0))).toEqual([]);
  });

  it('words a failure with its diagnostics, in the rule context with its lets', () => {
    const parts: RuleParts = {
      bindings: [{ name: 'who', value: "'Lotte'" }],
      checks: [{ ...check('assert', 'false()', 'x'), message: [{ kind: 'value-of', select: '$who', where }], diagnostics: ['d'] }],
      diagnostics: { d: { id: 'd', message: [{ kind: 'text', text: '  see  the guide ' }], where } },
    };
    // The subject defaults to the context item; give it one.
    const [message, subject, diagnostics] = fontoxpath.evaluateXPath(reportExpression(parts, 0), 'ctx', null, {}, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE) as unknown[];
    expect(subject).toBe('ctx');
    expect([message, diagnostics]).toEqual(['Lotte', 'see the guide']);
  });

  it('gives a template (text, null for the context name) only for messages that need no XPath', () => {
    const named: CheckDecl = { ...check('assert', 'false()', ''), message: [{ kind: 'text', text: 'a <' }, { kind: 'name', path: ' . ', where }, { kind: 'text', text: '> here' }] };
    const parts = (c: CheckDecl, extra: Partial<RuleParts> = {}): RuleParts => ({ bindings: [], checks: [c], diagnostics: { d: { id: 'd', message: [], where } }, ...extra });
    expect(reportTemplate(parts(named), 0)).toEqual(['a <', null, '> here']);
    expect(reportTemplate(parts({ ...named, diagnostics: ['missing'] }), 0)).toEqual(['a <', null, '> here']);
    expect(reportTemplate(parts({ ...named, message: [{ kind: 'name', path: '..', where }] }), 0)).toBeUndefined();
    expect(reportTemplate(parts({ ...named, message: [{ kind: 'value-of', select: '@n', where }] }), 0)).toBeUndefined();
    expect(reportTemplate(parts({ ...named, subject: '@n' }), 0)).toBeUndefined();
    expect(reportTemplate(parts(named, { subject: '@n' }), 0)).toBeUndefined();
    expect(reportTemplate(parts({ ...named, diagnostics: ['d'] }), 0)).toBeUndefined();
    expect(reportTemplate(parts(named, { bindings: [{ name: 'a', value: '1' }] }), 0)).toBeUndefined();
  });

  it('has no let clause when there is nothing to bind', () => {
    expect(letPrelude([])).toBe('');
    expect(letPrelude([{ name: 'a', value: '1, 2' }])).toBe('let $a := (1, 2) return ');
  });

  it('maps roles to severities', () => {
    expect(['error', 'fatal', 'nonfatal', 'bogus', undefined].map(severityOfRole)).toEqual(['error', 'error', 'error', 'error', 'error']);
    expect(['warning', 'WARN', ' warn '].map(severityOfRole)).toEqual(['warning', 'warning', 'warning']);
    expect(['info', 'information', 'Informational'].map(severityOfRole)).toEqual(['info', 'info', 'info']);
  });
});
