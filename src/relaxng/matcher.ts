/**
 * The validation state machine for one document, following jing's
 * PatternMatcher step by step: the same derivatives, the same recovery after
 * an error (so later content is still checked), and the same rule for
 * staying quiet while recovery has nothing to match — which is what keeps
 * our error counts comparable with jing's.
 */
import type { XmlElement } from '../parse/xml-tree.js';
import type { ValueContext } from './datatypes/datatype.js';
import { Derivatives, isBlank } from './derivatives.js';
import { CT_DATA, CT_MIXED, type Pattern } from './pattern.js';
import { describeData, formatNames, joinList, possibleAttributes, possibleStartTags, quote, requiredNames } from './describe-expected.js';

/** An error found by one matching step; the caller adds the location. */
export interface MatchError {
  ruleId: string;
  message: string;
}

/** Matches the events of one document against a schema. */
export class Matcher {
  private memo: Pattern;
  private hadError = false;
  private ignoreNext = false;
  private lastError: MatchError | null = null;
  /** True when the current element's content is typed (data): its text must be collected and matched whole. */
  textTyped = false;

  constructor(private readonly d: Derivatives) {
    this.memo = d.start;
  }

  /** True while nothing can match after an error: further errors would only repeat it. */
  private ignoreError(): boolean {
    return this.hadError && this.memo.isNotAllowed;
  }

  private error(ruleId: string, message: () => string): MatchError | null {
    if (this.ignoreError()) return null;
    this.hadError = true;
    this.lastError = { ruleId, message: message() };
    return this.lastError;
  }

  /** jing reports its previous message again when a step fails without a fresh explanation. */
  private repeatError(): MatchError | null {
    return this.lastError ? { ...this.lastError } : null;
  }

  private expectedContent(at: XmlElement | undefined): string {
    const d = this.d;
    const parts: string[] = [];
    if (!d.endTag(this.memo).isNotAllowed) parts.push('the element end-tag');
    const ct = d.emptyAfter(this.memo).contentType;
    if (ct === CT_MIXED && !d.mixedText(this.memo).isNotAllowed) parts.push('text');
    else if (ct === CT_DATA) parts.push('data');
    const names = possibleStartTags(this.memo);
    if (names.names.size) parts.push(`element ${formatNames(names.names.values(), at, false, 'or')}`);
    if (names.anyName || names.namespaces.size) parts.push('an element from another namespace');
    return parts.length ? `; expected ${joinList(parts, 'or')}` : '';
  }

  /** `<name` of a start tag. `at` is the element (for namespace prefixes in messages). */
  startTagOpen(uri: string, local: string, qname: string, at: XmlElement): MatchError | null {
    const d = this.d;
    const next = d.startDeriv(this.memo, uri, local, 'open');
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    let recovered = d.startDeriv(this.memo, uri, local, 'recover');
    const ok = this.ignoreError();
    let err: MatchError | null = null;
    const context = at; // its own namespace declarations are in scope, as in jing
    if (!recovered.isNotAllowed) {
      if (!ok) {
        const missing = requiredNames(this.memo, false);
        err = missing.size
          ? this.error('rng.element-not-allowed', () => `element ${quote(qname)} not allowed yet; missing required element${missing.size > 1 ? 's' : ''} ${formatNames(missing.values(), context, false, 'and')}`)
          : this.error('rng.element-not-allowed', () => `element ${quote(qname)} not allowed yet${this.expectedContent(context)}`);
      }
    } else {
      recovered = d.b.makeAfter(d.findElement(uri, local), this.memo);
      if (!ok) {
        const where = recovered.isNotAllowed ? 'anywhere' : 'here';
        err = this.error('rng.element-not-allowed', () => `element ${quote(qname)} not allowed ${where}${this.expectedContent(context)}`);
      }
    }
    this.memo = recovered;
    return err;
  }

  /** An attribute's name. */
  attributeName(uri: string, local: string, qname: string, at: XmlElement): MatchError | null {
    const next = this.d.startDeriv(this.memo, uri, local, 'attribute');
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    this.ignoreNext = true;
    return this.error('rng.attribute-not-allowed', () => {
      const possible = possibleAttributes(this.memo);
      if (possible.names.size === 0 && !possible.anyName && possible.namespaces.size === 0) return `found attribute ${quote(qname)}, but no attributes are allowed here`;
      const other = possible.anyName || possible.namespaces.size ? ' or an attribute from another namespace' : '';
      return `attribute ${quote(qname)} not allowed here; expected attribute ${formatNames(possible.names.values(), at, true, 'or')}${other}`;
    });
  }

