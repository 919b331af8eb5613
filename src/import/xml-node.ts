/**
 * The importer's document model: a small element tree that the stages build
 * and inspect (for the report, the fidelity check and the tests) before it is
 * serialised with xmlbuilder2. Text is a plain string child; nothing here is
 * markup, so nothing can be mis-escaped.
 */

/** An element of the draft. Attribute order is kept as inserted. */
export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}

export type XNode = string | XElement;

/** Builds an element; attributes whose value is undefined are left out. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: XNode[] = []): XElement {
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { name, attrs: clean, children };
}

/** True for an element node. */
export function isElement(node: XNode): node is XElement {
  return typeof node !== 'string';
}

/** The concatenated text of a node (its string value). */
export function textOf(node: XNode): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

/** Every element below `node` (itself included), in document order. */
export function* elementsOf(node: XNode): Generator<XElement> {
  if (typeof node === 'string') return;
  yield node;
  for (const child of node.children) yield* elementsOf(child);
}

/** Adds `resp` pointers to an element's @resp, keeping existing ones (resp is a list of pointers). */
export function addResp(element: XElement, ...pointers: string[]): XElement {
  const existing = (element.attrs.resp ?? '').split(/\s+/).filter(Boolean);
  for (const p of pointers) if (!existing.includes(p)) existing.push(p);
  if (existing.length) element.attrs.resp = existing.join(' ');
  return element;
}
