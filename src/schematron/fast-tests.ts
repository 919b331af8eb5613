/**
 * Most Schematron tests only ask whether some attribute, child or ancestor
 * exists: `@target and @cRef`, `ancestor::tei:p and not(parent::tei:note)`,
 * `@type = 'gloss'`. For such a test, decided from fontoxpath's own syntax
 * tree, the answer can be read straight off our tree, which is what makes
 * a large document cheap: an XPath evaluation costs microseconds (and much
 * more before the JIT has warmed up), reading an attribute nanoseconds.
 *
 * Only shapes whose effective boolean value is plainly existence (or a
 * string comparison of one attribute) are taken; anything else stays with
 * fontoxpath. The result is the same by construction, and the property
 * test in tests/schematron/fast-tests.test.ts checks it against
 * fontoxpath on random documents.
 */
import type * as slimdom from 'slimdom';
import type { XmlElement } from '../parse/xml-tree.js';
import { attributeNamespace, sourceParent, type SourceNode } from './source-nodes.js';
import { child, children, functionName, testedName } from './xpath-ast.js';
import type { XPathOptions } from './xpath-functions.js';

/** One axis step with a name test; an absent `uri`/`local` is a wildcard. */
export interface FastStep {
  axis: 'attribute' | 'child' | 'parent' | 'ancestor' | 'ancestor-or-self' | 'self' | 'descendant';
  uri?: string;
  local?: string;
}

/** A test that can be decided on our tree without XPath. */
export type FastTest =
  | { op: 'and' | 'or'; args: FastTest[] }
  | { op: 'not'; arg: FastTest }
  | { op: 'const'; value: boolean }
  /** True when any of the steps finds a node. */
  | { op: 'exists'; steps: FastStep[] }
  /** Compares the string value of one attribute with a literal (`=`/`eq`, or `!=`/`ne` when `equal` is false). */
  | { op: 'compare'; attribute: FastStep; value: string; equal: boolean }
  /**
   * True when the context node's string value has a character other than XML white space:
   * `string-length(normalize-space(.)) gt 0`, `normalize-space(.) ne ''` (and `not` of it for `eq ''`).
   */
  | { op: 'hasText' }
  /** A part only XPath can decide (in a partial test: `a and $x` is still false wherever `a` is). */
  | { op: 'unknown' };

const FN = 'http://www.w3.org/2005/xpath-functions';
const AXES = new Set<string>(['attribute', 'child', 'parent', 'ancestor', 'ancestor-or-self', 'self', 'descendant']);

/**
 * The fast form of a boolean expression (the top of a parsed test or
 * predicate). Parts outside the fast shapes become `unknown` (decided, if
 * at all, by the rest of an and/or); undefined when nothing is fast.
 */
export function compileFastTest(expr: slimdom.Element, options: XPathOptions): FastTest | undefined {
  const test = partial(expr, options);
  return test.op === 'unknown' ? undefined : test;
}

/** True when a fast test decides every case (it has no unknown part). */
export function isComplete(test: FastTest): boolean {
  if (test.op === 'unknown') return false;
  if (test.op === 'and' || test.op === 'or') return test.args.every(isComplete);
  if (test.op === 'not') return isComplete(test.arg);
  return true;
}

