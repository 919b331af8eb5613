/**
 * Turns a rule's `@context` (an XSLT pattern) into a matcher that can be
 * checked against one node by walking up its ancestors, instead of
 * evaluating the pattern over the whole document. The matcher also tells
 * the dispatcher which element (or attribute) names can match, and which
 * attribute a candidate must carry (`tei:*[@when]` needs `@when`), so most
 * nodes never meet most rules.
 *
 * Anything outside the shapes handled here (positional predicates, `id()`
 * or `key()` patterns, `intersect`, other axes) falls back to selecting the
 * matching nodes once per document with fontoxpath: slower, still linear,
 * and exactly XSLT's definition of a pattern match.
 */
import type * as slimdom from 'slimdom';
import { bareAttribute, child, children, functionName, isNonPositional, moduleFor, nameTestUri, serializeModule, testedName, xqxElement, type Expr, type ParsedExpr } from './xpath-ast.js';
import { compileFastTest, type FastTest } from './fast-tests.js';
import { rewriteLookups } from './rewrite-lookups.js';
import type { XPathOptions } from './xpath-functions.js';

/** What kind of node one step of a pattern accepts; an absent `uri`/`local` is a wildcard. */
export type NodeTest =
  | { kind: 'element'; uri?: string; local?: string }
  | { kind: 'attribute'; uri?: string; local?: string }
  | { kind: 'text' }
  | { kind: 'comment' }
  | { kind: 'pi'; target?: string }
  /** `node()`: any node the child axis reaches (element, text, comment, PI). */
  | { kind: 'node' }
  /** `.`: any node at all. */
  | { kind: 'any' }
  | { kind: 'document' };

/** A predicate: its expression, and its fast form when it has one (see fast-tests.ts). */
export type Predicate = Expr & { fast?: FastTest };

/** One step: a node test and the predicates (EBV, all must hold) checked with the node as context. */
export interface MatchStep {
  test: NodeTest;
  predicates: Predicate[];
}

/** One alternative of a pattern, read right to left: `steps[0]` is the node itself. */
export interface PathMatcher {
  steps: MatchStep[];
  /** `links[i]` says whether `steps[i + 1]` must be the parent or an ancestor of the node of `steps[i]`. */
  links: Array<'parent' | 'ancestor'>;
  /** True when the outermost step's node must be a child of the document node (`/a/b`). */
  rooted: boolean;
  /** An attribute (`uri|local`) the node must carry for the pattern to match at all; used for dispatch. */
  requiredAttribute?: { uri: string; local: string };
}

/** How a rule context is matched. */
export type ContextMatcher =
  | { kind: 'paths'; paths: PathMatcher[] }
  /** Fallback: each expression is evaluated from the document node; the union of results is the matched set. */
  | { kind: 'set'; selections: Expr[] };

/** A path being built left to right. */
interface Draft {
  rooted: boolean;
  steps: Array<{ test: NodeTest; predicates: slimdom.Element[] }>;
  /** `links[i]` relates steps[i] and steps[i + 1]. */
  links: Array<'parent' | 'ancestor'>;
}

/** Compiles a parsed pattern; `options` resolves the prefixes of name tests. */
export function analyseContext(pattern: ParsedExpr, options: XPathOptions): ContextMatcher {
  const drafts = alternatives(pattern.body, options);
  if (drafts) {
    const paths = drafts.map((d) => finish(d, options)).filter((p): p is PathMatcher => p !== undefined);
    if (paths.length === drafts.length) return { kind: 'paths', paths };
  }
  return { kind: 'set', selections: selections(pattern.body, options) };
}

function alternatives(expr: slimdom.Element, options: XPathOptions): Draft[] | undefined {
  switch (expr.localName) {
    case 'unionOp': {
      const a = alternatives(first(child(expr, 'firstOperand')), options);
      const b = alternatives(first(child(expr, 'secondOperand')), options);
      return a && b ? [...a, ...b] : undefined;
    }
    case 'sequenceExpr': {
      const items = children(expr);
      return items.length === 1 ? alternatives(items[0]!, options) : undefined;
    }
    case 'pathExpr':
      return path(expr, options);
    case 'contextItemExpr':
      return [{ rooted: false, steps: [{ test: { kind: 'any' }, predicates: [] }], links: [] }];
    default:
      return undefined;
  }
}

function first(el: slimdom.Element | undefined): slimdom.Element {
  return el?.firstElementChild ?? (el as slimdom.Element);
}

