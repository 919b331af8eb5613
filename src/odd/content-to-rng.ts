/**
 * Translates pure ODD content models (and RELAX NG written inside an ODD)
 * into RELAX NG: sequence, alternate, interleave, elementRef, classRef (with
 * @expand, @include, @except), macroRef, dataRef, anyElement, empty,
 * textNode, valList, with @minOccurs and @maxOccurs.
 */
import { childElements, getAttribute, textContent, type XmlElement } from '../parse/xml-tree.js';
import { RNG, TEI, type Spec } from './odd-model.js';
import { occurrences, repeat } from './occurrences.js';
import { r, type RNode } from './rng-node.js';
import { patternName, refName, type RngScope } from './rng-scope.js';
import { readValList, teiChildren } from './read-spec.js';

const tokens = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

/** The choice of a valList's values. */
export function valListChoice(valLists: XmlElement[]): RNode {
  return r('choice', undefined, valLists.flatMap((v) => readValList(v).items.map((i) => ({ n: 'value', t: i.altIdent ?? i.ident }))));
}

/** The references a class member contributes (the TEI's classmember mode); `suffix` names the class pattern. */
export function classMember(scope: RngScope, member: Spec, theClass: string, suffix: string): RNode[] {
  if (member.kind === 'classSpec') return [r('ref', { name: patternName(scope, member, suffix && suffix !== 'NULL' ? `_${suffix}` : '') })];
  const m = member.classes.find((c) => c.key === theClass);
  const min = m?.min && /^\d+$/.test(m.min) ? Number(m.min) : 1;
  const ref = () => r('ref', { name: patternName(scope, member) });
  const out: RNode[] = [];
  for (let i = 0; i < min; i++) out.push(ref());
  if (m?.max === 'unbounded') out.push(r('zeroOrMore', undefined, [ref()]));
  else {
    const max = m?.max && /^\d+$/.test(m.max) ? Number(m.max) : 1;
    for (let i = min + 1; i <= max; i++) out.push(r('optional', undefined, [ref()]));
  }
  return out;
}

/** elementRef, classRef, macroRef. */
function reference(scope: RngScope, el: XmlElement): RNode[] {
  const key = getAttribute(el, 'key') ?? '';
  const expand = getAttribute(el, 'expand');
  const include = tokens(getAttribute(el, 'include'));
  const except = tokens(getAttribute(el, 'except'));
  const wanted = (ident: string) => (include.length ? include.includes(ident) : !except.includes(ident));
  const members = (scope.members.get(key) ?? []).filter((m) => wanted(m.ident));
  let c: RNode[];
  if (!expand && (include.length || except.length)) c = members.flatMap((m) => classMember(scope, m, key, ''));
  else if (!expand) c = [r('ref', { name: refName(scope, key) })];
  else if (expand === 'sequence') c = members.flatMap((m) => classMember(scope, m, key, expand));
  else if (expand === 'sequenceOptional') c = members.map((m) => r('optional', undefined, classMember(scope, m, key, expand)));
  else if (expand === 'sequenceRepeatable') c = members.map((m) => r('oneOrMore', undefined, classMember(scope, m, key, expand)));
  else if (expand === 'sequenceOptionalRepeatable') c = members.map((m) => r('zeroOrMore', undefined, classMember(scope, m, key, expand)));
  else c = [r('choice', undefined, members.flatMap((m) => classMember(scope, m, key, expand)))];
  const o = occurrences(el);
  if (o.min === 1 && o.max === 1) return c;
  if (o.wrapper) return [r(o.wrapper, undefined, c)];
  const group: RNode[] = o.min === 0 ? [r('optional', undefined, c)] : Array.from({ length: o.min }, () => c).flat();
  if (o.max === -1) group.push(r('zeroOrMore', undefined, c));
  else {
    // Deterministic nesting: (c, (c, …)?)? rather than c? c? …
    let nested: RNode | undefined;
    for (let i = 0; i < o.max - o.min; i++) nested = r('optional', undefined, [...c, nested]);
    if (nested) group.push(nested);
  }
  return [r('group', undefined, group)];
}

