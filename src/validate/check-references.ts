/**
 * The references layer: rules of our own that RELAX NG cannot express.
 * `xml:id`s are unique, every local pointer (`#id`) resolves, declared
 * prefixes (`prefixDef`) expand, and `@who` on speech points at whoever the
 * words are ascribed to: a person, group, organisation or persona, or a role
 * of a cast list, as drama does. One pass collects ids, a second checks pointers, so the
 * cost stays linear in the size of the document.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { elementsInOrder, getAttribute, xpathOf, TEI_NS, XML_NS, type XmlAttribute, type XmlDocument, type XmlElement } from '../parse/xml-tree.js';
import { closestMatches } from './closest-matches.js';
import { DanglingPointerGroups } from './group-dangling-pointers.js';

/**
 * Attributes whose values are TEI pointers (teidata.pointer), checked
 * wherever they occur. Lists of pointers are separated by white space.
 */
export const POINTER_ATTRIBUTES: ReadonlySet<string> = new Set([
  'who', 'ref', 'corresp', 'target', 'resp', 'wit', 'source', 'hand', 'ana', 'facs', 'synch', 'sameAs', 'prev', 'next',
  'copyOf', 'exclude', 'select', 'decls', 'change', 'scribeRef', 'scriptRef', 'spanTo', 'mutual', 'active', 'passive',
  'calendar', 'datingMethod', 'datingPoint', 'inst', 'nymRef', 'period', 'edRef', 'lemmaRef', 'origin', 'parts', 'domains',
  'targets', 'feats', 'fVal', 'valueDatcat', 'datcat', 'instant', 'since', 'location',
]);

/**
 * Elements a speaker pointer (`@who`) may designate. The Guidelines define
 * att.ascribed/@who as indicating "the person, or group of people, to whom
 * the element content is ascribed", and their own example points `sp/@who`
 * at a `role` in a `castList`; `castItem` is the cast list's entry for it.
 */
const AGENTS = new Set(['person', 'personGrp', 'persona', 'org', 'role', 'castItem']);
/** The same, as the message names them. */
const AGENT_NAMES = '<person>, <personGrp>, <persona>, <org>, or a <role> or <castItem> of a cast list';
/** Elements whose `@who` names a speaker. */
const SPEECH = new Set(['said', 'sp', 'u', 'q']);
/** URI schemes that are not TEI prefixes, so a pointer using them needs no prefixDef. */
const URI_SCHEMES = new Set(['http', 'https', 'mailto', 'urn', 'file', 'ftp', 'data', 'tel', 'info', 'tag', 'doi', 'geo', 'isbn', 'issn', 'javascript']);

interface PrefixDefinition {
  match: RegExp;
  replacement: string;
}

/** Options for the references layer. */
export interface CheckReferencesOptions {
  /** Check only these attributes (default: {@link POINTER_ATTRIBUTES}). */
  pointerAttributes?: ReadonlySet<string>;
}

