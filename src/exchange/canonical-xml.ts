/**
 * Canonical XML (W3C Canonical XML 1.0, with comments) of a parsed tree: the
 * one text two documents share exactly when they hold the same elements,
 * attributes, text, comments and processing instructions in the same order,
 * whatever their encoding, quoting, attribute order, entity use, CDATA
 * sections, empty-element tags or DOCTYPE. The exchange copies are checked
 * against their source with it before they are written.
 *
 * Written over our own tree rather than with a DOM canonicaliser: the
 * libraries that exist (xml-c14n, xml-crypto) need a DOM we would build only
 * for this, and the rules are short. Iterative, so deep trees are safe.
 */
import { XML_NS, type XmlDocument, type XmlElement, type XmlNode } from '../parse/xml-tree.js';
import { namespacesInScope } from '../parse/serialize-xml.js';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');

/** Code-point order, as C14N sorts (JavaScript's default sort compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

const pi = (target: string, data: string) => `<?${target}${data ? ' ' + data : ''}?>`;

/** What one element contributes: namespace nodes that differ from its parent's, then attributes in C14N order. */
function startTag(element: XmlElement, inherited: Record<string, string>, own: Record<string, string>): string {
  const declarations = Object.keys(own)
    .filter((prefix) => prefix !== 'xml' && own[prefix] !== (inherited[prefix] ?? ''))
    // xmlns="" is output only to undo an inherited default namespace.
    .filter((prefix) => prefix !== '' || own[''] !== '' || (inherited[''] ?? '') !== '')
    .sort(compareCodePoints)
    .map((prefix) => (prefix ? ` xmlns:${prefix}="${escapeAttribute(own[prefix]!)}"` : ` xmlns="${escapeAttribute(own[prefix]!)}"`));
  const attributes = [...element.attributes]
    .sort((a, b) => compareCodePoints(a.uri, b.uri) || compareCodePoints(a.local, b.local))
    .map((a) => ` ${a.uri === XML_NS ? `xml:${a.local}` : a.name}="${escapeAttribute(a.value)}"`);
  return `<${element.name}${declarations.join('')}${attributes.join('')}>`;
}

/**
 * The canonical form of `element` and its descendants. As a document subset
 * (inclusive C14N), the namespaces in scope from its ancestors are declared on it.
 */
export function canonicalElement(element: XmlElement): string {
  const parts: string[] = [];
  type Step = { node: XmlNode; inherited: Record<string, string> } | { close: string };
  const stack: Step[] = [{ node: element, inherited: {} }];
  const rootScope = namespacesInScope(element);
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      parts.push(step.close);
      continue;
    }
    const { node, inherited } = step;
    if (node.type === 'text') parts.push(escapeText(node.value));
    else if (node.type === 'comment') parts.push(`<!--${node.value}-->`);
    else if (node.type === 'pi') parts.push(pi(node.target, node.data));
    else {
      const own = node === element ? rootScope : { ...inherited, ...node.namespaceDeclarations };
      parts.push(startTag(node, inherited, own));
      stack.push({ close: `</${node.name}>` });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, inherited: own });
    }
  }
  return parts.join('');
}

export interface CanonicalOptions {
  /** Leave out the prolog and epilog processing instructions this returns true for (e.g. xml-model). */
  skipPi?: (target: string, data: string) => boolean;
}

/** The canonical form of a whole document: comments and PIs around the root on lines of their own. */
export function canonicalDocument(document: XmlDocument, options: CanonicalOptions = {}): string {
  const parts: string[] = [];
  let beforeRoot = true;
  for (const node of document.children) {
    if (node.type === 'element') {
      parts.push(canonicalElement(node));
      beforeRoot = false;
      continue;
    }
    let text: string;
    if (node.type === 'comment') text = `<!--${node.value}-->`;
    else if (node.type === 'pi') {
      if (options.skipPi?.(node.target, node.data)) continue;
      text = pi(node.target, node.data);
    } else continue; // white space outside the root is not part of the canonical form
    parts.push(beforeRoot ? `${text}\n` : `\n${text}`);
  }
  return parts.join('');
}

/** Where two canonical forms first differ, with a little context from each, for messages. */
export function firstDifference(a: string, b: string): { offset: number; expected: string; found: string } | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return { offset: i, expected: a.slice(from, i + 40), found: b.slice(from, i + 40) };
}
