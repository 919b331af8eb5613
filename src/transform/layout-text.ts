/**
 * The text edition's layout stage: the block model the text stylesheet
 * writes (xslt/text/layout.xsl: paragraphs, groups, labels, rules and tables
 * in the tx: namespace, inside one tx:page with the width) in, the page out.
 * Blocks are laid out once the width available to each is known: wrapping
 * (src/transform/wrap-lines.ts), indents and hanging indents, alignment,
 * tables (src/transform/layout-table.ts); then blank lines are collapsed,
 * trailing spaces and internal markers removed, the text put in NFC.
 */
import { SaxesParser } from 'saxes';
import { layoutTable, type TableRow } from './layout-table.js';
import { displayWidth, fillLines, indentLines, innerWidth, spaces } from './wrap-lines.js';

/** An element of the block model as read: local name, attributes, children. */
interface ModelElement {
  name: string;
  attributes: Record<string, string>;
  children: (ModelElement | string)[];
}

/** A blank line between loose blocks, dropped again where nothing follows. */
const SEPARATOR = '\uFDDF';

/** The block model read into elements (prefixes dropped: every block is in the tx: namespace). */
function readModel(xml: string): ModelElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: ModelElement = { name: '#document', attributes: {}, children: [] };
  const stack: ModelElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: ModelElement = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    const children = stack[stack.length - 1]!.children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  });
  parser.write(xml).close();
  const page = root.children.find((c): c is ModelElement => typeof c !== 'string');
  if (!page || page.name !== 'page') throw new Error('the text stylesheet wrote no block model (expected a tx:page element)');
  return page;
}

/** The text of an element (XPath's string()). */
function textOf(element: ModelElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textOf(child);
  return text;
}

/** The text nodes of an element, one string each, in document order. */
function textNodes(element: ModelElement): string[] {
  return element.children.flatMap((child) => (typeof child === 'string' ? [child] : textNodes(child)));
}

const elements = (element: ModelElement) => element.children.filter((c): c is ModelElement => typeof c !== 'string');
const integer = (value: string | undefined) => (value === undefined ? 0 : Number(value));

/** A paragraph: indent (all lines), hang (lines after the first), align left|center|right, pre="yes" for code. */
function layoutParagraph(p: ModelElement, width: number): string[] {
  const attributes = p.attributes;
  // The common paragraph (no attribute at all) is filled at the full width.
  if (Object.keys(attributes).length === 0) return fillLines(textOf(p), width, false);
  const indent = integer(attributes.indent);
  const align = attributes.align ?? '';
  const centred = align === 'center' || align === 'right';
  const hang = centred ? 0 : integer(attributes.hang);
  const room = innerWidth(width, indent);
  // Every line is wrapped at the width left after the hanging indent, so that none overflows.
  const lines = fillLines(textOf(p), innerWidth(room, hang), attributes.pre === 'yes');
  const aligned =
    width <= 0 || !centred
      ? lines
      : lines.map((line) => (line === '' ? '' : spaces(align === 'right' ? room - displayWidth(line) : Math.trunc((room - displayWidth(line)) / 2)) + line));
  return indentLines(aligned, indent, hang);
}

/** A group: its blocks one after the other, separated by blank lines unless tight; indent, hang, align="block-right". */
function layoutGroup(group: ModelElement, width: number): string[] {
  const indent = integer(group.attributes.indent);
  const hang = integer(group.attributes.hang);
  const lines = settle(render(elements(group), innerWidth(width, indent + hang), group.attributes.tight === 'yes'));
  let shift = 0;
  if (group.attributes.align === 'block-right' && width > 0) {
    let widest = 0;
    for (const line of lines) widest = Math.max(widest, displayWidth(line));
    shift = Math.max(0, innerWidth(width, indent) - widest);
  }
  return indentLines(lines, indent + shift, hang);
}

/** The rows of a table that have cells. */
function tableRows(table: ModelElement): TableRow[] {
  return elements(table)
    .filter((row) => row.name === 'row')
    .map((row) => ({
      role: row.attributes.role ?? '',
      cells: elements(row)
        .filter((cell) => cell.name === 'cell')
        .map((cell) => ({ text: textOf(cell), start: integer(cell.attributes.start), cols: integer(cell.attributes.cols) })),
    }))
    .filter((row) => row.cells.length > 0);
}

/** The lines of one block at `width`; blank lines are empty strings. */
function layoutBlock(block: ModelElement, width: number): string[] {
  switch (block.name) {
    case 'p':
      return layoutParagraph(block, width);
    case 'group':
      return layoutGroup(block, width);
    // A label that found no block to stand before stands alone.
    case 'label':
      return fillLines(textOf(block), width, false);
    case 'rule':
      return [(block.attributes.char ?? '').repeat(width > 0 ? width : 78)];
    case 'table': {
      const rows = tableRows(block);
      return rows.length > 0 ? layoutTable(rows, width) : [];
    }
    // Anything else (a row or cell outside a table) gives its text, each piece a line, as XSLT's built-in rule did.
    default:
      return textNodes(block);
  }
}

/** The lines of a sequence of blocks, separated by blank lines unless `tight`. */
function render(blocks: readonly ModelElement[], width: number, tight: boolean): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const lines = layoutBlock(block, width);
    if (lines.length === 0) continue;
    for (const line of lines) out.push(line);
    if (!tight) out.push(SEPARATOR);
  }
  return out;
}

/** Separators become blank lines, never at the start or the end. */
function settle(lines: string[]): string[] {
  const first = lines.findIndex((l) => l !== SEPARATOR);
  if (first < 0) return [];
  let last = lines.length - 1;
  while (lines[last] === SEPARATOR) last--;
  const kept = lines.slice(first, last + 1);
  for (let i = 0; i < kept.length; i++) if (kept[i] === SEPARATOR) kept[i] = '';
  return kept;
}

/**
 * Lays out the block model `model` (the serialised tx:page the text stylesheet writes) into the
 * page: lines joined, blank lines collapsed, no trailing spaces, NFC, one final newline.
 */
export function layoutText(model: string): string {
  const page = readModel(model);
  const lines = settle(render(elements(page), integer(page.attributes.width), false));
  const text = lines.join('\n').replace(/[ \t]+(\n|$)/g, '$1');
  const clean = text.replace(/[\uFDD0-\uFDDF]/g, '').replace(/\n{3,}/g, '\n\n');
  return `${clean.replace(/^\n+|\n+$/g, '').normalize('NFC')}\n`;
}
