/**
 * `@minOccurs`/`@maxOccurs` as the TEI reads them, and the RELAX NG that
 * repeats a pattern that many times.
 */
import { getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { r, type RNode } from './rng-node.js';

/** Minimum and maximum (-1 for unbounded), and the one RELAX NG wrapper that says it, if there is one. */
export interface Occurrences {
  min: number;
  max: number;
  wrapper: '' | 'optional' | 'zeroOrMore' | 'oneOrMore';
}

/** Reads @minOccurs and @maxOccurs (each defaulting to 1). */
export function occurrences(el: XmlElement | undefined): Occurrences {
  const minText = el ? getAttribute(el, 'minOccurs')?.trim() : undefined;
  const maxText = el ? getAttribute(el, 'maxOccurs')?.trim() : undefined;
  const min = minText ? Number.parseInt(minText, 10) || 0 : 1;
  const max = !maxText ? 1 : /^\d+$/.test(maxText) ? Math.max(Number.parseInt(maxText, 10), min) : -1;
  const wrapper = min === 0 && max === 1 ? 'optional' : min === 0 && max === -1 ? 'zeroOrMore' : min === 1 && max === -1 ? 'oneOrMore' : '';
  return { min, max, wrapper };
}

/** `nodes` repeated as `o` says (the TEI's repeat_as_needed). */
export function repeat(nodes: RNode[], o: Occurrences): RNode[] {
  if (o.wrapper) return [r(o.wrapper, undefined, nodes)];
  const out: RNode[] = [];
  for (let i = 0; i < o.min; i++) out.push(...nodes);
  if (o.max === -1) out.push(r('zeroOrMore', undefined, nodes));
  else for (let i = o.min; i < o.max; i++) out.push(r('optional', undefined, nodes));
  return out;
}
