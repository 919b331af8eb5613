import { describe, expect, it } from 'vitest';
import { applyBaseline, parseBaseline } from '../../src/diagnostics/apply-baseline.js';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';

const d = (line: number, message = 'm') => diagnostic('error', 'rng', 'rng.element-not-allowed', message, { file: 'a.xml', line, column: 1, xpath: '/x' });

describe('applyBaseline', () => {
  it('drops known problems even when their lines moved', () => {
    expect(applyBaseline([d(10), d(20, 'new')], [d(3)])).toEqual([d(20, 'new')]);
  });

  it('excuses one occurrence per baseline entry', () => {
    expect(applyBaseline([d(1), d(2), d(3)], [d(7), d(8)])).toEqual([d(3)]);
  });
});

describe('parseBaseline', () => {
  it('reads the JSON output format', () => {
    expect(parseBaseline(JSON.stringify([d(1)])).baseline).toEqual([d(1)]);
  });

  it('explains what is wrong with a bad baseline', () => {
    expect(parseBaseline('{').error).toMatch(/not JSON/);
    expect(parseBaseline('[{"a":1}]').error).toMatch(/not an array of diagnostics/);
  });
});