/** A dataRef: a named XML Schema datatype, or the content of a dataSpec inlined. */
export function dataRef(scope: RngScope, el: XmlElement, restriction?: string): RNode[] {
  const name = getAttribute(el, 'name');
  if (name !== undefined) {
    const facets = teiChildren(el, 'dataFacet');
    const pattern = getAttribute(el, 'restriction') ?? restriction;
    const params = facets.length
      ? facets.map((f) => ({ n: 'param', a: { name: getAttribute(f, 'name') ?? '' }, t: getAttribute(f, 'value') ?? '' }))
      : pattern !== undefined ? [{ n: 'param', a: { name: 'pattern' }, t: pattern }] : [];
    return [r('data', { type: name }, params)];
  }
  const key = getAttribute(el, 'key');
  const spec = key === undefined ? undefined : scope.byIdent.get(key);
  if (!spec?.content) return [];
  const inner = getAttribute(el, 'restriction');
  return childElements(spec.content).flatMap((c) => translate(scope, c, inner));
}

/** RELAX NG written inside an ODD, copied with references prefixed. */
function copyRng(scope: RngScope, el: XmlElement): RNode {
  const a: Record<string, string> = {};
  for (const at of el.attributes) if (at.uri === '') a[at.local] = el.local === 'ref' && at.local === 'name' ? refName(scope, at.value) : at.value;
  const children = childElements(el).filter((c) => c.uri === RNG).map((c) => copyRng(scope, c));
  const node = r(el.local, Object.keys(a).length ? a : undefined, children);
  if ((el.local === 'value' || el.local === 'param') && !children.length) node.t = textContent(el);
  return node;
}

/** The anyElement reference, and its define made once per occurrence. */
function anyElement(scope: RngScope, el: XmlElement): RNode[] {
  const id = `anyElement_${scope.current?.ident ?? ''}_${scope.anyElementDefines.length + 1}`;
  const exclude = tokens(getAttribute(el, 'exclude') ?? scope.set.defaultExceptions ?? 'http://www.tei-c.org/ns/1.0 teix:egXML');
  const excepts = [...new Set(exclude)].map((x) => {
    if (x === 'teix:egXML') return { n: 'name', a: { ns: 'http://www.tei-c.org/ns/Examples' }, t: 'egXML' };
    const m = /^(\w+):(\w+)$/.exec(x);
    const uri = m ? lookupPrefix(el, m[1]!) : undefined;
    return m && uri ? { n: 'name', a: { ns: uri }, t: m[2]! } : r('nsName', { ns: x });
  });
  scope.anyElementDefines.push(
    r('define', { name: id }, [
      r('element', undefined, [
        r('anyName', undefined, [r('except', undefined, excepts)]),
        r('zeroOrMore', undefined, [r('attribute', undefined, [r('anyName')])]),
        r('zeroOrMore', undefined, [r('choice', undefined, [r('text'), r('ref', { name: id })])]),
      ]),
    ]),
  );
  return repeat([r('ref', { name: id })], occurrences(el));
}

function lookupPrefix(el: XmlElement, prefix: string): string | undefined {
  for (let e: XmlElement['parent'] = el; e.type === 'element'; e = e.parent) if (prefix in e.namespaceDeclarations) return e.namespaceDeclarations[prefix];
  return undefined;
}

/** Translates one content-model element. */
export function translate(scope: RngScope, el: XmlElement, restriction?: string): RNode[] {
  if (el.uri === RNG) return [copyRng(scope, el)];
  if (el.uri !== TEI) return [];
  switch (el.local) {
    case 'sequence':
    case 'interleave': {
      const children = childElements(el);
      const inner = children.flatMap((c) => translate(scope, c, restriction));
      const content = getAttribute(el, 'preserveOrder') === 'false' || el.local === 'interleave' ? [r('interleave', undefined, inner)] : inner;
      const kind = children.some((c) => !(c.uri === TEI && c.local === 'dataRef')) ? 'group' : 'list';
      return [r(kind, undefined, repeat(content, occurrences(el)))];
    }
    case 'alternate':
      return repeat([r('choice', undefined, childElements(el).flatMap((c) => translate(scope, c, restriction)))], occurrences(el));
    case 'textNode':
      return [r('text')];
    case 'empty':
      return [r('empty')];
    case 'elementRef':
    case 'classRef':
    case 'macroRef':
      return reference(scope, el);
    case 'dataRef':
      return dataRef(scope, el, restriction);
    case 'valList':
      return [valListChoice(teiChildren(el.parent as XmlElement, 'valList'))];
    case 'anyElement':
      return anyElement(scope, el);
    default:
      return [];
  }
}
