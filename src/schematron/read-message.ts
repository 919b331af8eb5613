/**
 * Reads the natural-language part of Schematron: assertion and diagnostic
 * messages (text with `value-of`, `name`, and the inline `emph`/`dir`/`span`
 * markup, whose text is kept), and the `$param` substitution that
 * instantiates abstract patterns.
 */
import { getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { isSch } from './collect-schematron.js';
import { locationOf, type SchemaFile } from './schema-files.js';
import type { MessagePart } from './schematron-model.js';

/** A parameter of an abstract pattern instance. */
export interface Param {
  name: string;
  value: string;
}

/** The parts of the message written inside `element` (an assert, report or diagnostic). */
export function readMessage(element: XmlElement, schema: SchemaFile, params: Param[]): MessagePart[] {
  const parts: MessagePart[] = [];
  const visit = (el: XmlElement) => {
    for (const node of el.children) {
      if (node.type === 'text') parts.push({ kind: 'text', text: node.value });
      else if (node.type !== 'element') continue;
      else if (isSch(node, 'value-of')) parts.push({ kind: 'value-of', select: substitute(getAttribute(node, 'select') ?? "''", params), where: locationOf(schema, node) });
      else if (isSch(node, 'name')) parts.push({ kind: 'name', path: substitute(getAttribute(node, 'path') ?? '.', params), where: locationOf(schema, node) });
      // emph, dir, span and foreign markup (e.g. XHTML) only style their text.
      else visit(node);
    }
  };
  visit(element);
  return parts;
}

/**
 * Replaces each `$name` of an abstract pattern's parameters by its value.
 * A reference ends where an NCName ends, so `$a` does not eat `$ab`; longer
 * names are replaced first all the same.
 */
export function substitute(text: string, params: readonly Param[]): string {
  if (!params.length || !text.includes('$')) return text;
  const values = new Map(params.map((p) => [p.name, p.value]));
  const names = [...values.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // One pass, so a value that itself contains "$x" is not substituted again.
  const reference = new RegExp(`\\$(${names.join('|')})(?![\\p{L}\\p{N}_.\\-\\u00B7])`, 'gu');
  return text.replace(reference, (_, name: string) => values.get(name) ?? '');
}

/** Collapses runs of XML white space (space, tab, CR, LF) and trims, as `normalize-space()` does. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