function path(expr: slimdom.Element, options: XPathOptions): Draft[] | undefined {
  const items = children(expr);
  let drafts: Draft[] = [{ rooted: false, steps: [], links: [] }];
  let pendingLink: 'parent' | 'ancestor' = 'parent';
  let index = 0;
  if (items[0]?.localName === 'rootExpr') {
    index = 1;
    if (items.length === 1) return [{ rooted: false, steps: [{ test: { kind: 'document' }, predicates: [] }], links: [] }];
    drafts[0]!.rooted = true;
  }
  for (; index < items.length; index++) {
    const step = items[index]!;
    if (step.localName !== 'stepExpr') return undefined;
    const predicates = child(step, 'predicates') ? children(child(step, 'predicates')!) : [];
    if (!predicates.every(isNonPositional)) return undefined;
    const filter = child(step, 'filterExpr');
    if (filter) {
      // A parenthesised union or `.` may only start the path: `(a|b)[p]/c`.
      if (index !== 0) return undefined;
      const inner = alternatives(first(filter), options);
      if (!inner) return undefined;
      for (const d of inner) d.steps[d.steps.length - 1]!.predicates.push(...predicates);
      drafts = inner;
      continue;
    }
    const axis = child(step, 'xpathAxis')?.textContent;
    const testEl = children(step).find((c) => c.localName !== 'xpathAxis' && c.localName !== 'predicates');
    if (!testEl) return undefined;
    if (axis === 'descendant-or-self' && testEl.localName === 'anyKindTest' && predicates.length === 0) {
      // `//`: the next step may be any descendant. At the start of an absolute path it lifts the anchor.
      const atStart = drafts.every((d) => d.steps.length === 0);
      if (atStart) for (const d of drafts) d.rooted = false;
      else pendingLink = 'ancestor';
      continue;
    }
    if (axis !== 'child' && axis !== 'attribute') return undefined;
    const test = nodeTest(axis, testEl, options);
    if (!test) return undefined;
    for (const d of drafts) {
      const last = d.steps[d.steps.length - 1];
      if (last && last.test.kind === 'attribute') return undefined;
      if (last) d.links.push(pendingLink);
      d.steps.push({ test, predicates: [...predicates] });
    }
    pendingLink = 'parent';
  }
  return drafts.every((d) => d.steps.length > 0) ? drafts : undefined;
}

function nodeTest(axis: string, el: slimdom.Element, options: XPathOptions): NodeTest | undefined {
  const named = (kind: 'element' | 'attribute', uri: string | undefined, local: string | undefined): NodeTest => {
    const t: { kind: typeof kind; uri?: string; local?: string } = { kind };
    if (uri !== undefined) t.uri = uri;
    if (local !== undefined) t.local = local;
    return t as NodeTest;
  };
  const kind = axis === 'attribute' ? 'attribute' : 'element';
  switch (el.localName) {
    case 'nameTest':
    case 'Wildcard': {
      const name = testedName(el, options);
      return name ? named(kind, name.uri, name.local) : undefined;
    }
    case 'anyKindTest':
      return axis === 'attribute' ? named('attribute', undefined, undefined) : { kind: 'node' };
    case 'elementTest':
    case 'attributeTest': {
      if (children(el).some((c) => c.localName === 'typeName')) return undefined;
      const nameEl = child(el, 'elementName') ?? child(el, 'attributeName');
      const qname = nameEl && child(nameEl, 'QName');
      if (!qname) return named(kind, undefined, undefined);
      const uri = nameTestUri(qname, options);
      return uri === undefined ? undefined : named(kind, uri, qname.textContent ?? '');
    }
    case 'textTest':
      return axis === 'child' ? { kind: 'text' } : undefined;
    case 'commentTest':
      return axis === 'child' ? { kind: 'comment' } : undefined;
    case 'piTest': {
      const target = child(el, 'piTarget')?.textContent;
      return axis === 'child' ? (target ? { kind: 'pi', target } : { kind: 'pi' }) : undefined;
    }
    case 'documentTest':
      return children(el).length === 0 ? { kind: 'document' } : undefined;
    default:
      return undefined;
  }
}