/** Checks identifiers and pointers in `document`; `file` is the name used in diagnostics. */
export function checkReferences(document: XmlDocument, file: string, options: CheckReferencesOptions = {}): Diagnostic[] {
  const pointerAttributes = options.pointerAttributes ?? POINTER_ATTRIBUTES;
  const diagnostics: Diagnostic[] = [];
  const at = (node: XmlElement | XmlAttribute) => ({ file, ...document.locate(node.start), xpath: xpathOf(node) });
  const ids = new Map<string, XmlElement>();
  const prefixes = new Map<string, PrefixDefinition[]>();
  const suggestionsFor = new Map<string, string>();
  // One diagnostic per missing id, with the count of its uses (group-dangling-pointers.ts).
  const dangling = new DanglingPointerGroups(expectedFor);

  for (const element of elementsInOrder(document)) {
    for (const attribute of element.attributes) {
      if (attribute.local !== 'id' || attribute.uri !== XML_NS) continue;
      const id = attribute.value.trim();
      const first = ids.get(id);
      if (first) {
        const where = document.locate(first.start);
        diagnostics.push(diagnostic('error', 'refs', 'refs.duplicate-id', `xml:id "${id}" on <${element.name}> is already used by <${first.name}> at ${where.line}:${where.column}; expected each xml:id to be unique in the document`, at(attribute)));
      } else ids.set(id, element);
    }
    if (element.local === 'prefixDef' && element.uri === TEI_NS) addPrefix(element);
  }

  for (const element of elementsInOrder(document)) {
    for (const attribute of element.attributes) {
      if (attribute.uri !== '' || !pointerAttributes.has(attribute.local)) continue;
      for (const token of attribute.value.split(/[ \t\r\n]+/)) {
        if (token) checkPointer(element, attribute, token);
      }
    }
  }
  dangling.finish();
  return diagnostics;

  function addPrefix(element: XmlElement): void {
    const ident = getAttribute(element, 'ident');
    const matchPattern = getAttribute(element, 'matchPattern');
    const replacement = getAttribute(element, 'replacementPattern');
    if (!ident || matchPattern === undefined || replacement === undefined) return;
    let match: RegExp;
    try {
      // XML Schema regexes match the whole value; JavaScript's need anchors for that.
      match = new RegExp(`^(?:${matchPattern})$`, 'u');
    } catch {
      diagnostics.push(diagnostic('error', 'refs', 'refs.bad-prefix-pattern', `prefixDef "${ident}" has matchPattern "${matchPattern}", which is not a valid regular expression; expected a pattern such as "([a-z]+)"`, at(element)));
      return;
    }
    const list = prefixes.get(ident) ?? [];
    list.push({ match, replacement });
    prefixes.set(ident, list);
  }

  /** What a dangling pointer to `id` should have been: the nearest ids, found once per missing id (a document often repeats one). */
  function expectedFor(id: string): string {
    let expected = suggestionsFor.get(id);
    if (expected === undefined) {
      const suggestions = closestMatches(id, ids.keys(), 3);
      expected = suggestions.length ? `expected an existing xml:id, such as ${suggestions.map((s) => `"#${s}"`).join(', ')}` : 'expected the xml:id of an element in this document';
      suggestionsFor.set(id, expected);
    }
    return expected;
  }

  function checkPointer(element: XmlElement, attribute: XmlAttribute, token: string): void {
    let target = token;
    const colon = token.indexOf(':');
    if (!token.startsWith('#') && colon > 0 && !token.slice(0, colon).includes('/')) {
      const prefix = token.slice(0, colon);
      const definitions = prefixes.get(prefix);
      if (definitions) {
        const rest = token.slice(colon + 1);
        const definition = definitions.find((d) => d.match.test(rest));
        if (!definition) {
          diagnostics.push(diagnostic('error', 'refs', 'refs.prefix-no-match', `@${attribute.name} value "${token}" uses prefix "${prefix}", but "${rest}" matches no matchPattern of its prefixDef; expected a value matching ${definitions.map((d) => `"${d.match.source.slice(4, -2)}"`).join(' or ')}`, at(attribute)));
          return;
        }
        target = rest.replace(definition.match, definition.replacement.replace(/\$(\d)/g, '$$$1'));
      } else if (!URI_SCHEMES.has(prefix.toLowerCase())) {
        diagnostics.push(diagnostic('warning', 'refs', 'refs.undeclared-prefix', `@${attribute.name} value "${token}" uses prefix "${prefix}", which no prefixDef declares; expected a <prefixDef ident="${prefix}"> in the header, or a full URI`, at(attribute)));
        return;
      }
    }
    if (!target.startsWith('#')) return;
    const id = target.slice(1);
    const found = ids.get(id);
    if (!found) {
      const first = dangling.add({ id, token, attribute: attribute.name, element: element.name, locate: () => at(attribute) });
      if (first) diagnostics.push(first);
      return;
    }
    if (attribute.local === 'who' && SPEECH.has(element.local) && element.uri === TEI_NS && !AGENTS.has(found.local)) {
      diagnostics.push(diagnostic('error', 'refs', 'refs.who-not-agent', `@who value "${token}" on <${element.name}> points to <${found.name}>; expected the person, or group of people, to whom the element content is ascribed: a ${AGENT_NAMES}`, at(attribute)));
    }
  }
}
