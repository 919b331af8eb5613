/**
 * Patterns of a simplified RELAX NG schema, hash-consed so that structurally
 * equal patterns are one object. That is what makes derivative-based
 * validation (James Clark, "An algorithm for RELAX NG validation", the
 * algorithm jing uses) fast: derivatives are memoised on the pattern objects,
 * and a document of any size reuses the same few thousand states.
 */
import type { NameClass } from './name-class.js';
import type { Datatype } from './datatypes/datatype.js';

/** Pattern kinds; numbers so that the hot `switch` statements stay cheap. */
export const K = {
  Empty: 0,
  NotAllowed: 1,
  Text: 2,
  Choice: 3,
  Group: 4,
  Interleave: 5,
  OneOrMore: 6,
  Element: 7,
  Attribute: 8,
  Data: 9,
  DataExcept: 10,
  Value: 11,
  List: 12,
  After: 13,
} as const;
export type Kind = (typeof K)[keyof typeof K];

/** Content types of RELAX NG section 7.2, ordered as jing orders them (the larger wins in a group). */
export const CT_EMPTY = 0;
export const CT_ELEMENT = 1;
export const CT_MIXED = 2;
export const CT_DATA = 3;

/** One interned pattern. Fields not used by a kind are null. */
export class Pattern {
  /** Memoised derivatives, filled on demand by `derivatives.ts`. */
  startTagOpen: Map<string, Pattern> | null = null;
  startTagRecover: Map<string, Pattern> | null = null;
  startAttribute: Map<string, Pattern> | null = null;
  dataMemo: Map<string, Pattern> | null = null;
  endAttributes: Pattern | null = null;
  ignoreMissing: Pattern | null = null;
  textOnly: Pattern | null = null;
  endTag: Pattern | null = null;
  mixedText: Pattern | null = null;

  constructor(
    readonly id: number,
    readonly kind: Kind,
    readonly p1: Pattern | null,
    readonly p2: Pattern | null,
    readonly nullable: boolean,
    readonly contentType: number,
    /** Element and attribute name class. */
    readonly nameClass: NameClass | null = null,
    /** Element content (set after construction, since content may refer back to the element), attribute content. */
    public content: Pattern | null = null,
    readonly datatype: Datatype | null = null,
    /** For `value`: the datatype's comparable form, and the value as written (for messages). */
    readonly value: string | null = null,
    readonly rawValue: string | null = null,
  ) {}

  /** True for `notAllowed`, and for an `after` whose first operand is notAllowed (jing's definition). */
  get isNotAllowed(): boolean {
    return this.kind === K.NotAllowed || (this.kind === K.After && this.p1!.kind === K.NotAllowed);
  }
}

/**
 * Makes patterns, interning each so that equal patterns are identical, and
 * applies jing's simplifications (empty and notAllowed absorption, choice
 * de-duplication, merging of `after` alternatives).
 */
export class PatternBuilder {
  private nextId = 0;
  private readonly interned = new Map<string, Pattern>();
  readonly empty: Pattern;
  readonly notAllowed: Pattern;
  readonly text: Pattern;
  /** Every element pattern, in creation order (the cache writes them out by this order). */
  readonly elements: Pattern[] = [];

  constructor() {
    this.empty = this.make(K.Empty, null, null, true, CT_EMPTY);
    this.notAllowed = this.make(K.NotAllowed, null, null, false, CT_EMPTY);
    this.text = this.make(K.Text, null, null, true, CT_MIXED);
  }

  /** How many patterns have been made (a measure of derivative-state growth). */
  get size(): number {
    return this.nextId;
  }

  private make(kind: Kind, p1: Pattern | null, p2: Pattern | null, nullable: boolean, ct: number, nc: NameClass | null = null, content: Pattern | null = null, dt: Datatype | null = null, value: string | null = null, raw: string | null = null): Pattern {
    return new Pattern(this.nextId++, kind, p1, p2, nullable, ct, nc, content, dt, value, raw);
  }

  private intern(key: string, create: () => Pattern): Pattern {
    let p = this.interned.get(key);
    if (!p) {
      p = create();
      this.interned.set(key, p);
    }
    return p;
  }

