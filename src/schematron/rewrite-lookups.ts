/**
 * Rewrites whole-document lookups into index calls. A rule such as
 * `//tei:person[@xml:id = $ref]` scans every element each time it runs,
 * so running it for every person makes validation quadratic. The rewrite
 * turns `//name[@a = X]` into `elements-with-attribute(…, X)` (an index
 * built once per document) and a bare `//name` into `elements(…)` (the
 * name index built while adapting the tree). It only fires where the result
 * is provably the same: X must not depend on the context node, must be
 * compared as a string, and remaining predicates must not be positional.
 */
import type * as slimdom from 'slimdom';
import { bareAttribute, child, children, functionName, isNonPositional, staticType, testedName, xqxElement, XQX } from './xpath-ast.js';
import { SCH_FN_NS, type XPathOptions } from './xpath-functions.js';

/** Rewrites every eligible lookup below (and including) `expr`, in place; returns how many were rewritten. */
export function rewriteLookups(expr: slimdom.Element, options: XPathOptions): number {
  let count = 0;
  // Collect first: rewriting replaces nodes, which would disturb a live walk.
  const paths: slimdom.Element[] = [];
  const walk = (el: slimdom.Element) => {
    if (el.localName === 'pathExpr' && el.namespaceURI === XQX) paths.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(expr);
  // Innermost first, so a rewritten inner lookup can make an outer one eligible.
  for (const path of paths.reverse()) if (rewritePath(path, options)) count++;
  return count;
}

function rewritePath(path: slimdom.Element, options: XPathOptions): boolean {
  const items = children(path);
  if (items.length < 3 || items[0]!.localName !== 'rootExpr') return false;
  const dos = items[1]!;
  const step = items[2]!;
  if (!isDescendantOrSelfNode(dos) || step.localName !== 'stepExpr') return false;
  if (child(step, 'xpathAxis')?.textContent !== 'child') return false;
  const name = elementName(step, options);
  if (!name) return false;
  const predicatesEl = child(step, 'predicates');
  const predicates = predicatesEl ? children(predicatesEl) : [];
  if (!predicates.every(isNonPositional)) return false;

  let call: slimdom.Element | undefined;
  let rest = predicates;
  const lookup = predicates[0] && attributeComparison(predicates[0], options);
  if (lookup) {
    call = functionCall(path, 'elements-with-attribute', [
      stringConstant(path, name.uri),
      stringConstant(path, name.local),
      stringConstant(path, lookup.uri),
      stringConstant(path, lookup.local),
      lookup.value,
      booleanConstant(path, lookup.single),
    ]);
    rest = predicates.slice(1);
  } else if (name.uri !== '*' || name.local !== '*') {
    call = functionCall(path, 'elements', [stringConstant(path, name.uri), stringConstant(path, name.local)]);
  }
  if (!call) return false;
  const replacement = xqxElement(path, 'stepExpr', xqxElement(path, 'filterExpr', call));
  if (rest.length) replacement.appendChild(xqxElement(path, 'predicates', ...rest));
  path.removeChild(items[0]!);
  path.removeChild(dos);
  path.replaceChild(replacement, step);
  return true;
}

function isDescendantOrSelfNode(step: slimdom.Element): boolean {
  const parts = children(step);
  return step.localName === 'stepExpr' && parts.length === 2 && parts[0]!.textContent === 'descendant-or-self' && parts[1]!.localName === 'anyKindTest';
}

/** The element name a step tests, with `*` for wildcards; undefined for other tests. */
function elementName(step: slimdom.Element, options: XPathOptions): { uri: string; local: string } | undefined {
  const test = children(step)[1];
  const name = test && testedName(test, options);
  return name ? { uri: name.uri ?? '*', local: name.local ?? '*' } : undefined;
}

const GENERAL_EQUAL = 'equalOp';
const VALUE_EQUAL = 'eqOp';

/** `@a = X`, `X = @a`, `@a eq X` or `X eq @a`, with X context-free and string-like. */
function attributeComparison(
  predicate: slimdom.Element,
  options: XPathOptions,
): { uri: string; local: string; value: slimdom.Element; single: boolean } | undefined {
  if (predicate.localName !== GENERAL_EQUAL && predicate.localName !== VALUE_EQUAL) return undefined;
  const left = child(predicate, 'firstOperand')?.firstElementChild;
  const right = child(predicate, 'secondOperand')?.firstElementChild;
  if (!left || !right) return undefined;
  for (const [attr, value] of [
    [left, right],
    [right, left],
  ] as const) {
    const name = bareAttribute(attr, options);
    if (name && isStringLike(value) && isContextFree(value)) {
      return { ...name, value: value.cloneNode(true) as slimdom.Element, single: predicate.localName === VALUE_EQUAL };
    }
  }
  return undefined;
}

/** Values compared as strings with an attribute: strings, untyped values, URIs, nodes (atomised to untyped). */
function isStringLike(el: slimdom.Element): boolean {
  const type = staticType(el);
  return type !== undefined && /^(xs:string|xs:untypedAtomic|xs:anyURI|xs:NCName|xs:ID|xs:IDREF|node\(\)|element\(\)|attribute\(\)|text\(\))[?*+]?$/.test(type);
}

/** Functions of no arguments that read neither the context item nor its position. */
const CONTEXT_FREE_NULLARY = new Set(['true', 'false', 'current', 'current-date', 'current-dateTime', 'current-time', 'implicit-timezone', 'default-collation', 'static-base-uri']);
/** Functions that read the context item when given this many arguments (their implicit argument). */
const IMPLICIT_CONTEXT_ARITY: Record<string, number> = { lang: 1 };

/** True when the value of `el` is the same for every context node (it may still use `current()` and variables). */
export function isContextFree(el: slimdom.Element): boolean {
  switch (el.localName) {
    case 'contextItemExpr':
      return false;
    case 'predicates':
      return true;
    case 'inlineFunctionExpr':
      return false;
    case 'pathExpr': {
      const [head] = children(el);
      if (!head) return true;
      if (head.localName === 'rootExpr') return true;
      const filter = child(head, 'filterExpr');
      return filter !== undefined && isContextFree(filter);
    }
    case 'simpleMapExpr':
      return el.firstElementChild ? isContextFree(el.firstElementChild) : true;
    case 'functionCallExpr': {
      const { local, uri } = functionName(el);
      const argsEl = child(el, 'arguments');
      const argList = argsEl ? children(argsEl) : [];
      if (uri === SCH_FN_NS && local === 'current') return true;
      if (argList.length === 0 && !CONTEXT_FREE_NULLARY.has(local)) return false;
      if (IMPLICIT_CONTEXT_ARITY[local] === argList.length) return false;
      return argList.every(isContextFree);
    }
    default:
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!isContextFree(c)) return false;
      return true;
  }
}

function functionCall(near: slimdom.Node, local: string, args: slimdom.Element[]): slimdom.Element {
  const name = xqxElement(near, 'functionName', local);
  name.setAttributeNS(XQX, 'xqx:prefix', '');
  name.setAttributeNS(XQX, 'xqx:URI', SCH_FN_NS);
  return xqxElement(near, 'functionCallExpr', name, xqxElement(near, 'arguments', ...args));
}

function stringConstant(near: slimdom.Node, value: string): slimdom.Element {
  return xqxElement(near, 'stringConstantExpr', xqxElement(near, 'value', value));
}

function booleanConstant(near: slimdom.Node, value: boolean): slimdom.Element {
  const name = xqxElement(near, 'functionName', value ? 'true' : 'false');
  name.setAttributeNS(XQX, 'xqx:prefix', 'fn');
  name.setAttributeNS(XQX, 'xqx:URI', 'http://www.w3.org/2005/xpath-functions');
  return xqxElement(near, 'functionCallExpr', name, xqxElement(near, 'arguments'));
}
