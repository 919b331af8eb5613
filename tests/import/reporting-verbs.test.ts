import { describe, expect, it } from 'vitest';
import { BARE_CLAUSE_VERBS, REPORTING_VERBS } from '../../src/import/reporting-verbs.js';

describe('reporting verbs', () => {
  const forms = REPORTING_VERBS.split('|').map((f) => f.replace(/\\/g, ''));
  it('has every form of every lemma, longest first', () => {
    expect(forms).toEqual(expect.arrayContaining(['said', 'says', 'say', 'stressed', 'expressed', 'presents', 'believes', 'pointed out', 'emphasised', 'told']));
    expect(forms).not.toContain('fear');
    expect(forms.map((f) => f.length)).toEqual([...forms.map((f) => f.length)].sort((a, b) => b - a));
    expect(BARE_CLAUSE_VERBS.has('said')).toBe(true);
    expect(BARE_CLAUSE_VERBS.has('stressed')).toBe(false);
  });
});
