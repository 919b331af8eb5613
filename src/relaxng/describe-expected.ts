/**
 * Words for validation messages: quoted names with prefixes as the document
 * declares them, bounded "expected" lists, and what a failed value should
 * have been. Kept apart from the matcher so wording can change without
 * touching the algorithm.
 */
import { XML_NS, type XmlElement } from '../parse/xml-tree.js';
import { addToNameSummary, emptyNameSummary, type NameSummary, type QName } from './name-class.js';
import { K, type Pattern } from './pattern.js';
import { resolvePrefix } from './xml-names.js';

/** How many names an "expected" list shows before "(and N more)". */
export const EXPECTED_LIMIT = 12;

/** Quotes a name, value or pattern in messages. */
export function quote(s: string): string {
  return '`' + s + '`';
}

/** The prefix bound to `uri` where `at` is, if any. */
function prefixFor(at: XmlElement | undefined, uri: string): string | undefined {
  for (let e = at; e; e = e.parent.type === 'element' ? e.parent : undefined) {
    for (const [prefix, bound] of Object.entries(e.namespaceDeclarations)) {
      if (bound === uri && prefix !== '' && resolvePrefix(at!, prefix) === uri) return prefix;
    }
  }
  return undefined;
}

/**
 * Formats names as the document would write them at `at`: unprefixed in the
 * default namespace (elements) or no namespace (attributes), else with a
 * declared prefix; names in undeclared namespaces are grouped at the end as
 * "(in namespace …)".
 */
export function formatNames(names: Iterable<QName>, at: XmlElement | undefined, isAttribute: boolean, conjunction: 'or' | 'and', limit = EXPECTED_LIMIT): string {
  const defaultNs = isAttribute ? '' : at ? resolvePrefix(at, '') ?? '' : '';
  const written: string[] = [];
  const undeclared: QName[] = [];
  for (const n of names) {
    if (n.uri === defaultNs) written.push(n.local);
    else if (n.uri === XML_NS) written.push(`xml:${n.local}`);
    else {
      const prefix = prefixFor(at, n.uri);
      if (prefix) written.push(`${prefix}:${n.local}`);
      else undeclared.push(n);
    }
  }
  // Names in a namespace the document does not declare: one shared namespace is said once, else each name carries it.
  const namespaces = new Set(undeclared.map((n) => n.uri));
  const single = namespaces.size === 1 && written.length === 0 ? [...namespaces][0]! : undefined;
  for (const n of undeclared) written.push(single !== undefined ? n.local : `{${n.uri}}${n.local}`);
  written.sort();
  const unique = [...new Set(written)];
  let text = joinList(unique.slice(0, limit).map(quote), unique.length > limit ? ',' : conjunction);
  if (unique.length > limit) text += `, … (and ${unique.length - limit} more)`;
  if (single !== undefined) text += single === '' ? ' (in no namespace)' : ` (in namespace ${quote(single)})`;
  return text;
}

/** "a", "a or b", "a, b or c". */
export function joinList(items: string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  if (conjunction === ',') return items.join(', ');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The name as written in the document, for "element `x`" and "attribute `y`". */
export function writtenName(name: string): string {
  return quote(name);
}

/** Element names that may start here, and whether wildcards allow others. */
export function possibleStartTags(p: Pattern): NameSummary {
  return possibleNames(p, false);
}

/** Attribute names that may occur here. */
export function possibleAttributes(p: Pattern): NameSummary {
  return possibleNames(p, true);
}

/** jing's PossibleNamesFunction: attributes may come in any order, elements only while what precedes them is optional. */
function possibleNames(p: Pattern, attributes: boolean): NameSummary {
  const summary = emptyNameSummary();
  const seen = new Set<Pattern>();
  const visit = (q: Pattern): void => {
    if (seen.has(q)) return;
    seen.add(q);
    switch (q.kind) {
      case K.After: case K.OneOrMore: visit(q.p1!); break;
      case K.Choice: case K.Interleave: visit(q.p1!); visit(q.p2!); break;
      case K.Group: visit(q.p1!); if (attributes || q.p1!.nullable) visit(q.p2!); break;
      case K.Element: if (!attributes) addToNameSummary(summary, q.nameClass!); break;
      case K.Attribute: if (attributes) addToNameSummary(summary, q.nameClass!); break;
    }
  };
  visit(p);
  return summary;
}

/**
 * Names that are certainly required next (jing's RequiredElementsFunction /
 * RequiredAttributesFunction): a choice requires only what all its branches require.
 */
export function requiredNames(p: Pattern, attributes: boolean): Map<string, QName> {
  const none = () => new Map<string, QName>();
  const visit = (q: Pattern): Map<string, QName> => {
    switch (q.kind) {
      case K.After: return visit(q.p1!);
      case K.OneOrMore: return visit(q.p1!);
      case K.Choice: {
        const a = visit(q.p1!);
        const b = visit(q.p2!);
        if (a.size === 0) return a;
        if (b.size === 0) return b;
        for (const k of [...a.keys()]) if (!b.has(k)) a.delete(k);
        return a;
      }
      case K.Interleave: return union(visit(q.p1!), visit(q.p2!));
      case K.Group:
        if (attributes) return union(visit(q.p1!), visit(q.p2!));
        return q.p1!.nullable ? visit(q.p2!) : visit(q.p1!);
      case K.Element: case K.Attribute: {
        if ((q.kind === K.Attribute) !== attributes) return none();
        const nc = q.nameClass!;
        return nc.kind === 'name' ? new Map([[`{${nc.uri}}${nc.local}`, { uri: nc.uri, local: nc.local }]]) : none();
      }
      default: return none();
    }
  };
  return visit(p);
}

function union(a: Map<string, QName>, b: Map<string, QName>): Map<string, QName> {
  if (a.size === 0) return b;
  for (const [k, v] of b) a.set(k, v);
  return a;
}

/** What a failed string should have been: "a decimal number (xs:decimal) or one of `a`, `b`". */
export function describeData(p: Pattern, value: string): string {
  const values = new Set<string>();
  const types = new Set<string>();
  const seen = new Set<Pattern>();
  const visit = (q: Pattern): void => {
    if (seen.has(q)) return;
    seen.add(q);
    switch (q.kind) {
      case K.After: case K.OneOrMore: visit(q.p1!); break;
      case K.Choice: case K.Interleave: visit(q.p1!); visit(q.p2!); break;
      case K.Group: visit(q.p1!); if (q.p1!.nullable) visit(q.p2!); break;
      case K.Value: values.add(q.rawValue!.trim()); break;
      case K.Data: case K.DataExcept: {
        const why = q.datatype!.check(value, { resolvePrefix: () => undefined });
        types.add(why ?? `${q.datatype!.label} other than the excluded values`);
        break;
      }
      case K.List: types.add(`a space-separated list of ${describeData(q.p1!, '').replace(/^expected /, '')}`); break;
      case K.Empty: types.add('nothing'); break;
    }
  };
  visit(p);
  const parts = [...types].sort();
  if (values.size) {
    const sorted = [...values].sort();
    const shown = sorted.slice(0, EXPECTED_LIMIT).map(quote);
    const more = sorted.length > EXPECTED_LIMIT ? `, … (and ${sorted.length - EXPECTED_LIMIT} more)` : '';
    parts.push(sorted.length === 1 ? `the value ${shown[0]}` : `one of ${shown.join(', ')}${more}`);
  }
  return parts.length ? `expected ${joinList(parts, 'or')}` : 'no value is allowed here';
}
