/**
 * Writes a parsed tree (or a subtree) back as XML text: used to splice
 * XIncluded fragments and to write exchange copies. Text and attribute values
 * are escaped as XML requires; a subtree taken out of its document declares
 * every namespace in scope at its root, so that it means the same thing
 * wherever it is put.
 */
import type { XmlElement, XmlNode, XmlParent } from './xml-tree.js';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');

/** Namespace declarations in scope at `element` (prefix, '' for the default, to URI), innermost winning. */
export function namespacesInScope(element: XmlElement): Record<string, string> {
  const chain: XmlElement[] = [];
  for (let e: XmlParent = element; e.type === 'element'; e = e.parent) chain.unshift(e);
  return Object.assign({}, ...chain.map((e) => e.namespaceDeclarations)) as Record<string, string>;
}

export interface SerializeOptions {
  /** Declarations to write on the subtree's root (besides its own): usually `namespacesInScope`. */
  rootNamespaces?: Record<string, string>;
  /** Extra attributes for the subtree's root (e.g. xml:base after an XInclude), written after its own. */
  rootAttributes?: Record<string, string>;
}

/** Serialises `node` and its descendants. Comments and processing instructions are kept. Iterative: any depth is safe. */
export function serializeNode(node: XmlNode, options: SerializeOptions = {}): string {
  const parts: string[] = [];
  // Nodes still to write, last first; a string is an end tag to write when its element is done.
  const pending: (XmlNode | string)[] = [node];
  while (pending.length) {
    const n = pending.pop()!;
    if (typeof n === 'string') parts.push(n);
    else if (n.type === 'text') parts.push(n.cdata ? `<![CDATA[${n.value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` : escapeText(n.value));
    else if (n.type === 'comment') parts.push(`<!--${n.value}-->`);
    else if (n.type === 'pi') parts.push(`<?${n.target}${n.data ? ' ' + n.data : ''}?>`);
    else {
      const root = n === node;
      const declarations = root ? { ...(options.rootNamespaces ?? {}), ...n.namespaceDeclarations } : n.namespaceDeclarations;
      parts.push('<', n.name);
      for (const [prefix, uri] of Object.entries(declarations)) parts.push(prefix ? ` xmlns:${prefix}="` : ' xmlns="', escapeAttribute(uri), '"');
      for (const a of n.attributes) parts.push(' ', a.name, '="', escapeAttribute(a.value), '"');
      if (root) for (const [name, value] of Object.entries(options.rootAttributes ?? {})) if (!n.attributes.some((a) => a.name === name)) parts.push(' ', name, '="', escapeAttribute(value), '"');
      if (!n.children.length) parts.push('/>');
      else {
        parts.push('>');
        pending.push(`</${n.name}>`);
        for (let i = n.children.length - 1; i >= 0; i--) pending.push(n.children[i]!);
      }
    }
  }
  return parts.join('');
}
