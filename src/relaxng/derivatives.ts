/**
 * The derivative functions of Clark's algorithm, in the split form jing uses
 * (start-tag-open, attribute, end-of-attributes, text, end-tag), plus jing's
 * recovery functions so that validation continues after an error the way
 * jing's does. Every function is memoised on the pattern it applies to.
 */
import { K, type Pattern, type PatternBuilder } from './pattern.js';
import { containsName, nameKey, nameSpecificity, SPECIFICITY_NONE } from './name-class.js';
import type { ValueContext } from './datatypes/datatype.js';

type Mode = 'open' | 'recover' | 'attribute';

// Memo maps for attribute values grow with distinct values (every xml:id is new): cap them.
const DATA_MEMO_LIMIT = 256;

/** True for a string of only XML white space, which element-only content ignores. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

/** Derivatives over one schema's patterns. */
export class Derivatives {
  private readonly findElementMemo = new Map<string, Pattern>();

  constructor(readonly b: PatternBuilder, readonly start: Pattern) {}

  /** The derivative for a start tag `<name` (or, in recover mode, its relaxed form; in attribute mode, an attribute name). */
  startDeriv(p: Pattern, uri: string, local: string, mode: Mode): Pattern {
    const key = nameKey(uri, local);
    const memoName = mode === 'open' ? 'startTagOpen' : mode === 'recover' ? 'startTagRecover' : 'startAttribute';
    let memo = p[memoName];
    if (memo) {
      const hit = memo.get(key);
      if (hit) return hit;
    } else memo = p[memoName] = new Map();
    const result = this.computeStart(p, uri, local, mode);
    memo.set(key, result);
    return result;
  }

