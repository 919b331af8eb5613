/**
 * XPaths without a tree: on the event stream each open element keeps its
 * parent and, per element name, how many children it has had, so that an
 * element's XPath is the chain of its steps, written as `xpathOf` writes a
 * tree's (`/tei:TEI[1]/tei:text[1]/@xml:id`). A step outlives its element,
 * so a path can be written after the element has closed (for IDs).
 */
import type { LineColumn } from '../parse/line-index.js';
import { attributeStep, elementStep, type XmlAttribute, type XmlElement, type XmlParent } from '../parse/xml-tree.js';
import type { RngPlaces } from '../relaxng/rng-event-validator.js';

/** One step of an XPath, linked to its parent's: what a diagnostic's path needs, once the element is gone. */
export interface PathStep {
  parent: PathStep | undefined;
  uri: string;
  local: string;
  position: number;
}

/** An element of the spine: a tree element with no children kept, and its XPath step. */
export interface SpineElement extends XmlElement {
  step: PathStep;
  /** How many element children of each name it has had so far. */
  counts: Map<string, number> | undefined;
}

/** The step of an element when paths are not needed (only well-formedness runs). */
export const NO_STEP: PathStep = { parent: undefined, uri: '', local: '', position: 0 };

/** The step of a new element named `uri`/`local` under `parent` (the document for the root), counting it among its siblings. */
export function nextStep(parent: XmlParent, uri: string, local: string): PathStep {
  if (parent.type !== 'element') return { parent: undefined, uri, local, position: 1 };
  const spineParent = parent as SpineElement;
  const counts = (spineParent.counts ??= new Map());
  const key = `${uri}\u0000${local}`;
  const position = (counts.get(key) ?? 0) + 1;
  counts.set(key, position);
  return { parent: spineParent.step, uri, local, position };
}

/** The XPath of the element whose step is `step`. */
export function pathOf(step: PathStep): string {
  const steps: string[] = [];
  for (let s: PathStep | undefined = step; s; s = s.parent) steps.push(elementStep(s.uri, s.local, s.position));
  return '/' + steps.reverse().join('/');
}

/** The XPath of a spine element or one of its attributes. */
export function xpathOnSpine(node: XmlElement | XmlAttribute): string {
  return node.type === 'attribute' ? `${pathOf((node.owner as SpineElement).step)}/${attributeStep(node.uri, node.local)}` : pathOf((node as SpineElement).step);
}

/** What the RELAX NG validator needs to place its diagnostics on the stream. */
export function spinePlaces(locate: (offset: number) => LineColumn): RngPlaces {
  return {
    locate,
    xpathOf: xpathOnSpine,
    laterXpathOf: (a) => {
      // Keep the path's steps, not the element: its attributes and ancestors' would stay alive with it.
      const step = (a.owner as SpineElement).step;
      const last = attributeStep(a.uri, a.local);
      return () => `${pathOf(step)}/${last}`;
    },
  };
}