function partial(expr: slimdom.Element, options: XPathOptions): FastTest {
  const unknown: FastTest = { op: 'unknown' };
  const operand = (name: string) => child(expr, name)?.firstElementChild ?? undefined;
  switch (expr.localName) {
    case 'andOp':
    case 'orOp': {
      const a = operand('firstOperand');
      const b = operand('secondOperand');
      if (!a || !b) return unknown;
      const args = [partial(a, options), partial(b, options)];
      return args.every((t) => t.op === 'unknown') ? unknown : { op: expr.localName === 'andOp' ? 'and' : 'or', args };
    }
    case 'sequenceExpr': {
      const items = children(expr);
      return items.length === 1 ? partial(items[0]!, options) : unknown;
    }
    case 'functionCallExpr': {
      const { local, uri } = functionName(expr);
      if (uri !== undefined && uri !== FN) return unknown;
      const args = callArguments(expr);
      if ((local === 'true' || local === 'false') && args.length === 0) return { op: 'const', value: local === 'true' };
      if (args.length !== 1) return unknown;
      const inner = partial(args[0]!, options);
      if (inner.op === 'unknown') return unknown;
      if (local === 'not') return { op: 'not', arg: inner };
      // boolean() is the EBV itself; exists() equals it for node sequences, which is all `exists` tests are.
      return local === 'boolean' || (local === 'exists' && inner.op === 'exists') ? inner : unknown;
    }
    case 'equalOp':
    case 'eqOp':
    case 'notEqualOp':
    case 'neOp': {
      const a = operand('firstOperand');
      const b = operand('secondOperand');
      const equal = expr.localName === 'equalOp' || expr.localName === 'eqOp';
      // normalize-space() gives one string: general and value comparison agree.
      for (const [call, literal] of [
        [a, b],
        [b, a],
      ] as const) {
        if (call && literal?.localName === 'stringConstantExpr' && !child(literal, 'value')?.textContent && isNormalizedContext(call)) {
          return equal ? { op: 'not', arg: { op: 'hasText' } } : { op: 'hasText' };
        }
      }
      for (const [path, literal] of [
        [a, b],
        [b, a],
      ] as const) {
        const steps = path && pathSteps(path, options);
        if (steps?.length === 1 && steps[0]!.axis === 'attribute' && literal?.localName === 'stringConstantExpr') {
          return { op: 'compare', attribute: steps[0]!, value: child(literal, 'value')?.textContent ?? '', equal };
        }
      }
      return unknown;
    }
    case 'gtOp':
    case 'greaterThanOp': {
      // string-length(normalize-space(.)) > 0: the length is one integer, so both comparisons agree.
      const a = operand('firstOperand');
      const b = operand('secondOperand');
      const length = a?.localName === 'functionCallExpr' && isFunction(a, 'string-length') ? callArguments(a) : [];
      const zero = b?.localName === 'integerConstantExpr' && child(b, 'value')?.textContent === '0';
      return zero && length.length === 1 && isNormalizedContext(length[0]!) ? { op: 'hasText' } : unknown;
    }
    default: {
      const steps = pathSteps(expr, options);
      return steps ? { op: 'exists', steps } : unknown;
    }
  }
}

/** True when `expr` calls the standard function `local` (fn: namespace, or no prefix). */
function isFunction(expr: slimdom.Element, local: string): boolean {
  const name = functionName(expr);
  return name.local === local && (name.uri === undefined || name.uri === FN);
}

function callArguments(call: slimdom.Element): slimdom.Element[] {
  return children(child(call, 'arguments') ?? call).filter((c) => c.localName !== 'functionName');
}

/** `normalize-space(.)` or `normalize-space()`: the context node's string value, normalised. */
function isNormalizedContext(expr: slimdom.Element): boolean {
  if (expr.localName !== 'functionCallExpr' || !isFunction(expr, 'normalize-space')) return false;
  const args = callArguments(expr);
  return args.length === 0 || (args.length === 1 && args[0]!.localName === 'contextItemExpr');
}

/** A union of one-step paths (`@a | parent::x | tei:y`), as steps; undefined for anything else. */
function pathSteps(expr: slimdom.Element, options: XPathOptions): FastStep[] | undefined {
  if (expr.localName === 'unionOp') {
    const a = child(expr, 'firstOperand')?.firstElementChild;
    const b = child(expr, 'secondOperand')?.firstElementChild;
    const sa = a && pathSteps(a, options);
    const sb = b && pathSteps(b, options);
    return sa && sb ? [...sa, ...sb] : undefined;
  }
  if (expr.localName === 'sequenceExpr') {
    const items = children(expr);
    return items.length === 1 ? pathSteps(items[0]!, options) : undefined;
  }
  if (expr.localName !== 'pathExpr') return undefined;
  const steps = children(expr);
  if (steps.length !== 1 || steps[0]!.localName !== 'stepExpr') return undefined;
  const parts = children(steps[0]!);
  const axis = parts[0]?.localName === 'xpathAxis' ? parts[0].textContent ?? '' : '';
  if (parts.length !== 2 || !AXES.has(axis)) return undefined;
  const name = testedName(parts[1]!, options);
  return name ? [{ axis: axis as FastStep['axis'], ...name }] : undefined;
}