function finish(draft: Draft, options: XPathOptions): PathMatcher | undefined {
  const steps = [...draft.steps].reverse();
  const links = [...draft.links].reverse();
  const result: PathMatcher = { steps: [], links, rooted: draft.rooted };
  for (let i = 0; i < steps.length; i++) {
    const { test, predicates } = steps[i]!;
    let kept = predicates;
    if (i === 0 && test.kind === 'element') {
      const required = predicates.map((p) => requiredAttribute(p, options)).find((r) => r !== undefined);
      if (required) {
        result.requiredAttribute = { uri: required.uri, local: required.local };
        // A bare `[@a]` is fully decided by the dispatcher: no need to evaluate it.
        kept = predicates.filter((p) => !(p === required.predicate && required.bare));
      }
    }
    result.steps.push({ test, predicates: kept.map((p) => predicateExpr(p, options)) });
  }
  return result;
}

function predicateExpr(predicate: slimdom.Element, options: XPathOptions): Predicate {
  const fast = compileFastTest(predicate, options);
  const module = moduleFor(predicate);
  rewriteLookups(module.getElementsByTagNameNS('http://www.w3.org/2005/XQueryX', 'queryBody')[0]!.firstElementChild!, options);
  return fast ? { xqueryx: serializeModule(module), fast } : { xqueryx: serializeModule(module) };
}

interface Required {
  uri: string;
  local: string;
  predicate: slimdom.Element;
  /** True when the predicate is exactly `@a`. */
  bare: boolean;
}

const COMPARISONS = new Set(['equalOp', 'notEqualOp', 'lessThanOp', 'lessThanOrEqualOp', 'greaterThanOp', 'greaterThanOrEqualOp', 'eqOp', 'neOp', 'ltOp', 'leOp', 'gtOp', 'geOp']);
const NEEDS_NONEMPTY_ARGUMENT = new Set(['starts-with', 'contains', 'ends-with']);

/** An attribute without which `predicate` is certainly false, if one can be read off its shape. */
function requiredAttribute(predicate: slimdom.Element, options: XPathOptions, top = predicate): Required | undefined {
  const direct = bareAttribute(predicate, options);
  if (direct) return { ...direct, predicate: top, bare: predicate === top };
  const operands = () => [first(child(predicate, 'firstOperand')), first(child(predicate, 'secondOperand'))];
  if (predicate.localName === 'andOp') {
    for (const operand of operands()) {
      const found = requiredAttribute(operand, options, top);
      if (found) return { ...found, bare: false };
    }
  }
  if (COMPARISONS.has(predicate.localName ?? '')) {
    for (const operand of operands()) {
      const a = bareAttribute(operand, options);
      if (a) return { ...a, predicate: top, bare: false };
    }
  }
  if (predicate.localName === 'functionCallExpr' && NEEDS_NONEMPTY_ARGUMENT.has(functionName(predicate).local)) {
    const args = children(child(predicate, 'arguments') ?? predicate);
    const literal = args[1];
    const a = bareAttribute(args[0], options);
    if (a && args.length === 2 && literal?.localName === 'stringConstantExpr' && (literal.textContent ?? '') !== '') return { ...a, predicate: top, bare: false };
  }
  return undefined;
}

/** The fallback: for each alternative, an expression selecting every node it matches, from the document node. */
function selections(body: slimdom.Element, options: XPathOptions): Expr[] {
  const alts: slimdom.Element[] = [];
  const collect = (el: slimdom.Element) => {
    if (el.localName === 'unionOp') {
      collect(first(child(el, 'firstOperand')));
      collect(first(child(el, 'secondOperand')));
    } else alts.push(el);
  };
  collect(body);
  return alts.map((alt) => {
    const absolute = alt.localName === 'pathExpr' && children(alt)[0]?.localName === 'rootExpr';
    let expr = alt;
    if (!absolute) {
      // root()//(alt): XSLT's definition of matching a relative pattern.
      const any = xqxElement(alt, 'anyKindTest');
      const dos = xqxElement(alt, 'stepExpr', xqxElement(alt, 'xpathAxis', 'descendant-or-self'), any);
      const inner = xqxElement(alt, 'stepExpr', xqxElement(alt, 'filterExpr', xqxElement(alt, 'sequenceExpr', alt.cloneNode(true) as slimdom.Element)));
      expr = xqxElement(alt, 'pathExpr', xqxElement(alt, 'rootExpr'), dos, inner);
    }
    const module = moduleFor(expr);
    rewriteLookups(module.getElementsByTagNameNS('http://www.w3.org/2005/XQueryX', 'queryBody')[0]!.firstElementChild!, options);
    return { xqueryx: serializeModule(module) };
  });
}
