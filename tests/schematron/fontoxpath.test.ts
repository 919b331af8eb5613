import { describe, expect, it } from 'vitest';
import { ALL_RESULTS, fontoxpath } from '../../src/schematron/fontoxpath.js';

describe('fontoxpath door', () => {
  it('loads the engine with the constants and calls this layer uses', () => {
    expect(typeof ALL_RESULTS).toBe('number');
    expect(fontoxpath.evaluateXPath.XPATH_3_1_LANGUAGE).toBe('XPath3.1');
    expect(fontoxpath.evaluateXPath('(1, 2) ! (. * 2)', null, null, {}, ALL_RESULTS)).toEqual([2, 4]);
    expect(fontoxpath.evaluateXPathToBoolean("'a' = ('a', 'b')", null, null)).toBe(true);
    for (const f of ['parseScript', 'registerCustomXPathFunction', 'createTypedValueFactory', 'evaluateXPathToNodes', 'evaluateXPathToString'] as const) expect(typeof fontoxpath[f]).toBe('function');
  });
});
