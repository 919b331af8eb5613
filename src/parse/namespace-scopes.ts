/**
 * The namespace bindings in scope at each open element, for saxes. saxes
 * resolves a prefix by looking at each open element's own bindings,
 * innermost first, so that a document 50,000 elements deep took 42 s
 * (quadratic); giving each element all the bindings in scope (shared while
 * no element declares a new one) makes every lookup stop at the parent.
 * Used by the tree parser (parse-xml.ts) and the event stream (validate-stream.ts).
 */
import type { SaxesTagNS } from 'saxes';

export class NamespaceScopes {
  private readonly scopes: Record<string, string>[] = [Object.create(null) as Record<string, string>];

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
