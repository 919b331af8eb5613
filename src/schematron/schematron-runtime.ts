/**
 * The executable form of a compiled schema, built once per schema and
 * reused for every document: fontoxpath options, the rule dispatcher, and
 * expressions made ready to evaluate (XQueryX trees parsed back from the
 * cache) on first use only: most of tei_all's rules are decided without
 * XPath or match nothing in a given document, and parsing them all up
 * front was a fifth of a one-file run. Also the per-document steps that do not depend on the walk:
 * global lets, fallback match sets and `xsl:key` indexes.
 */
import { fontoxpath } from './fontoxpath.js';
import type * as slimdom from 'slimdom';
import type { ContextMatcher } from './analyse-context.js';
import { adaptedDomFacade, type AdaptedDocument, type AdaptedNode } from './dom-adapter.js';
import { walkNodes, type SourceNode } from './source-nodes.js';
import { evaluateFastTest, type FastTest } from './fast-tests.js';
import { matchesPaths, RuleDispatcher } from './match-rules.js';
import type { CompiledCheck, CompiledLet, CompiledSchematron } from './schematron-model.js';
import { parseModule, type Expr } from './xpath-ast.js';
import { createXPathOptions, inDocumentOrder, registerSchematronFunctions, type EvaluationState, type XPathOptions } from './xpath-functions.js';

/** What fontoxpath accepts as an expression: XPath text or an XQueryX element. */
export type Evaluable = string | slimdom.Element;

/** A rule ready to run. */
export interface RuntimeRule {
  order: number;
  pattern: number;
  matcher: ContextMatcher;
  /** The `@context` as written, for messages. */
  context: string;
  /** The rule's checks as one expression (made evaluable on first use, by {@link evaluable}). */
  expr: Expr;
  isolated: string[];
  reports: string[];
  templates: ((string | null)[] | null)[];
  fast: FastTest[] | undefined;
  checks: CompiledCheck[];
  /** For fallback matchers: the expressions selecting the matched nodes. */
  selections: Expr[];
}

/** Everything needed to run a compiled schema on many documents. */
export class SchematronRuntime {
  readonly options: XPathOptions;
  readonly rules: RuntimeRule[] = [];
  readonly dispatcher: RuleDispatcher<RuntimeRule>;
  readonly keys: Array<{ name: string; matcher: ContextMatcher; use: Expr }>;
  private readonly factories = new Map<string, (value: unknown, facade: unknown) => unknown>();

  constructor(readonly compiled: CompiledSchematron) {
    registerSchematronFunctions();
    this.options = createXPathOptions(compiled.namespaces);
    compiled.patterns.forEach((pattern, patternIndex) => {
      for (const rule of pattern.rules) {
        this.rules.push({
          order: this.rules.length,
          pattern: patternIndex,
          matcher: rule.matcher,
          context: rule.context,
          expr: rule.expr,
          isolated: rule.isolated,
          reports: rule.reports,
          // Entries compiled before templates existed have none: every message then goes through XPath.
          templates: rule.templates ?? [],
          fast: rule.fast,
          checks: rule.checks,
          selections: rule.matcher.kind === 'set' ? rule.matcher.selections : [],
        });
      }
    });
    this.dispatcher = new RuleDispatcher(this.rules);
    this.keys = compiled.keys.map((k) => ({ name: k.name, matcher: k.matcher, use: k.use }));
  }

  /** Evaluates `expr` with `node` as context, returning every item. Throws fontoxpath's errors. */
  evaluate(expr: Evaluable, node: AdaptedNode, variables: Record<string, unknown>): unknown[] {
    return fontoxpath.evaluateXPath(expr as string, node, adaptedDomFacade, variables, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE, this.options) as unknown[];
  }

  /** The effective boolean value of `expr` with `node` as context. */
  test(expr: Evaluable, node: AdaptedNode, variables: Record<string, unknown>): boolean {
    return fontoxpath.evaluateXPathToBoolean(expr as string, node, adaptedDomFacade, variables, this.options);
  }

