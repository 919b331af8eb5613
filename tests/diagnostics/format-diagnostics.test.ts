import { describe, expect, it } from 'vitest';
import { diagnostic, sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic, formatDiagnosticsJson, formatDiagnosticsText } from '../../src/diagnostics/format-diagnostics.js';

const d = diagnostic('error', 'refs', 'refs.dangling-pointer', '@who value "#kimm" points to nothing', { file: 'tei/a.xml', line: 3, column: 9, xpath: '/tei:TEI[1]' });

describe('formatDiagnostic', () => {
  it('renders file:line:col severity message [layer:ruleId]', () => {
    expect(formatDiagnostic(d)).toBe('tei/a.xml:3:9 error @who value "#kimm" points to nothing [refs:refs.dangling-pointer]');
  });

  it('adds the source line and a caret under the column when the source is known', () => {
    const text = '<a>\n<b>\n\t<said who="#kimm">x</said>\n</b>';
    const out = formatDiagnosticsText([d], { sources: new Map([['tei/a.xml', text]]) });
    expect(out.split('\n')).toEqual([formatDiagnostic(d), '  \t<said who="#kimm">x</said>', '  \t       ^', '']);
  });

  it('keeps the JSON field names stable', () => {
    const parsed = JSON.parse(formatDiagnosticsJson([d])) as unknown[];
    expect(parsed).toEqual([{ severity: 'error', layer: 'refs', ruleId: 'refs.dangling-pointer', message: d.message, file: 'tei/a.xml', line: 3, column: 9, xpath: '/tei:TEI[1]' }]);
  });

  it('sorts by file, line, column, then layer order', () => {
    const a = diagnostic('warning', 'sch', 'x', 'm', { file: 'b.xml', line: 1, column: 1 });
    const b = diagnostic('error', 'rng', 'x', 'm', { file: 'a.xml', line: 2, column: 1 });
    const c = diagnostic('error', 'wf', 'x', 'm', { file: 'a.xml', line: 2, column: 1 });
    expect(sortDiagnostics([a, b, c])).toEqual([c, b, a]);
  });
});
