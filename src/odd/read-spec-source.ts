/**
 * The specifications an ODD customises: every elementSpec, classSpec,
 * macroSpec and dataSpec of a TEI source (p5subset.xml, or an ODD already
 * compiled by odd2odd), indexed by ident and by module, in document order.
 */
import { getAttribute, type XmlDocument, type XmlElement } from '../parse/xml-tree.js';
import { TEI, type Spec } from './odd-model.js';
import { readSpec, SPEC_KINDS } from './read-spec.js';

export interface SpecSource {
  specs: Spec[];
  byIdent: Map<string, Spec>;
  /** Specs by module, in document order; every module that a moduleSpec declares is present. */
  byModule: Map<string, Spec[]>;
  /** The TEI edition (teiHeader's edition statement), when the source gives one. */
  edition?: string;
}

/** Indexes a list of specs (from a document, or from a compiled customisation when ODDs are chained). */
export function indexSpecs(specs: Spec[], modules: Iterable<string> = []): SpecSource {
  const byIdent = new Map<string, Spec>();
  const byModule = new Map<string, Spec[]>([...modules].map((m) => [m, []]));
  for (const s of specs) {
    if (!byIdent.has(s.ident)) byIdent.set(s.ident, s);
    const list = byModule.get(s.module) ?? [];
    list.push(s);
    byModule.set(s.module, list);
  }
  return { specs, byIdent, byModule };
}

/** Reads every specification of a TEI source document. */
export function readSpecSource(document: XmlDocument): SpecSource {
  const specs: Spec[] = [];
  const modules: string[] = [];
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.uri === TEI && SPEC_KINDS.has(child.local)) {
        // A spec in delete mode in a compiled ODD is a leftover instruction, not a definition.
        if (getAttribute(child, 'mode') !== 'delete') specs.push(readSpec(child));
      } else if (child.uri === TEI && child.local === 'moduleSpec') {
        const ident = getAttribute(child, 'ident');
        if (ident) modules.push(ident);
      } else if (child.uri === TEI && child.local !== 'egXML') walk(child);
    }
  };
  walk(document.root);
  return indexSpecs(specs, modules);
}
