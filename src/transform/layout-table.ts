/**
 * Tables in plain text: columns aligned, as in a printed table. Each column
 * is as wide as its widest cell; when the table is wider than the page, the
 * columns are narrowed (never below their longest word) and cells wrap
 * inside their column. Figures are set flush right so that digits line up.
 * A label row is underlined. A cell spanning columns takes their widths. A
 * table that cannot fit even so is set one row per paragraph, cells
 * separated by " | ": never cut, never wider than the page.
 */
import { displayWidth, fillLines, indentLines, innerWidth, isSimple, normalizeSpace, spaces, widthIn, wrapLine } from './wrap-lines.js';

/** A cell of the block model: its text, its first column (from 1) and the columns it spans. */
export interface TableCell {
  text: string;
  start: number;
  cols: number;
}

/** A row of the block model; `role` is 'label' or 'data'. */
export interface TableRow {
  role: string;
  cells: TableCell[];
}

/** The space between two columns. */
const GAP = '  ';

const FIGURE = /^[-−+±$£€¥(]?[0-9][0-9,. ]*[)%]?$/u;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The width a cell has: the widths of the columns it spans, and the gaps between them. */
function cellWidth(cell: TableCell, widths: readonly number[]): number {
  return sum(widths.slice(cell.start - 1, cell.start - 1 + cell.cols)) + GAP.length * (cell.cols - 1);
}

/** `s` padded with spaces to `w` columns, on the right, or on the left for a figure. */
function pad(s: string, w: number, right: boolean): string {
  const fill = spaces(w - displayWidth(s));
  return right ? fill + s : s + fill;
}

/** The lines of the rows at the given column widths; rows that wrap are separated by blank lines so that each row reads as one. */
function tableLines(rows: readonly TableRow[], widths: readonly number[]): string[] {
  const rendered = rows.map((row, r) => {
    const cells = row.cells.map((cell) => {
      const w = cellWidth(cell, widths);
      const t = normalizeSpace(cell.text);
      return { lines: displayWidth(t) <= w ? [t] : wrapLine(t, w), width: w, right: FIGURE.test(t) };
    });
    const height = Math.max(...cells.map((c) => c.lines.length), 1);
    const lines = range(height).map((i) => cells.map((c) => pad(c.lines[i - 1] ?? '', c.width, c.right)).join(GAP).replace(/ +$/, ''));
    if (row.role === 'label' && rows[r + 1]?.role === 'data') lines.push(widths.map((w) => '-'.repeat(Math.max(0, w))).join(GAP));
    return lines;
  });
  const loose = rendered.some((lines) => lines.filter((l) => !/^[- ]+$/.test(l)).length > 1);
  return rendered.flatMap((lines, i) => (loose && i < rendered.length - 1 ? [...lines, ''] : lines));
}

/** The lines of a table (rows that have cells) at `width` (0: no limit). */
export function layoutTable(rows: readonly TableRow[], width: number): string[] {
  const cells = rows.flatMap((row) => row.cells);
  const columns = Math.max(...rows.map((row) => row.cells[row.cells.length - 1]!).map((last) => last.start + last.cols - 1));
  const gaps = GAP.length * (columns - 1);
  // One test for the whole table: when every character takes one column, widths are lengths.
  const simple = isSimple(cells.map((c) => c.text).join(' '));
  const singles = (c: number) => cells.filter((cell) => cell.start === c && cell.cols === 1);
  const single = range(columns).map((c) => Math.max(...singles(c).map((cell) => widthIn(cell.text, simple)), 1));
  // A cell spanning columns that is wider than them widens the last of them.
  const natural = range(columns).map(
    (c) => single[c - 1]! + Math.max(0, ...cells.filter((cell) => cell.cols !== 1 && cell.start + cell.cols - 1 === c).map((cell) => widthIn(cell.text, simple) - cellWidth(cell, single))),
  );
  const narrowest = range(columns).map((c) =>
    Math.min(natural[c - 1]!, Math.max(...singles(c).flatMap((cell) => (cell.text === '' ? [] : cell.text.split(' ').map((w) => widthIn(w, simple)))), 1)),
  );
  if (width <= 0 || sum(natural) + gaps <= width) return tableLines(rows, natural);
  if (sum(narrowest) + gaps <= width) {
    // Narrow the columns: each keeps its longest word and gets a share of the rest in proportion to what it would like.
    const spare = width - gaps - sum(narrowest);
    const wish = range(columns).map((c) => natural[c - 1]! - narrowest[c - 1]!);
    const wished = sum(wish);
    return tableLines(rows, narrowest.map((n, i) => n + (wished === 0 ? 0 : Math.floor((spare * wish[i]!) / wished))));
  }
  // One row per paragraph (a tight group of paragraphs hanging by 2).
  const room = innerWidth(width, 0);
  return rows.flatMap((row) => indentLines(fillLines(row.cells.map((c) => normalizeSpace(c.text)).join(' | '), innerWidth(room, 2), false), 0, 2));
}
