/**
 * The RELAX NG the compiler writes, as a small tree: element name (with the
 * `sch:`/`a:` prefix for foreign ones), attributes, children, and text for
 * `value` and `param`. Foreign content copied from the ODD (Schematron) is
 * kept as XML text, written as it is.
 */
export interface RNode {
  n: string;
  a?: Record<string, string>;
  c?: RChild[];
  t?: string;
}

/** A child: a RELAX NG node, or a foreign element copied from the ODD. */
export type RChild = RNode | { xml: string };

/** Builds a node; `children` drops `undefined`s so call sites can be conditional. */
export function r(n: string, a?: Record<string, string>, children: (RChild | undefined)[] = []): RNode {
  const c = children.filter((x): x is RChild => x !== undefined);
  return { n, ...(a ? { a } : {}), ...(c.length ? { c } : {}) };
}

export const isNode = (x: RChild): x is RNode => 'n' in x;

/** A node's RELAX NG children (foreign ones left out). */
export const kids = (x: RNode): RNode[] => (x.c ?? []).filter(isNode);
