/**
 * The lists of xslt/common/ruled-elements.xsl (the one list of the elements
 * that have a rule), read from the stylesheet so that the tests which keep
 * their own reference (the corpus words, the drop report, the page's layout
 * rules) cannot drift from it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

const source = readFileSync(path.join(repoRoot, 'xslt', 'common', 'ruled-elements.xsl'), 'utf8');

/** The names of one list variable of ruled-elements.xsl (e.g. "te:ruled-names"), in the order written: its tokenized names, then its quoted ones. */
export function ruledList(variable: string): string[] {
  const declaration = new RegExp(`<xsl:variable name="${variable}"[^>]*select="([^"]*)"`).exec(source)?.[1];
  if (declaration === undefined) throw new Error(`${variable} is not declared in xslt/common/ruled-elements.xsl`);
  const tokenized = /normalize-space\('([^']*)'\)/.exec(declaration)?.[1] ?? '';
  const quoted = [...declaration.replace(/normalize-space\('[^']*'\)/, '').matchAll(/'([^']+)'/g)].map((m) => m[1]!).filter((n) => n !== ' ');
  return [...tokenized.split(/\s+/).filter(Boolean), ...quoted];
}

/**
 * The TEI elements (by local name) that the text edition has a rule for: every format's list and
 * the text's own. The text's own (line, zone, surface, lem, rdg…) count as much as the rest: an
 * element of either list is "known" to the text stylesheet.
 */
export function textRuledNames(): string[] {
  return [...ruledList('te:ruled-names'), ...ruledList('te:ruled-in-text-only')].filter((name) => !name.startsWith('Q{'));
}
