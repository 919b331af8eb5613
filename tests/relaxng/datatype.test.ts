import { describe, expect, it } from 'vitest';
import { createDatatype, XSD_LIBRARY, type Datatype } from '../../src/relaxng/datatypes/datatype.js';

const context = { resolvePrefix: () => undefined };
function xsd(type: string, params: { name: string; value: string }[] = []): Datatype {
  const made = createDatatype({ library: XSD_LIBRARY, type, params });
  if ('error' in made) throw new Error(made.error);
  return made.datatype;
}

describe('datatype facets and values', () => {
  it('applies range facets numerically', () => {
    const ratio = xsd('double', [{ name: 'minInclusive', value: '0' }, { name: 'maxInclusive', value: '1' }]);
    expect(ratio.check('0.5', context)).toBeUndefined();
    expect(ratio.check('1.5', context)).toMatch(/at most 1/);
    expect(ratio.check('-1e-3', context)).toMatch(/at least 0/);
  });

  it('applies length and pattern facets to the normalised value', () => {
    const code = xsd('token', [{ name: 'pattern', value: '[A-Z]{2}' }, { name: 'maxLength', value: '2' }]);
    expect(code.check('  DE ', context)).toBeUndefined();
    expect(code.check('DEU', context)).toMatch(/matching the pattern `\[A-Z\]\{2\}`/);
    expect(xsd('string', [{ name: 'length', value: '2' }]).check('𝔸b', context)).toBeUndefined(); // code points, not UTF-16 units
  });

  it('compares values in the value space', () => {
    expect(xsd('decimal').valueOf('1.50', context)).toBe(xsd('decimal').valueOf('+1.5', context));
    expect(xsd('boolean').valueOf('1', context)).toBe(xsd('boolean').valueOf('true', context));
    expect(xsd('double').valueOf('1e0', context)).toBe(xsd('double').valueOf('1.0', context));
  });

  it('reports unusable datatypes and parameters as errors, not exceptions', () => {
    expect(createDatatype({ library: XSD_LIBRARY, type: 'nope', params: [] })).toHaveProperty('error');
    expect(createDatatype({ library: 'urn:other', type: 'x', params: [] })).toHaveProperty('error');
    expect(createDatatype({ library: '', type: 'token', params: [{ name: 'pattern', value: 'x' }] })).toHaveProperty('error');
    expect(createDatatype({ library: XSD_LIBRARY, type: 'string', params: [{ name: 'enumeration', value: 'x' }] })).toHaveProperty('error');
    expect(createDatatype({ library: XSD_LIBRARY, type: 'string', params: [{ name: 'minInclusive', value: '1' }] })).toHaveProperty('error');
  });
});
