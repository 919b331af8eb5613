/**
 * The namespace bindings in scope at each open element, for saxes. saxes
 * resolves a prefix by looking at each open element's own bindings,
 * innermost first, so that a document 50,000 elements deep took 42 s
 * (quadratic); giving each element all the bindings in scope (shared while
 * no element declares a new one) makes every lookup stop at the parent.
 * The outermost scope binds what saxes knows without a declaration (no
 * prefix: no namespace; `xml`, `xmlns`), so that a name in no namespace and
 * an `xml:id` stop at the parent too rather than walk every open element and
 * fail. Used by the tree parser (parse-xml.ts) and the event stream (validate-stream.ts).
 */
import type { SaxesTagNS } from 'saxes';

/** The bindings in scope before the root element (the empty prefix binds no namespace). */
const PREDECLARED: Readonly<Record<string, string>> = Object.freeze({
  '': '',
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
});

export class NamespaceScopes {
  private readonly scopes: Record<string, string>[] = [Object.assign(Object.create(null) as Record<string, string>, PREDECLARED)];

  /** At `opentag`: gives `tag` every binding in scope. */
  enter(tag: SaxesTagNS): void {
    const inherited = this.scopes[this.scopes.length - 1]!;
    let scope = inherited;
    for (const _ in tag.ns) {
      scope = Object.assign(Object.create(null) as Record<string, string>, inherited, tag.ns);
      break;
    }
    tag.ns = scope;
    this.scopes.push(scope);
  }

  /** At `closetag`. */
  leave(): void {
    this.scopes.pop();
  }
}
