/**
 * A merged spec set to a RELAX NG grammar (before clean-up): a define per
 * element, per model class (and its alternation and sequence patterns), per
 * attribute class and attribute, per macro and datatype; the anyElement
 * patterns; the start; external RELAX NG modules inlined.
 */
import { childElements, getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { attributeClassDefines, elementAttributes } from './attributes-to-rng.js';
import { constraintToSchematron, type SchematronPart } from './constraints-to-schematron.js';
import { classMember, translate, valListChoice } from './content-to-rng.js';
import { RNG, TEI, type Spec } from './odd-model.js';
import { pruneContent } from './prune-deleted.js';
import { attDefsOf, teiChildren } from './read-spec.js';
import { r, type RChild, type RNode } from './rng-node.js';
import { patternName, type RngScope } from './rng-scope.js';

const CLASS_PATTERNS = ['NULL', 'alternation', 'sequence', 'sequenceOptional', 'sequenceOptionalRepeatable', 'sequenceRepeatable'];

function contentElements(scope: RngScope, spec: Spec): XmlElement[] {
  if (!spec.content) return [];
  return spec.simplify ? pruneContent(spec.content, scope.deleted) : childElements(spec.content);
}

function modelClassDefines(scope: RngScope, cls: Spec): RNode[] {
  const members = scope.members.get(cls.ident) ?? [];
  const types = cls.generate ? cls.generate.split(/\s+/).filter(Boolean) : CLASS_PATTERNS;
  return (types.length ? types : ['NULL']).map((type) => {
    const name = patternName(scope, cls, type === 'NULL' ? '' : `_${type}`);
    const member = (m: Spec) => classMember(scope, m, cls.ident, type);
    if (!members.length) return r('define', { name }, [r(type === 'sequence' || type === 'sequenceOptional' || type === 'sequenceOptionalRepeatable' ? 'empty' : 'notAllowed')]);
    if (type === 'sequence') return r('define', { name }, members.flatMap(member));
    const wrap = { sequenceOptional: 'optional', sequenceRepeatable: 'oneOrMore', sequenceOptionalRepeatable: 'zeroOrMore' }[type];
    if (wrap) return r('define', { name }, members.map((m) => r(wrap, undefined, member(m))));
    return r('define', { name }, [r('choice', undefined, members.flatMap(member))]);
  });
}

/** The Schematron of a spec's constraints and of its attributes' (an attribute's asserts apply to the attribute). */
function schematronOf(scope: RngScope, spec: Spec, counter: { n: number }): SchematronPart[] {
  const owner = spec.kind === 'elementSpec' ? spec.ident : undefined;
  const seen = new Set<XmlElement>();
  const parts: SchematronPart[] = [];
  const add = (c: XmlElement, attribute: string | undefined) => {
    if (seen.has(c)) return;
    seen.add(c);
    parts.push(...constraintToSchematron(c, scope.set.ident, owner, attribute, counter));
  };
  for (const c of spec.constraints) add(c, c.parent.type === 'element' && c.parent.local === 'attDef' ? getAttribute(c.parent, 'ident') : undefined);
  for (const def of attDefsOf(spec.attList)) if (def.mode !== 'delete') for (const c of def.constraints) add(c, def.ident);
  return parts;
}

function elementDefine(scope: RngScope, spec: Spec, sch: SchematronPart[]): RNode {
  const name = patternName(scope, spec);
  if (spec.content && childElements(spec.content).some((c) => c.uri === RNG && c.local === 'notAllowed')) return r('define', { name }, [r('notAllowed')]);
  scope.current = spec;
  let content: RNode[];
  if (spec.valList?.type === 'closed' && spec.at) content = [valListChoice(teiChildren(spec.at, 'valList'))];
  else content = contentElements(scope, spec).flatMap((c) => translate(scope, c));
  if (!content.length) content = [r('empty')];
  const attributes = elementAttributes(scope, spec) ?? [];
  const a: Record<string, string> = { name: spec.altIdent ?? spec.ident };
  if (spec.ns !== undefined) a.ns = spec.ns;
  const children: RChild[] = [...content, ...sch.filter((p) => p.kind === 'pattern').map((p) => ({ xml: p.xml })), ...attributes];
  return r('define', { name }, [{ n: 'element', a, c: children }]);
}

function macroDefine(scope: RngScope, spec: Spec): RNode {
  scope.current = spec;
  let content: RNode[];
  if (spec.valList?.type === 'closed') content = [valListChoice(teiChildren(spec.at, 'valList'))];
  else content = contentElements(scope, spec).flatMap((c) => translate(scope, c));
  return r('define', { name: patternName(scope, spec) }, content.length ? content : [r('choice', undefined, [r('empty')])]);
}

/** The classes some element belongs to, directly or through other classes. */
function classesInUse(scope: RngScope): Set<string> {
  const used = new Set<string>();
  const visit = (key: string) => {
    if (used.has(key)) return;
    used.add(key);
    for (const m of scope.byIdent.get(key)?.classes ?? []) visit(m.key);
  };
  for (const spec of scope.set.specs) if (spec.kind === 'elementSpec') for (const m of spec.classes) visit(m.key);
  return used;
}

/** The grammar's defines and start, and the Schematron parts met on the way. */
export function specsToRng(scope: RngScope): { defines: RNode[]; start: RNode; schematron: SchematronPart[]; topPatterns: string[] } {
  const topPatterns: string[] = [];
  const defines: RNode[] = [];
  const schematron: SchematronPart[] = [];
  const counter = { n: 0 };
  const used = classesInUse(scope);
  for (const spec of scope.set.specs) {
    const sch = schematronOf(scope, spec, counter);
    schematron.push(...sch);
    // Patterns of classes, macros and the schema itself go at the top of the grammar; a class no element belongs to has none.
    if (spec.kind !== 'elementSpec' && (spec.kind !== 'classSpec' || used.has(spec.ident))) topPatterns.push(...sch.filter((p) => p.kind === 'pattern').map((p) => p.xml));
    if (spec.kind === 'elementSpec') defines.push(elementDefine(scope, spec, sch));
    else if (spec.kind === 'macroSpec' || spec.kind === 'dataSpec') defines.push(macroDefine(scope, spec));
    else if (spec.type === 'model') defines.push(...modelClassDefines(scope, spec));
    else if (spec.type === 'atts') defines.push(...attributeClassDefines(scope, spec));
  }
  for (const c of scope.set.constraints) {
    if (c.uri !== TEI) continue;
    const sch = constraintToSchematron(c, scope.set.ident, undefined, undefined, counter);
    schematron.push(...sch);
    topPatterns.push(...sch.filter((p) => p.kind === 'pattern').map((p) => p.xml));
  }
  for (const m of scope.set.externalModules) defines.push(...externalDefines(m.grammar, m.prefix ?? ''), ...(m.content ? childElements(m.content).filter((c) => c.uri === RNG).map((c) => copyForeignRng(c, '')) : []));
  defines.push(...scope.anyElementDefines);
  const start = scope.set.start;
  const startRefs = start !== undefined ? start.split(/\s+/).filter(Boolean) : scope.byIdent.has('teiCorpus') ? ['TEI', 'teiCorpus'] : ['TEI'];
  const resolved = startRefs.map((n) => (scope.byIdent.has(n) ? patternName(scope, scope.byIdent.get(n)!) : n));
  return { defines, start: r('start', undefined, [r('choice', undefined, resolved.map((name) => r('ref', { name })))]), schematron, topPatterns };
}

/** A RELAX NG element from an external module, with define and ref names prefixed. */
function copyForeignRng(el: XmlElement, prefix: string): RNode {
  const a: Record<string, string> = {};
  for (const at of el.attributes) if (at.uri === '') a[at.local] = (el.local === 'define' || el.local === 'ref') && at.local === 'name' ? prefix + at.value : at.value;
  const kids = childElements(el).filter((c) => c.uri === RNG);
  const node = r(el.local, Object.keys(a).length ? a : undefined, kids.map((c) => copyForeignRng(c, prefix)));
  if (!kids.length && ['value', 'param', 'name', 'nsName'].includes(el.local)) {
    const text = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (text.trim() || el.local === 'value') node.t = el.local === 'value' ? text : text.trim();
  }
  return node;
}

/** The defines of an external grammar (start left out, includes already inlined by the reader). */
function externalDefines(grammar: XmlElement, prefix: string): RNode[] {
  const out: RNode[] = [];
  const ns = getAttribute(grammar, 'ns');
  // ns on a div inside the grammar is not followed: external modules put theirs on the grammar.
  const walk = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.uri !== RNG) continue;
      if (c.local === 'define') {
        const node = copyForeignRng(c, prefix);
        // The external grammar's namespace, which its elements inherit, not ours.
        node.a = { ...(node.a ?? {}), ns: node.a?.ns ?? ns ?? '' };
        out.push(node);
      } else if (c.local === 'div' || c.local === 'grammar') walk(c);
    }
  };
  walk(grammar);
  return out;
}