  /** The value of the attribute just named. */
  attributeValue(value: string, qname: string, context: ValueContext): MatchError | null {
    if (this.ignoreNext) {
      this.ignoreNext = false;
      return null;
    }
    const next = this.d.dataDeriv(this.memo, value, context);
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    const memo = this.memo;
    const err = this.error('rng.invalid-value', () => `value ${quote(value)} of attribute ${quote(qname)} is invalid; ${describeData(memo, value)}`);
    this.memo = this.d.recoverAfter(this.memo);
    return err;
  }

  /** The `>` ending a start tag: required attributes must have been given. */
  startTagClose(qname: string, at: XmlElement): MatchError | null {
    const d = this.d;
    let err: MatchError | null = null;
    const next = d.endAttributes(this.memo);
    if (!next.isNotAllowed) this.memo = next;
    else {
      if (!this.ignoreError()) {
        const missing = requiredNames(this.memo, true);
        err = missing.size === 0
          ? this.error('rng.required-attribute-missing', () => {
              const possible = possibleAttributes(this.memo);
              return `element ${quote(qname)} is missing one or more required attributes; expected attribute ${formatNames(possible.names.values(), at, true, 'or')}`;
            })
          : this.error('rng.required-attribute-missing', () => `element ${quote(qname)} is missing required attribute${missing.size > 1 ? 's' : ''} ${formatNames(missing.values(), at, true, 'and')}`);
      }
      this.memo = d.endAttributes(this.memo, true);
    }
    this.textTyped = this.memo.contentType === CT_DATA;
    return err;
  }

  /** Text (collected between two tags) followed by a start tag. */
  textBeforeStartTag(text: string, at: XmlElement | undefined): MatchError | null {
    return isBlank(text) ? null : this.untypedText(at);
  }

  /** Text followed by the end tag of `qname`; typed text is matched whole against the datatype. */
  textBeforeEndTag(text: string, qname: string, context: ValueContext, at: XmlElement): MatchError | null {
    if (this.textTyped) {
      this.ignoreNext = true;
      return this.typedText(text, qname, context, at);
    }
    return isBlank(text) ? null : this.untypedText(at);
  }

  /** True when non-blank text is allowed here and matching it leaves the state unchanged (then its chunking cannot matter). */
  textIsStable(): boolean {
    return this.d.mixedText(this.memo) === this.memo;
  }

  /** Non-blank text where the content is not typed. */
  untypedText(at: XmlElement | undefined): MatchError | null {
    const next = this.d.mixedText(this.memo);
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    return this.error('rng.text-not-allowed', () => `text not allowed here${this.expectedContent(at)}`);
  }

  private typedText(text: string, qname: string, context: ValueContext, at: XmlElement): MatchError | null {
    const d = this.d;
    this.textTyped = false;
    const textOnly = d.textOnly(this.memo);
    const next = d.dataDeriv(textOnly, text, context);
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    const recovered = d.recoverAfter(this.memo);
    const ok = this.ignoreError();
    let err: MatchError | null = null;
    if (!ok && (!recovered.isNotAllowed || d.dataDeriv(d.emptyAfter(textOnly), text, context).isNotAllowed)) {
      const possible = possibleStartTags(this.memo);
      err = possible.names.size && isBlank(text)
        ? this.error('rng.incomplete-content', () => `empty content for element ${quote(qname)} not allowed${this.expectedContent(at)}`)
        : this.error('rng.invalid-value', () => `${isBlank(text) ? 'empty content' : `character content ${quote(text.trim())}`} of element ${quote(qname)} is invalid; ${describeData(textOnly, text)}`);
    } else if (!ok) err = this.repeatError();
    this.memo = recovered;
    return err;
  }

  /** An end tag. */
  endTag(qname: string, context: ValueContext, at: XmlElement): MatchError | null {
    if (this.ignoreNext) {
      this.ignoreNext = false;
      return null;
    }
    if (this.textTyped) return this.typedText('', qname, context, at);
    const d = this.d;
    const next = d.endTag(this.memo);
    if (!next.isNotAllowed) {
      this.memo = next;
      return null;
    }
    const ok = this.ignoreError();
    const recovered = d.recoverAfter(this.memo);
    let err: MatchError | null = null;
    if (!ok && (!recovered.isNotAllowed || d.endTag(d.emptyAfter(this.memo)).isNotAllowed)) {
      const missing = requiredNames(this.memo, false);
      err = missing.size
        ? this.error('rng.incomplete-content', () => `element ${quote(qname)} incomplete; missing required element${missing.size > 1 ? 's' : ''} ${formatNames(missing.values(), at, false, 'and')}`)
        : this.error('rng.incomplete-content', () => `element ${quote(qname)} incomplete${this.expectedContent(at)}`);
    } else if (!ok) err = this.repeatError();
    this.memo = recovered;
    return err;
  }
}