  /**
   * Evaluates global lets once for a document, in order, each seeing the
   * earlier ones. Values of known type become typed variables; the others
   * are inlined in the expressions that use them (see compose-rule.ts).
   */
  globals(lets: readonly CompiledLet[], root: AdaptedNode, variables: Record<string, unknown>, onError: (name: string, error: unknown) => void): Record<string, unknown> {
    const out = { ...variables };
    for (const l of lets) {
      if (!l.passAs) continue;
      let value: unknown[] = [];
      try {
        value = this.evaluate(evaluable(l.expr), root, out);
      } catch (e) {
        onError(l.name, e);
      }
      out[l.name] = this.typed(l.passAs, value);
    }
    return out;
  }

  private typed(type: string, value: unknown[]): unknown {
    let factory = this.factories.get(type);
    if (!factory) {
      factory = fontoxpath.createTypedValueFactory(type) as (value: unknown, facade: unknown) => unknown;
      this.factories.set(type, factory);
    }
    return factory(value, adaptedDomFacade);
  }

  /** True when `node` matches a path matcher (predicates evaluated with `current()` = `node`). */
  matches(matcher: ContextMatcher, node: SourceNode, state: EvaluationState, variables: Record<string, unknown>): boolean {
    if (matcher.kind !== 'paths') return false;
    const document = state.document;
    return matchesPaths(matcher.paths, node, (p, n) => {
      const decided = p.fast && evaluateFastTest(p.fast, n);
      if (decided !== undefined) return decided;
      state.current = document.adapt(node);
      return this.test(evaluable(p), document.adapt(n), variables);
    });
  }

  /** The nodes (of our tree) a fallback matcher selects in this document. */
  selected(selections: readonly Expr[], document: AdaptedDocument, state: EvaluationState, variables: Record<string, unknown>): Set<SourceNode> {
    const found = new Set<SourceNode>();
    state.current = document.root;
    for (const s of selections) for (const n of this.evaluate(evaluable(s), document.root, variables)) if (isNode(n)) found.add(n.source);
    return found;
  }

  /** Builds the index of one `xsl:key` over a document: string value of `use` → matching nodes in document order. */
  keyIndex(name: string, document: AdaptedDocument, state: EvaluationState, variables: Record<string, unknown>): Map<string, AdaptedNode[]> | undefined {
    const defs = this.keys.filter((k) => k.name === name);
    if (!defs.length) return undefined;
    const saved = state.current;
    const index = new Map<string, Set<AdaptedNode>>();
    const all = { attributes: true, text: true, comments: true, pis: true, document: true };
    for (const def of defs) {
      const nodes: AdaptedNode[] = [];
      if (def.matcher.kind === 'paths') {
        walkNodes(document.source, all, (n) => {
          if (this.matches(def.matcher, n, state, variables)) nodes.push(document.adapt(n));
        });
      } else {
        // A key whose @match could not be analysed: select its nodes once.
        for (const n of this.selected(def.matcher.selections, document, state, variables)) nodes.push(document.adapt(n));
      }
      for (const node of nodes) {
        state.current = node;
        for (const v of this.evaluate(evaluable(def.use), node, variables)) {
          const value = isNode(v) ? fontoxpath.evaluateXPathToString('string(.)', v, adaptedDomFacade) : String(v);
          const set = index.get(value) ?? new Set<AdaptedNode>();
          set.add(node);
          index.set(value, set);
        }
      }
    }
    state.current = saved;
    return new Map([...index].map(([k, v]) => [k, inDocumentOrder([...v])]));
  }
}

function isNode(value: unknown): value is AdaptedNode {
  return typeof value === 'object' && value !== null && 'nodeType' in value;
}

const parsedModules = new Map<string, slimdom.Element>();

/** An `Expr` as fontoxpath takes it; XQueryX text is parsed once per process. */
export function evaluable(expr: Expr): Evaluable {
  if ('xpath' in expr) return expr.xpath;
  let module = parsedModules.get(expr.xqueryx);
  if (!module) {
    module = parseModule(expr.xqueryx);
    parsedModules.set(expr.xqueryx, module);
  }
  return module;
}
