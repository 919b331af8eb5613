/**
 * Reads the `xml-model` processing instructions of a document (W3C
 * "Associating Schemas with XML documents"): which schemas the document
 * itself declares, resolved relative to the file.
 */
import path from 'node:path';
import type { XmlDocument } from '../parse/xml-tree.js';

export const RELAXNG_NS = 'http://relaxng.org/ns/structure/1.0';
export const SCHEMATRON_NS = 'http://purl.oclc.org/dsdl/schematron';

/** One xml-model declaration. */
export interface XmlModel {
  href: string;
  /** The schema language, from schematypens or, failing that, the type and file extension. */
  language: 'relaxng' | 'relaxng-compact' | 'schematron' | 'other';
  /** The href resolved against the document's folder (URLs are kept as they are). */
  resolved: string;
  /** True for http(s) URLs, which are never fetched without permission. */
  remote: boolean;
  /** Offset of the processing instruction, for diagnostics. */
  offset: number;
}

/** The pseudo-attributes of a PI body (`href="…" type='…'`). */
function pseudoAttributes(data: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of data.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(m[1]!, m[2] ?? m[3] ?? '');
  return attributes;
}

function languageOf(attributes: Map<string, string>, href: string): XmlModel['language'] {
  const ns = attributes.get('schematypens') ?? '';
  if (ns === RELAXNG_NS) return /\.rnc$/i.test(href) ? 'relaxng-compact' : 'relaxng';
  if (ns === SCHEMATRON_NS || ns === 'http://www.ascc.net/xml/schematron') return 'schematron';
  if (/\.rnc$/i.test(href) || attributes.get('type') === 'application/relax-ng-compact-syntax') return 'relaxng-compact';
  if (/\.rng$/i.test(href) || /\.odd$/i.test(href)) return 'relaxng';
  if (/\.sch$/i.test(href)) return 'schematron';
  return 'other';
}

/** The xml-model declarations before the root element of `document`, read from `filePath`. */
export function readXmlModels(document: Pick<XmlDocument, 'children'>, filePath: string): XmlModel[] {
  const models: XmlModel[] = [];
  for (const node of document.children) {
    if (node.type !== 'pi' || node.target !== 'xml-model') continue;
    const attributes = pseudoAttributes(node.data);
    const href = attributes.get('href');
    if (!href) continue;
    const remote = /^https?:/i.test(href);
    const resolved = remote ? href : path.resolve(path.dirname(filePath), decodeURIComponent(href.replace(/^file:\/\//, '')));
    models.push({ href, language: languageOf(attributes, href), resolved, remote, offset: node.start });
  }
  return models;
}
