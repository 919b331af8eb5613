/**
 * Writes the grammar as RELAX NG XML text: indented, attributes in a fixed
 * order, so the same spec set always gives the same bytes.
 */
import { RNG, SCH, TEI } from './odd-model.js';
import { isNode, type RChild, type RNode } from './rng-node.js';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;');

function write(node: RChild, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (!isNode(node)) {
    out.push(pad + node.xml);
    return;
  }
  const attrs = Object.entries(node.a ?? {}).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  if (node.t !== undefined) out.push(`${pad}<${node.n}${attrs}>${escapeText(node.t)}</${node.n}>`);
  else if (!node.c?.length) out.push(`${pad}<${node.n}${attrs}/>`);
  else {
    out.push(`${pad}<${node.n}${attrs}>`);
    for (const c of node.c) write(c, depth + 1, out);
    out.push(`${pad}</${node.n}>`);
  }
}

/** The RELAX NG document: a grammar in `ns` with the Schematron `ns` declarations and the patterns of no element first. */
export function writeRng(options: { ns: string; comment: string; schematronNs: string[]; schematronPatterns: string[]; start: RNode; defines: RNode[] }): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<grammar xmlns="${RNG}" xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0" xmlns:sch="${SCH}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes" ns="${escapeAttribute(options.ns)}">`,
    `  <!--${options.comment.replace(/--/g, '- -')}-->`,
  ];
  const nsDeclarations = options.schematronNs.some((x) => /prefix="tei"/.test(x)) ? options.schematronNs : [`<sch:ns prefix="tei" uri="${TEI}"/>`, ...options.schematronNs];
  for (const x of [...nsDeclarations, ...options.schematronPatterns]) out.push(`  ${x}`);
  write(options.start, 1, out);
  for (const d of options.defines) write(d, 1, out);
  out.push('</grammar>', '');
  return out.join('\n');
}
