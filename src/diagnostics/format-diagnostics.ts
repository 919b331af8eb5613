import type { Diagnostic } from './diagnostic.js';

/** Options for the human-readable rendering. */
export interface FormatTextOptions {
  /** Source texts by file name; when given, an excerpt with a caret follows each diagnostic. */
  sources?: ReadonlyMap<string, string>;
}

/**
 * Renders one diagnostic as `file:line:col severity message [layer:ruleId]`,
 * the format editors and CI log parsers recognise.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.layer}:${d.ruleId}]`;
}

/** Renders diagnostics one per line, each optionally followed by a source excerpt and caret. */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], options: FormatTextOptions = {}): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(formatDiagnostic(d));
    const text = options.sources?.get(d.file);
    if (text !== undefined && d.line > 0) lines.push(...excerpt(text, d.line, d.column));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The offending source line with a caret under the column; tabs are kept so the caret lines up. */
function excerpt(text: string, line: number, column: number): string[] {
  const start = nthLineStart(text, line);
  if (start < 0) return [];
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  let source = text.slice(start, end).replace(/\r$/, '');
  let col = Math.max(1, column);
  // Long lines (minified XML) are cut around the column so the excerpt stays readable.
  const width = 120;
  if (source.length > width) {
    const from = Math.max(0, Math.min(col - 1 - width / 2, source.length - width));
    source = (from > 0 ? '…' : '') + source.slice(from, from + width) + (from + width < source.length ? '…' : '');
    col = col - from + (from > 0 ? 1 : 0);
  }
  const pad = source.slice(0, col - 1).replace(/[^\t]/g, ' ');
  return [`  ${source}`, `  ${pad}^`];
}

function nthLineStart(text: string, line: number): number {
  let pos = 0;
  for (let i = 1; i < line; i++) {
    pos = text.indexOf('\n', pos);
    if (pos < 0) return -1;
    pos++;
  }
  return pos;
}

/** Renders diagnostics as a JSON array, one object per diagnostic (the documented machine format). */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(diagnostics, null, 2) + '\n';
}