  private computeStart(p: Pattern, uri: string, local: string, mode: Mode): Pattern {
    const b = this.b;
    const d = (x: Pattern) => this.startDeriv(x, uri, local, mode);
    switch (p.kind) {
      case K.Choice:
        return b.makeChoice(d(p.p1!), d(p.p2!));
      case K.Group: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        const left = this.applyAfter(d(p1), (x) => b.makeGroup(x, p2));
        if (mode === 'attribute') return b.makeChoice(left, this.applyAfter(d(p2), (x) => b.makeGroup(p1, x)));
        const tem = p1.nullable ? b.makeChoice(left, d(p2)) : left;
        return mode === 'recover' && !p1.nullable ? b.makeChoice(tem, d(p2)) : tem;
      }
      case K.Interleave: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        return b.makeChoice(this.applyAfter(d(p1), (x) => b.makeInterleave(x, p2)), this.applyAfter(d(p2), (x) => b.makeInterleave(p1, x)));
      }
      case K.After: {
        const p2 = p.p2!;
        return this.applyAfter(d(p.p1!), (x) => b.makeAfter(x, p2));
      }
      case K.OneOrMore:
        return this.applyAfter(d(p.p1!), (x) => b.makeGroup(x, b.makeOptional(p)));
      case K.Element:
        if (mode === 'attribute' || !containsName(p.nameClass!, uri, local)) return b.notAllowed;
        return b.makeAfter(p.content!, b.empty);
      case K.Attribute:
        if (mode !== 'attribute' || !containsName(p.nameClass!, uri, local)) return b.notAllowed;
        return b.makeAfter(p.content!, b.empty);
      default:
        return b.notAllowed;
    }
  }

  /** Applies `f` to the second operand of every `after` in a choice of afters. */
  applyAfter(p: Pattern, f: (x: Pattern) => Pattern): Pattern {
    switch (p.kind) {
      case K.After:
        return this.b.makeAfter(p.p1!, f(p.p2!));
      case K.Choice:
        return this.b.makeChoice(this.applyAfter(p.p1!, f), this.applyAfter(p.p2!, f));
      default:
        return p; // notAllowed
    }
  }

  /**
   * The derivative for `>` closing a start tag: attributes not given are
   * notAllowed (`ignoreMissing` makes them empty, to recover after reporting them).
   */
  endAttributes(p: Pattern, ignoreMissing = false): Pattern {
    const field = ignoreMissing ? 'ignoreMissing' : 'endAttributes';
    const memo = p[field];
    if (memo) return memo;
    return (p[field] = this.mapStructure(p, (x) => this.endAttributes(x, ignoreMissing), (x) => {
      if (x.kind === K.Attribute) return ignoreMissing ? this.b.empty : this.b.notAllowed;
      return x;
    }));
  }

  /** The pattern with element alternatives removed: what typed (data) content may still match. */
  textOnly(p: Pattern): Pattern {
    if (p.textOnly) return p.textOnly;
    return (p.textOnly = this.mapStructure(p, (x) => this.textOnly(x), (x) => (x.kind === K.Element ? this.b.notAllowed : x)));
  }

  /** Rebuilds choice/group/interleave/oneOrMore/after structure, applying `leaf` to everything else. */
  private mapStructure(p: Pattern, self: (x: Pattern) => Pattern, leaf: (x: Pattern) => Pattern): Pattern {
    const b = this.b;
    switch (p.kind) {
      case K.Choice: case K.Group: case K.Interleave: {
        const q1 = self(p.p1!);
        const q2 = self(p.p2!);
        if (q1 === p.p1 && q2 === p.p2) return p;
        return p.kind === K.Choice ? b.makeChoice(q1, q2) : p.kind === K.Group ? b.makeGroup(q1, q2) : b.makeInterleave(q1, q2);
      }
      case K.OneOrMore: {
        const q = self(p.p1!);
        return q === p.p1 ? p : b.makeOneOrMore(q);
      }
      case K.After: {
        const q = self(p.p1!);
        return q === p.p1 ? p : b.makeAfter(q, p.p2!);
      }
      default:
        return leaf(p);
    }
  }

  /** The derivative for non-blank text in mixed content. */
  mixedText(p: Pattern): Pattern {
    if (p.mixedText) return p.mixedText;
    const b = this.b;
    let r: Pattern;
    switch (p.kind) {
      case K.Text:
        r = p;
        break;
      case K.Choice:
        r = b.makeChoice(this.mixedText(p.p1!), this.mixedText(p.p2!));
        break;
      case K.After: {
        const q = this.mixedText(p.p1!);
        r = q === p.p1 ? p : b.makeAfter(q, p.p2!);
        break;
      }
      case K.Group: {
        const q1 = this.mixedText(p.p1!);
        const tem = q1 === p.p1 ? p : b.makeGroup(q1, p.p2!);
        r = p.p1!.nullable ? b.makeChoice(tem, this.mixedText(p.p2!)) : tem;
        break;
      }
      case K.Interleave: {
        const q1 = this.mixedText(p.p1!);
        const q2 = this.mixedText(p.p2!);
        r = b.makeChoice(q1 === p.p1 ? p : b.makeInterleave(q1, p.p2!), q2 === p.p2 ? p : b.makeInterleave(p.p1!, q2));
        break;
      }
      case K.OneOrMore:
        r = b.makeGroup(this.mixedText(p.p1!), b.makeOptional(p));
        break;
      default:
        r = b.notAllowed;
    }
    return (p.mixedText = r);
  }

  /** The derivative for an end tag. */
  endTag(p: Pattern): Pattern {
    if (p.endTag) return p.endTag;
    let r: Pattern;
    if (p.kind === K.Choice) r = this.b.makeChoice(this.endTag(p.p1!), this.endTag(p.p2!));
    else if (p.kind === K.After) r = p.p1!.nullable ? p.p2! : this.b.notAllowed;
    else r = this.b.notAllowed;
    return (p.endTag = r);
  }

  /** After an error inside an element or attribute value: carry on with what may follow it. */
  recoverAfter(p: Pattern): Pattern {
    if (p.kind === K.Choice) return this.b.makeChoice(this.recoverAfter(p.p1!), this.recoverAfter(p.p2!));
    if (p.kind === K.After) return p.p2!;
    return this.b.notAllowed;
  }

  /** The same choice of afters with every continuation replaced by empty (so a parent's state cannot hide an error). */
  emptyAfter(p: Pattern): Pattern {
    if (p.kind === K.Choice) return this.b.makeChoice(this.emptyAfter(p.p1!), this.emptyAfter(p.p2!));
    if (p.kind === K.After) return this.b.makeAfter(p.p1!, this.b.empty);
    return p;
  }

  /** The derivative for a string (an attribute value or typed element content). */
  dataDeriv(p: Pattern, s: string, context: ValueContext): Pattern {
    const memo = p.dataMemo;
    if (memo) {
      const hit = memo.get(s);
      if (hit) return hit;
    }
    const r = this.computeData(p, s, context);
    if (!this.contextDependent(p)) {
      const m = p.dataMemo ?? (p.dataMemo = new Map());
      if (m.size < DATA_MEMO_LIMIT) m.set(s, r);
    }
    return r;
  }

  private contextDependent(p: Pattern): boolean {
    // Only QName-like datatypes depend on the context; TEI uses none, so the walk is short.
    switch (p.kind) {
      case K.Data: case K.Value: return p.datatype!.contextDependent;
      case K.DataExcept: return p.datatype!.contextDependent || this.contextDependent(p.p1!);
      case K.Choice: case K.Group: case K.Interleave: return this.contextDependent(p.p1!) || this.contextDependent(p.p2!);
      case K.OneOrMore: case K.List: return this.contextDependent(p.p1!);
      case K.After: return this.contextDependent(p.p1!);
      default: return false;
    }
  }

  private computeData(p: Pattern, s: string, context: ValueContext): Pattern {
    const b = this.b;
    switch (p.kind) {
      case K.Text:
        return p;
      case K.Data:
        return p.datatype!.allowsAnyString || p.datatype!.check(s, context) === undefined ? b.empty : b.notAllowed;
      case K.DataExcept:
        if (p.datatype!.check(s, context) !== undefined) return b.notAllowed;
        return this.dataDeriv(p.p1!, s, context).nullable ? b.notAllowed : b.empty;
      case K.Value:
        return p.datatype!.valueOf(s, context) === p.value ? b.empty : b.notAllowed;
      case K.List: {
        let q = p.p1!;
        for (const token of s.split(/[ \t\n\r]+/)) {
          if (token === '') continue;
          q = this.dataDeriv(q, token, context);
        }
        return q.nullable ? b.empty : b.notAllowed;
      }
      case K.After:
        if (this.dataDeriv(p.p1!, s, context).nullable) return p.p2!;
        return p.p1!.nullable && isBlank(s) ? p.p2! : b.notAllowed;
      case K.Choice:
        return b.makeChoice(this.dataDeriv(p.p1!, s, context), this.dataDeriv(p.p2!, s, context));
      case K.Group: {
        const tem = b.makeGroup(this.dataDeriv(p.p1!, s, context), p.p2!);
        return p.p1!.nullable ? b.makeChoice(tem, this.dataDeriv(p.p2!, s, context)) : tem;
      }
      case K.Interleave:
        return b.makeChoice(b.makeInterleave(this.dataDeriv(p.p1!, s, context), p.p2!), b.makeInterleave(p.p1!, this.dataDeriv(p.p2!, s, context)));
      case K.OneOrMore:
        return b.makeGroup(this.dataDeriv(p.p1!, s, context), b.makeOptional(p));
      default:
        return b.notAllowed;
    }
  }

  /**
   * For an element not allowed where it occurs: the content of the element
   * declarations that best match its name anywhere in the schema (jing's
   * FindElementFunction), so that its descendants are still checked; notAllowed
   * when no declaration accepts the name at all.
   */
  findElement(uri: string, local: string): Pattern {
    const key = nameKey(uri, local);
    const hit = this.findElementMemo.get(key);
    if (hit) return hit;
    let best = SPECIFICITY_NONE;
    let content: Pattern = this.b.notAllowed;
    const seen = new Set<Pattern>();
    const stack: Pattern[] = [this.start];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      switch (p.kind) {
        case K.Choice: case K.Group: case K.Interleave:
          stack.push(p.p2!, p.p1!);
          break;
        case K.OneOrMore:
          stack.push(p.p1!);
          break;
        case K.Element: {
          const s = nameSpecificity(p.nameClass!, uri, local);
          if (s > best) {
            best = s;
            content = p.content!;
          } else if (s === best && s !== SPECIFICITY_NONE) content = this.b.makeChoice(content, p.content!);
          stack.push(p.content!);
          break;
        }
      }
    }
    this.findElementMemo.set(key, content);
    return content;
  }
}
