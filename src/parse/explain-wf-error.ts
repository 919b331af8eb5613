/**
 * Turns saxes' first error into a diagnostic message that says what was
 * found and what was expected, and fixes its location where saxes reports a
 * consequence rather than the cause (a bare `&` makes saxes read on to the end).
 */
import type { XmlParent } from './xml-tree.js';

export interface ExplainedError {
  /** Offset in the parsed text, or in the original text when `original` is set. */
  offset: number;
  original?: boolean;
  ruleId: string;
  message: string;
}

const REFERENCE = /^&(?:#[0-9]+|#x[0-9a-fA-F]+|[:A-Z_a-z\u00C0-\uFFFD][-.0-9:A-Z_a-z\u00B7\u00C0-\uFFFD]*);/;

/** Finds the first `&` that does not start a reference, outside comments, CDATA and PIs, before `limit`. */
export function findBareAmpersand(text: string, limit: number): number {
  let pos = 0;
  while (pos < limit) {
    const amp = text.indexOf('&', pos);
    if (amp < 0 || amp >= limit) return -1;
    const lt = text.lastIndexOf('<', amp);
    // Inside a comment, CDATA section or PI an ampersand is data.
    const skipFrom = (open: string, close: string) => {
      const o = text.lastIndexOf(open, amp);
      return o >= 0 && o >= lt - (open.length - 1) && text.indexOf(close, o + open.length) > amp;
    };
    if (skipFrom('<!--', '-->') || skipFrom('<![CDATA[', ']]>') || skipFrom('<?', '?>')) {
      pos = amp + 1;
      continue;
    }
    if (!REFERENCE.test(text.slice(amp, amp + 256))) return amp;
    pos = amp + 1;
  }
  return -1;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
}

function elementName(text: string, from: number): string {
  return /^[^\s/>]*/.exec(text.slice(from))?.[0] ?? '';
}

/** An end tag that closed an element of another name (saxes closes the open element, then complains). */
export interface EndTagMismatch {
  /** Offset of the end tag in the parsed text. */
  offset: number;
  /** The name written in the end tag. */
  found: string;
  /** The element it closed: its name and original start offset. */
  open: { name: string; start: number };
}

/**
 * Explains saxes' error `raw` reported at `position` (just after the offending character)
 * of `text`, given the stack of elements still open at that point.
 */
export function explainSaxesError(
  text: string,
  raw: string,
  position: number,
  stack: readonly XmlParent[],
  describeOffset: (offset: number) => string = String,
  mismatch?: EndTagMismatch,
): ExplainedError {
  const message = raw.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
  const bare = findBareAmpersand(text, Math.min(text.length, position + 1));
  if (bare >= 0) {
    return {
      offset: bare,
      ruleId: 'wf.bare-ampersand',
      message: `bare "&" found in ${quote(text.slice(bare, bare + 12).split(/[\r\n<]/)[0]!)}; expected an entity or character reference such as "&amp;"`,
    };
  }
  if (mismatch) {
    return {
      offset: mismatch.offset,
      ruleId: 'wf.mismatched-end-tag',
      message: `end tag "</${mismatch.found}>" does not match the open element "<${mismatch.open.name}>" (opened at ${describeOffset(mismatch.open.start)}); expected "</${mismatch.open.name}>"`,
    };
  }
  const open = stack[stack.length - 1];
  const openName = open && open.type === 'element' ? open.name : undefined;
  const openedAt = open && open.type === 'element' ? ` (opened at ${describeOffset(open.start)})` : '';
  const here = Math.max(0, position - 1);

  if (message === 'unexpected close tag') {
    const at = text.lastIndexOf('</', here);
    const found = elementName(text, at + 2);
    return {
      offset: at,
      ruleId: 'wf.mismatched-end-tag',
      message: openName
        ? `end tag "</${found}>" does not match the open element "<${openName}>"${openedAt}; expected "</${openName}>"`
        : `end tag "</${found}>" has no matching start tag`,
    };
  }
  if (message.startsWith('unclosed tag: ')) {
    const name = message.slice('unclosed tag: '.length);
    return {
      offset: open && open.type === 'element' ? open.start : here,
      original: open !== undefined && open.type === 'element',
      ruleId: 'wf.unclosed-element',
      message: `element "<${name}>" is never closed; expected "</${name}>" before the end of the document`,
    };
  }
  if (message === 'undefined entity') {
    const at = text.lastIndexOf('&', here);
    const ref = /^&[^;\s<]*;?/.exec(text.slice(at))?.[0] ?? '&';
    return {
      offset: at,
      ruleId: 'wf.undefined-entity',
      message: `entity reference "${ref}" is not declared; expected one of &amp; &lt; &gt; &quot; &apos;, a character reference such as "&#160;", or a declaration in the DOCTYPE`,
    };
  }
  if (message.startsWith('duplicate attribute')) {
    return { offset: here, ruleId: 'wf.duplicate-attribute', message: `${message}; expected each attribute at most once per element` };
  }
  if (/attribute|whitespace between|value must be quoted|unquoted/.test(message)) {
    const lt = text.lastIndexOf('<', here);
    const name = elementName(text, lt + 1);
    return {
      offset: here,
      ruleId: 'wf.malformed-start-tag',
      message: `malformed start tag "<${name}": ${message}; expected attribute specifications (name="value"), ">" or "/>"`,
    };
  }
  if (message === 'text data outside of root node') {
    // The stray text starts after the last markup before the error, past white space.
    let start = text.lastIndexOf('>', here) + 1;
    while (start < text.length && /[ \t\r\n\uFEFF]/.test(text[start]!)) start++;
    const found = text.slice(start, start + 40).split(/[\r\n<]/)[0]!;
    return {
      offset: start,
      ruleId: 'wf.content-outside-root',
      message: `text ${quote(found)} found outside the root element; expected only white space, comments and processing instructions there`,
    };
  }
  if (message === 'disallowed character') {
    const code = text.codePointAt(here) ?? 0;
    return {
      offset: here,
      ruleId: 'wf.disallowed-character',
      message: `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`,
    };
  }
  if (message === 'malformed character entity') {
    const at = text.lastIndexOf('&#', here);
    return { offset: at < 0 ? here : at, ruleId: 'wf.bad-character-reference', message: `character reference ${quote(/^&#[^;\s<]*;?/.exec(text.slice(at))?.[0] ?? '&#')} does not name an allowed character; expected "&#NNN;" or "&#xHHH;" of a character allowed in XML 1.0` };
  }
  if (message.startsWith('unbound namespace prefix')) {
    return { offset: here, ruleId: 'wf.unbound-prefix', message: `${message}; expected an xmlns:prefix declaration on this element or an ancestor` };
  }
  if (message === 'unexpected end' || message === 'document must contain a root element') {
    return { offset: here, ruleId: 'wf.unexpected-end', message: `the document ends early (${message}); expected a complete root element` };
  }
  return { offset: here, ruleId: 'wf.syntax', message };
}
