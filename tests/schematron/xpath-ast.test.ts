import { describe, expect, it } from 'vitest';
import { describeXPathError, isNonPositional, parseModule, parseXPath, serializeModule, staticType, usesPosition } from '../../src/schematron/xpath-ast.js';
import { createXPathOptions } from '../../src/schematron/xpath-functions.js';

const options = createXPathOptions({ tei: 'http://www.tei-c.org/ns/1.0' });
const body = (x: string) => {
  const p = parseXPath(x, options);
  if ('error' in p) throw new Error(p.error);
  return p.body;
};

describe('xpath-ast', () => {
  it('returns syntax errors as text with the position', () => {
    expect(parseXPath('tei:p[', options)).toEqual({ error: 'XPST0003: syntax error at character 6' });
  });

  it('shortens fontoxpath messages to their code and first sentence', () => {
    expect(describeXPathError(new Error('FORG0001: Cannot cast x to xs:integer.\n  at stack'))).toBe('FORG0001: Cannot cast x to xs:integer');
    expect(describeXPathError(new Error('XPST0008, The variable a is not in scope.'))).toBe('XPST0008: The variable a is not in scope');
    expect(describeXPathError('plain')).toBe('plain');
  });

  it('reads static types, and tells filtering predicates from positional ones', () => {
    expect(staticType(body('@a and @b'))).toBe('xs:boolean');
    expect(isNonPositional(body('@a'))).toBe(true);
    expect(isNonPositional(body("@a = 'x'"))).toBe(true);
    expect(isNonPositional(body('1'))).toBe(false);
    expect(isNonPositional(body('position() = 1'))).toBe(false);
    expect(isNonPositional(body('$n'))).toBe(false);
    expect(usesPosition(body('tei:p[last()]'))).toBe(false);
    expect(usesPosition(body('last() gt 1'))).toBe(true);
  });

  it('round-trips a syntax tree through its serialised form', () => {
    const p = parseXPath('count(//tei:p)', options);
    if ('error' in p) throw new Error(p.error);
    const again = parseModule(serializeModule(p.module));
    expect(again.localName).toBe('module');
    expect(serializeModule(again)).toBe(serializeModule(p.module));
  });
});