/** Decides a fast test with `node` as the context node; undefined when only XPath can tell. */
export function evaluateFastTest(test: FastTest, node: SourceNode): boolean | undefined {
  switch (test.op) {
    case 'and': {
      let result: boolean | undefined = true;
      for (const t of test.args) {
        const v = evaluateFastTest(t, node);
        if (v === false) return false;
        if (v === undefined) result = undefined;
      }
      return result;
    }
    case 'or': {
      let result: boolean | undefined = false;
      for (const t of test.args) {
        const v = evaluateFastTest(t, node);
        if (v === true) return true;
        if (v === undefined) result = undefined;
      }
      return result;
    }
    case 'not': {
      const v = evaluateFastTest(test.arg, node);
      return v === undefined ? undefined : !v;
    }
    case 'unknown':
      return undefined;
    case 'const':
      return test.value;
    case 'exists':
      return test.steps.some((s) => stepFinds(s, node));
    case 'hasText':
      return hasText(node);
    case 'compare': {
      if (node.type !== 'element') return false;
      for (const a of node.attributes) if (nameMatches(test.attribute, attributeNamespace(a), a.local)) return (a.value === test.value) === test.equal;
      return false;
    }
  }
}

/** A character other than XML white space (space, tab, CR, LF): what survives normalize-space(). */
const NOT_SPACE = /[^ \t\r\n]/;

/** True when the string value of `node` has a character other than XML white space. */
function hasText(node: SourceNode): boolean {
  switch (node.type) {
    case 'attribute':
    case 'comment':
      return NOT_SPACE.test(node.value);
    case 'pi':
      return NOT_SPACE.test(node.data);
    case 'text': {
      // XPath sees a run of adjacent text (CDATA included) as one node, visited as its first part.
      const siblings = node.parent.children;
      for (let i = siblings.indexOf(node); i < siblings.length; i++) {
        const sibling = siblings[i]!;
        if (sibling.type !== 'text') break;
        if (NOT_SPACE.test(sibling.value)) return true;
      }
      return false;
    }
    default: {
      // An element's or the document's string value is its descendant text, in any order for this question.
      const stack: SourceNode[] = [node];
      while (stack.length) {
        const n = stack.pop()!;
        if (n.type === 'text') {
          if (NOT_SPACE.test(n.value)) return true;
        } else if (n.type === 'element' || n.type === 'document') for (const c of n.children) stack.push(c);
      }
      return false;
    }
  }
}

function nameMatches(step: FastStep, uri: string, local: string): boolean {
  return (step.uri === undefined || step.uri === uri) && (step.local === undefined || step.local === local);
}

function elementMatches(step: FastStep, node: SourceNode | null): node is XmlElement {
  return node !== null && node.type === 'element' && nameMatches(step, node.uri, node.local);
}

function stepFinds(step: FastStep, node: SourceNode): boolean {
  switch (step.axis) {
    case 'attribute':
      return node.type === 'element' && node.attributes.some((a) => nameMatches(step, attributeNamespace(a), a.local));
    case 'child':
      return (node.type === 'element' || node.type === 'document') && node.children.some((c) => elementMatches(step, c));
    case 'self':
      return elementMatches(step, node);
    case 'parent':
      return elementMatches(step, sourceParent(node));
    case 'ancestor-or-self':
    case 'ancestor':
      if (step.axis === 'ancestor-or-self' && elementMatches(step, node)) return true;
      for (let a = sourceParent(node); a; a = sourceParent(a)) if (elementMatches(step, a)) return true;
      return false;
    case 'descendant': {
      if (node.type !== 'element' && node.type !== 'document') return false;
      const stack: SourceNode[] = [...node.children];
      while (stack.length) {
        const c = stack.pop()!;
        if (c.type !== 'element') continue;
        if (nameMatches(step, c.uri, c.local)) return true;
        stack.push(...c.children);
      }
      return false;
    }
  }
}
