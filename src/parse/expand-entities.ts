/**
 * Expands internal general entities declared in the DOCTYPE, textually and
 * under a bound, before the XML parser sees the document. Each expansion is
 * remembered so that positions in the expanded text map back to the entity
 * reference in the original, and diagnostics point at what the user wrote.
 */
import type { DoctypeInfo } from './xml-tree.js';
import type { DoctypeProblem } from './read-doctype.js';
import { OffsetMap } from './offset-map.js';

/** Limits that stop "billion laughs" and similar entity bombs. */
export interface ExpansionLimits {
  /** Maximum length of the expanded document, in characters. */
  maxLength: number;
  /** Maximum nesting of entity references inside replacement texts. */
  maxDepth: number;
}

export const DEFAULT_EXPANSION_LIMITS: ExpansionLimits = { maxLength: 16 * 1024 * 1024, maxDepth: 16 };

export interface ExpansionResult {
  /** The text with references expanded; the DOCTYPE itself is kept. */
  text: string;
  /** Maps an offset in `text` to the offset in the original text. */
  toOriginal(offset: number): number;
  problems: DoctypeProblem[];
  /** False when a limit was hit: the text is then unusable. */
  complete: boolean;
}

const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const REF = /&([^\s&;<>"'#][^\s&;<>"']*);/g;

class BoundExceeded extends Error {}

export function expandEntities(text: string, doctype: DoctypeInfo, limits: ExpansionLimits = DEFAULT_EXPANSION_LIMITS): ExpansionResult {
  const problems: DoctypeProblem[] = [];
  const offsets = new OffsetMap();
  const parts: string[] = [];
  let length = 0;
  const emit = (s: string, origStart: number, copied: boolean) => {
    if (!s) return;
    length += s.length;
    if (length > limits.maxLength) throw new BoundExceeded();
    offsets.add(length - s.length, origStart, copied);
    parts.push(s);
  };

  const cache = new Map<string, string>();
  /** The replacement of `&name;`, fully expanded, or undefined when it is not ours to expand. */
  const expandName = (name: string, depth: number, chain: string[], inAttribute: boolean, at: number): string | undefined => {
    const value = doctype.internalEntities.get(name);
    if (value === undefined) return undefined;
    const key = (inAttribute ? 'a:' : 't:') + name;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (chain.includes(name)) {
      problems.push({ offset: at, ruleId: 'wf.recursive-entity', severity: 'error', message: `entity "${name}" refers to itself (${[...chain, name].join(' → ')}); expected a finite expansion` });
      return '';
    }
    if (depth >= limits.maxDepth) throw new BoundExceeded();
    let size = 0;
    const replaced = value.replace(REF, (whole, inner: string) => {
      const piece = PREDEFINED.has(inner) ? whole : (expandName(inner, depth + 1, [...chain, name], inAttribute, at) ?? whole);
      // Checked while building, so that nested entities cannot allocate past the bound.
      size += piece.length;
      if (size > limits.maxLength) throw new BoundExceeded();
      return piece;
    });
    // Quotes would end the attribute value around the reference; XML treats them as data there.
    const result = inAttribute ? replaced.replace(/["']/g, (q) => (q === '"' ? '&quot;' : '&apos;')) : replaced;
    cache.set(key, result);
    return result;
  };

  let copyFrom = doctype.end;
  try {
    emit(text.slice(0, doctype.end), 0, true);
    let pos = doctype.end;
    let inTag = false;
    let quote = '';
    while (pos < text.length) {
      if (!inTag) {
        const lt = text.indexOf('<', pos);
        const amp = text.indexOf('&', pos);
        if (amp >= 0 && (lt < 0 || amp < lt)) {
          pos = replaceAt(amp, false);
          continue;
        }
        if (lt < 0) break;
        pos = lt;
        const skipTo = (close: string) => {
          const end = text.indexOf(close, pos);
          pos = end < 0 ? text.length : end + close.length;
        };
        if (text.startsWith('<!--', pos)) skipTo('-->');
        else if (text.startsWith('<![CDATA[', pos)) skipTo(']]>');
        else if (text.startsWith('<?', pos)) skipTo('?>');
        else {
          inTag = true;
          pos++;
        }
      } else {
        const c = text[pos];
        if (quote) {
          if (c === quote) quote = '';
          else if (c === '&') {
            pos = replaceAt(pos, true);
            continue;
          }
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
        pos++;
      }
    }
    emit(text.slice(copyFrom), copyFrom, true);
  } catch (e) {
    if (!(e instanceof BoundExceeded)) throw e;
    problems.push({
      offset: doctype.start,
      ruleId: 'wf.entity-expansion-limit',
      severity: 'error',
      message: `entity expansion exceeds the bound (${limits.maxLength} characters, nesting ${limits.maxDepth}); expected a document whose entities expand to a reasonable size (is this a "billion laughs" file?)`,
    });
    return { text: '', toOriginal: () => 0, problems, complete: false };
  }

  const expanded = parts.join('');
  return { text: expanded, toOriginal: (offset) => offsets.toOriginal(offset), problems, complete: true };

  /** Replaces the reference starting at `amp` if it is ours; returns where scanning continues. */
  function replaceAt(amp: number, inAttribute: boolean): number {
    REF.lastIndex = amp;
    const m = REF.exec(text);
    if (!m || m.index !== amp || PREDEFINED.has(m[1]!)) return amp + 1;
    const name = m[1]!;
    const replacement = expandName(name, 0, [], inAttribute, amp);
    if (replacement === undefined) {
      if (doctype.externalEntities.has(name)) {
        problems.push({
          offset: amp,
          ruleId: 'wf.external-entity-not-read',
          severity: 'error',
          message: `reference to external entity "${name}" (SYSTEM ${JSON.stringify(doctype.externalEntities.get(name))}) was not expanded: tei-edition never reads external entities; expected an internal entity or literal text`,
        });
        // Drop the reference so that the parser does not report it a second time as undeclared.
        emit(text.slice(copyFrom, amp), copyFrom, true);
        copyFrom = amp + m[0].length;
      }
      return amp + m[0].length;
    }
    emit(text.slice(copyFrom, amp), copyFrom, true);
    emit(replacement, amp, false);
    copyFrom = amp + m[0].length;
    return copyFrom;
  }

}