  makeGroup(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.empty) return p2;
    if (p2 === this.empty) return p1;
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed;
    return this.intern(`g${p1.id},${p2.id}`, () => this.make(K.Group, p1, p2, p1.nullable && p2.nullable, Math.max(p1.contentType, p2.contentType)));
  }

  makeInterleave(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.empty) return p2;
    if (p2 === this.empty) return p1;
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed;
    return this.intern(`i${p1.id},${p2.id}`, () => this.make(K.Interleave, p1, p2, p1.nullable && p2.nullable, Math.max(p1.contentType, p2.contentType)));
  }

  makeOneOrMore(p: Pattern): Pattern {
    if (p === this.empty || p === this.notAllowed || p.kind === K.OneOrMore) return p;
    return this.intern(`m${p.id}`, () => this.make(K.OneOrMore, p, null, p.nullable, p.contentType));
  }

  makeOptional(p: Pattern): Pattern {
    return this.makeChoice(p, this.empty);
  }

  makeZeroOrMore(p: Pattern): Pattern {
    return this.makeOptional(this.makeOneOrMore(p));
  }

  makeAfter(p1: Pattern, p2: Pattern): Pattern {
    return this.intern(`a${p1.id},${p2.id}`, () => this.make(K.After, p1, p2, false, Math.max(p1.contentType, p2.contentType)));
  }

  makeChoice(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === p2) return p1;
    if (p1 === this.notAllowed) return p2;
    if (p2 === this.notAllowed) return p1;
    if (p1.kind !== K.Choice) {
      if (containsAlternative(p2, p1)) return p2;
    } else if (p2.kind !== K.Choice) {
      if (containsAlternative(p1, p2)) return p1;
    } else {
      const seen = new Set<Pattern>();
      collectAlternatives(p1, seen);
      const rest = this.removeAlternatives(p2, seen);
      if (rest === this.notAllowed) return p1;
      p2 = rest;
    }
    if (p1.kind === K.After && p2.kind === K.After) {
      if (p1.p1 === p2.p1) return this.makeAfter(p1.p1!, this.makeChoice(p1.p2!, p2.p2!));
      if (p1.p1 === this.notAllowed) return p2;
      if (p2.p1 === this.notAllowed) return p1;
      if (p1.p2 === p2.p2) return this.makeAfter(this.makeChoice(p1.p1!, p2.p1!), p1.p2!);
    }
    if (p1 === this.empty && p2.nullable) return p2;
    if (p2 === this.empty && p1.nullable) return p1;
    const a = p1;
    const b = p2;
    return this.intern(`c${a.id},${b.id}`, () => this.make(K.Choice, a, b, a.nullable || b.nullable, Math.max(a.contentType, b.contentType)));
  }

  private removeAlternatives(p: Pattern, remove: Set<Pattern>): Pattern {
    if (p.kind !== K.Choice) return remove.has(p) ? this.notAllowed : p;
    const q1 = this.removeAlternatives(p.p1!, remove);
    const q2 = this.removeAlternatives(p.p2!, remove);
    if (q1 === p.p1 && q2 === p.p2) return p;
    if (q1 === this.notAllowed) return q2;
    if (q2 === this.notAllowed) return q1;
    return this.intern(`c${q1.id},${q2.id}`, () => this.make(K.Choice, q1, q2, q1.nullable || q2.nullable, Math.max(q1.contentType, q2.contentType)));
  }

  makeAttribute(nc: NameClass, content: Pattern): Pattern {
    return this.intern(`A${JSON.stringify(nc)}#${content.id}`, () => this.make(K.Attribute, null, null, false, CT_EMPTY, nc, content));
  }

  /** A new element pattern; elements are never merged, and their content is set once built. */
  makeElement(nc: NameClass): Pattern {
    const p = this.make(K.Element, null, null, false, CT_ELEMENT, nc, null);
    this.elements.push(p);
    return p;
  }

  makeData(dt: Datatype, except: Pattern | null): Pattern {
    const key = `d${JSON.stringify(dt.spec)}#${except ? except.id : ''}`;
    if (except) return this.intern(key, () => this.make(K.DataExcept, except, null, false, CT_DATA, null, null, dt));
    return this.intern(key, () => this.make(K.Data, null, null, false, CT_DATA, null, null, dt));
  }

  makeValue(dt: Datatype, value: string, raw: string): Pattern {
    return this.intern(`v${JSON.stringify(dt.spec)}#${JSON.stringify(value)}`, () => this.make(K.Value, null, null, false, CT_DATA, null, null, dt, value, raw));
  }

  /**
   * Re-creates a pattern exactly as it was built (no simplification), for
   * loading a cached schema: the structure, and so jing-style recovery, stays identical.
   */
  restore(kind: Kind, p1: Pattern | null, p2: Pattern | null, nc: NameClass | null, content: Pattern | null, dt: Datatype | null, value: string | null, raw: string | null): Pattern {
    const a = p1!;
    const b = p2!;
    switch (kind) {
      case K.Empty: return this.empty;
      case K.NotAllowed: return this.notAllowed;
      case K.Text: return this.text;
      case K.Choice: return this.intern(`c${a.id},${b.id}`, () => this.make(K.Choice, a, b, a.nullable || b.nullable, Math.max(a.contentType, b.contentType)));
      case K.Group: return this.intern(`g${a.id},${b.id}`, () => this.make(K.Group, a, b, a.nullable && b.nullable, Math.max(a.contentType, b.contentType)));
      case K.Interleave: return this.intern(`i${a.id},${b.id}`, () => this.make(K.Interleave, a, b, a.nullable && b.nullable, Math.max(a.contentType, b.contentType)));
      case K.OneOrMore: return this.intern(`m${a.id}`, () => this.make(K.OneOrMore, a, null, a.nullable, a.contentType));
      case K.List: return this.intern(`l${a.id}`, () => this.make(K.List, a, null, false, CT_DATA));
      case K.Element: return this.makeElement(nc!);
      case K.Attribute: return this.makeAttribute(nc!, content!);
      case K.Data: return this.makeData(dt!, null);
      case K.DataExcept: return this.makeData(dt!, a);
      case K.Value: return this.makeValue(dt!, value!, raw!);
      default: throw new Error(`pattern kind ${kind} cannot be restored`);
    }
  }

  makeList(p: Pattern): Pattern {
    if (p === this.notAllowed) return p;
    return this.intern(`l${p.id}`, () => this.make(K.List, p, null, false, CT_DATA));
  }
}

/** True when `x` is one of the alternatives of the choice tree `p` (or is `p`). */
function containsAlternative(p: Pattern, x: Pattern): boolean {
  for (;;) {
    if (p === x) return true;
    if (p.kind !== K.Choice) return false;
    if (containsAlternative(p.p1!, x)) return true;
    p = p.p2!;
  }
}

function collectAlternatives(p: Pattern, out: Set<Pattern>): void {
  while (p.kind === K.Choice) {
    collectAlternatives(p.p1!, out);
    p = p.p2!;
  }
  out.add(p);
}
