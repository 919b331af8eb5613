/**
 * Namespace lookups on the parsed tree that the RELAX NG layer depends on.
 * The parser resolves attribute namespaces; `attributeUri` still falls back
 * to the prefix and the in-scope declarations for trees built by other
 * means (tests, XInclude splices) where a URI may be missing.
 */
import { XML_NS, type XmlAttribute, type XmlElement } from '../parse/xml-tree.js';

/** Resolves a namespace prefix declared on `el` or an ancestor (`xml` is always bound; '' is the default namespace). */
export function resolvePrefix(el: XmlElement, prefix: string): string | undefined {
  if (prefix === 'xml') return XML_NS;
  for (let e: XmlElement | undefined = el; e; e = e.parent.type === 'element' ? e.parent : undefined) {
    const uri = e.namespaceDeclarations[prefix];
    if (uri !== undefined) return uri;
  }
  return prefix === '' ? '' : undefined;
}

/** The namespace URI of an attribute: none without a prefix, else the one its prefix is bound to. */
export function attributeUri(a: XmlAttribute): string {
  if (typeof a.uri === 'string' && (a.uri !== '' || a.prefix === '')) return a.uri;
  if (a.prefix === '') return '';
  return resolvePrefix(a.owner, a.prefix) ?? '';
}

/** The value of an unprefixed attribute, if present. */
export function plainAttribute(el: XmlElement, local: string): string | undefined {
  for (const a of el.attributes) if (a.local === local && a.prefix === '') return a.value;
  return undefined;
}
