/**
 * The ODD compiler's data: specifications (elements, classes, macros,
 * datatypes) read out of a TEI source or a customisation, merged, then turned
 * into RELAX NG. Content models and datatypes stay as the parsed ODD elements
 * (`XmlElement`): they are translated, never edited, so keeping them avoids a
 * second tree type.
 */
import type { XmlElement } from '../parse/xml-tree.js';

export const TEI = 'http://www.tei-c.org/ns/1.0';
export const RNG = 'http://relaxng.org/ns/structure/1.0';
export const SCH = 'http://purl.oclc.org/dsdl/schematron';

export type SpecKind = 'elementSpec' | 'classSpec' | 'macroSpec' | 'dataSpec';

/** A class membership (`memberOf`), with the repetition an element brings into a sequence class. */
export interface MemberOf {
  key: string;
  min?: string;
  max?: string;
}

/** One value of a `valList`. */
export interface ValItem {
  ident: string;
  altIdent?: string;
}

/** A `valList`: closed (only these values), semi (these or any of the datatype), open (documentation only). */
export interface ValList {
  type?: string;
  items: ValItem[];
}

/** An attribute definition. `mode` survives merging only where the TEI keeps it: overrides of class attributes. */
export interface AttDef {
  kind: 'attDef';
  ident: string;
  mode?: string;
  ns?: string;
  usage?: string;
  altIdent?: string;
  datatype?: XmlElement;
  valList?: ValList;
  constraints: XmlElement[];
  /** Where it was defined, for diagnostics. */
  at: XmlElement;
}

/** A reference to a class's attributes (all of them, or one by name). */
export interface AttRef {
  kind: 'attRef';
  class?: string;
  name?: string;
}

/** An `attList`; `org="choice"` makes its members alternatives. */
export interface AttList {
  kind: 'attList';
  org?: string;
  items: (AttDef | AttRef | AttList)[];
}

/** One specification after merging. */
export interface Spec {
  kind: SpecKind;
  ident: string;
  module: string;
  prefix?: string;
  ns?: string;
  altIdent?: string;
  /** classSpec: `model` or `atts`. */
  type?: string;
  /** classSpec: the `@generate` list of class patterns. */
  generate?: string;
  classes: MemberOf[];
  /** The `content` element; absent means empty content. */
  content?: XmlElement;
  /** True when references to deleted specifications are pruned from the content (the TEI does it for specs it copies from the customisation). */
  simplify: boolean;
  valList?: ValList;
  attList?: AttList;
  constraints: XmlElement[];
  /** The element this spec was read from, for diagnostics. */
  at: XmlElement;
}

/** The merged specifications of one `schemaSpec`, in the TEI's document order. */
export interface SpecSet {
  ident: string;
  prefix: string;
  ns?: string;
  start?: string;
  defaultExceptions?: string;
  specs: Spec[];
  /** Idents the customisation deletes (references to them are pruned). */
  deleted: Set<string>;
  /** Schematron `ns` declarations and patterns given directly in the `schemaSpec`. */
  constraints: XmlElement[];
  /** External RELAX NG modules (`moduleRef/@url`), already read. */
  externalModules: { url: string; prefix?: string; grammar: XmlElement; content?: XmlElement }[];
}
