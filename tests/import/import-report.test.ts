import { describe, expect, it } from 'vitest';
import { summarise, summaryLine, type ImportReport } from '../../src/import/import-report.js';

describe('import report', () => {
  const decisions = [
    { line: 1, column: 1, rule: 'names.list', encoded: 'persName', text: 'Kim' },
    { line: 2, column: 1, rule: 'names.titled', encoded: 'persName', text: 'Li', confidence: 'low' as const },
    { line: 3, column: 1, rule: 'bracket.sic', encoded: 'sic', text: '[sic]' },
  ];

  it('counts decisions and guesses by rule', () => {
    expect(summarise(decisions)).toEqual({ 'bracket.sic': { count: 1, guessed: 0 }, 'names.list': { count: 1, guessed: 0 }, 'names.titled': { count: 1, guessed: 1 } });
  });

  it('says in one line what was found, guessed, kept and dropped', () => {
    const report = { input: 'r.txt', summary: summarise(decisions), unrecognised: [{ line: 1, column: 1, text: '[1]', why: '' }], dropped: [] } as unknown as ImportReport;
    expect(summaryLine(report)).toBe('r.txt: 1 bracket marks, 2 names (1 guessed), 1 bracket forms kept as printed');
  });
});
