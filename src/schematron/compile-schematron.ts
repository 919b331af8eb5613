/**
 * Compiles a resolved schema into what the runner executes: for every rule
 * a context matcher and one composed expression, with whole-document
 * lookups rewritten to index calls. Every expression is checked statically
 * here (syntax, prefixes, functions, variables), so a broken rule is
 * reported once, at its place in the schema, instead of failing on every
 * document.
 */
import { fontoxpath } from './fontoxpath.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { parseXml } from '../parse/parse-xml.js';
import { analyseContext } from './analyse-context.js';
import { inlineGlobals, isolatedCheckExpression, letPrelude, reportExpression, reportTemplate, ruleBindings, ruleExpression, severityOfRole, type RuleParts } from './compose-rule.js';
import { adaptDocument, adaptedDomFacade } from './dom-adapter.js';
import { compileFastTest, type FastTest } from './fast-tests.js';
import { rewriteLookups } from './rewrite-lookups.js';
import type { CheckDecl, CompiledKey, CompiledLet, CompiledPattern, CompiledRule, CompiledSchematron, LetDecl, SchemaDecl, SourceLocation } from './schematron-model.js';
import { describeXPathError, parseXPath, serializeModule, staticType, type Expr } from './xpath-ast.js';
import { createEvaluationState, createXPathOptions, registerSchematronFunctions, type XPathOptions } from './xpath-functions.js';

/** Version of the compiled format; part of every cache key (6: fast tests of normalised text, `hasText`). */
export const COMPILED_FORMAT = 6;

/** Sequence types a global let's value can be passed in with, keeping its XPath type. */
const PASSABLE_TYPE = /^(xs:(string|boolean|integer|decimal|double|float|date|dateTime|time|anyURI)|node\(\)|element\(\)|attribute\(\)|text\(\)|comment\(\)|processing-instruction\(\)|document-node\(\))[?*+]?$/;

/** Compiles `schema`; `hash` identifies its sources. Problems are returned as diagnostics alongside. */
export function compileSchematron(schema: SchemaDecl, hash: string): CompiledSchematron {
  registerSchematronFunctions();
  const compiler = new Compiler(schema);
  const lets = compiler.globals(schema.lets, []);
  const patterns: CompiledPattern[] = schema.patterns.map((p) => {
    const patternLets = compiler.globals(p.lets, lets);
    const rules = p.rules.flatMap((r, ruleIndex) => compiler.rule(p.id, r, ruleIndex, [...lets, ...patternLets]) ?? []);
    return { id: p.id, lets: patternLets, rules };
  });
  const keys = schema.keys.flatMap((k) => compiler.key(k, lets) ?? []);
  return { format: COMPILED_FORMAT, hash, queryBinding: schema.queryBinding, phase: schema.phase, namespaces: schema.namespaces, lets, patterns, keys, diagnostics: compiler.diagnostics };
}

function reportsOf(parts: RuleParts): string[] {
  return parts.checks.map((_, i) => reportExpression(parts, i));
}

class Compiler {
  readonly diagnostics: Diagnostic[] = [];
  private readonly options: XPathOptions;
  /** A one-element document to evaluate against once, which surfaces static errors without touching real data. */
  private readonly probe = adaptDocument(parseXml('probe.xml', '<probe/>').document!);

  constructor(private readonly schema: SchemaDecl) {
    this.options = createXPathOptions(schema.namespaces);
    this.options.currentContext = createEvaluationState(this.probe, () => []);
  }

  /** Compiles global (schema, phase or pattern) lets; `outer` are the globals already in scope. */
  globals(decls: readonly LetDecl[], outer: readonly CompiledLet[]): CompiledLet[] {
    const out: CompiledLet[] = [];
    for (const l of decls) {
      const scope = [...outer, ...out];
      const inline = inlineGlobals(scope.filter((g) => !g.passAs));
      const text = `${letPrelude(inline)}(${l.value})`;
      if (!this.check(text, l.where, `@value of <let name="${l.name}">`, scope, l.value, 'the variable is left undefined')) continue;
      const own = parseXPath(l.value, this.options);
      const type = 'error' in own ? undefined : staticType(own.body);
      const compiled: CompiledLet = { name: l.name, expr: { xpath: text }, value: l.value };
      if (type && PASSABLE_TYPE.test(type)) compiled.passAs = type.replace(/[?*+]$/, '') + '*';
      out.push(compiled);
    }
    return out;
  }

  rule(patternId: string, r: SchemaDecl['patterns'][number]['rules'][number], ruleIndex: number, globals: readonly CompiledLet[]): CompiledRule | undefined {
    const context = parseXPath(r.context, this.options);
    if ('error' in context) {
      this.report(r.where, `@context of <rule>`, r.context, context.error, 'the rule is skipped');
      return undefined;
    }
    const inline = inlineGlobals(globals.filter((g) => !g.passAs));
    const parts: RuleParts = { bindings: ruleBindings(inline, r.lets), checks: [...r.checks], diagnostics: this.schema.diagnostics };
    if (r.subject !== undefined) parts.subject = r.subject;
    // The common case costs few parses and compilations (context and messages checked with the tests);
    // only a broken rule is taken apart to say where.
    let expr = this.compiled(ruleExpression(parts), globals, [r.context, ...reportsOf(parts)]);
    if (!expr) {
      if (!this.check(r.context, r.where, '@context of <rule>', globals, r.context, 'the rule is skipped')) return undefined;
      parts.bindings = inline;
      for (const l of r.lets) {
        if (!this.check(`${this.prelude(parts)}(${l.value})`, l.where, `@value of <let name="${l.name}">`, globals, l.value, 'the rule is skipped')) return undefined;
        parts.bindings = ruleBindings(parts.bindings, [l]);
      }
      parts.checks = r.checks.filter((c) => this.checkParts(c, parts, globals));
      expr = this.compiled(ruleExpression(parts), globals, reportsOf(parts));
      if (!expr) {
        this.diagnostics.push(diagnostic('error', 'sch', 'sch.invalid-xpath', `the rule for "${r.context}" could not be compiled; the rule is skipped`, r.where));
        return undefined;
      }
    }
    for (const c of parts.checks) {
      for (const id of c.diagnostics) {
        if (!this.schema.diagnostics[id]) this.diagnostics.push(diagnostic('warning', 'sch', 'sch.unknown-diagnostic', `diagnostics="${id}" names no <diagnostic>; expected the id of a <diagnostic> (the reference is ignored)`, c.where));
      }
    }
    const compiled: CompiledRule = {
      matcher: analyseContext(context, this.options),
      expr,
      isolated: parts.checks.map((_, i) => isolatedCheckExpression(parts, i)),
      reports: reportsOf(parts),
      templates: parts.checks.map((_, i) => reportTemplate(parts, i) ?? null),
      checks: parts.checks.map((c) => ({
        kind: c.kind,
        ruleId: c.id ?? `${patternId}.${ruleIndex + 1}.${r.checks.indexOf(c) + 1}`,
        severity: severityOfRole(c.role ?? r.role),
        test: c.test,
        where: c.where,
      })),
      context: r.context,
      where: r.where,
    };
    const fast = this.fastTests(parts.checks);
    if (fast) compiled.fast = fast;
    return compiled;
  }

  /**
   * The fast (possibly partial) forms of every check's test, when each has
   * one: the runner then needs XPath only where a fast form cannot decide.
   */
  private fastTests(checks: readonly CheckDecl[]): FastTest[] | undefined {
    const out: FastTest[] = [];
    for (const c of checks) {
      const parsed = parseXPath(c.test, this.options);
      const fast = 'error' in parsed ? undefined : compileFastTest(parsed.body, this.options);
      if (!fast) return undefined;
      out.push(fast);
    }
    return out;
  }

  /**
   * Parses `text`, rewrites its lookups and compiles it once on the probe
   * document; undefined when it has a static error (not reported here: the
   * caller takes the rule apart to report each broken piece where it is).
   */
  private compiled(text: string, globals: readonly CompiledLet[], companions: readonly string[] = []): Expr | undefined {
    const parsed = parseXPath(text, this.options);
    if ('error' in parsed) return undefined;
    rewriteLookups(parsed.body, this.options);
    if (!this.evaluatesStatically(parsed.module as unknown as string, globals)) return undefined;
    // The report expressions run only on failure; check them here all at once, so a broken message is found now.
    if (companions.length && !this.evaluatesStatically(companions.map((c) => `(${c})`).join(',\n'), globals)) return undefined;
    // Always the tree, rewritten or not: evaluating it skips fontoxpath's per-call normalisation of the text.
    return { xqueryx: serializeModule(parsed.module) };
  }

  /** Checks the test, message expressions and subject of one assert/report, reporting each broken one where it is written. */
  private checkParts(c: CheckDecl, parts: RuleParts, globals: readonly CompiledLet[]): boolean {
    const prelude = this.prelude(parts);
    const skipped = `this <${c.kind}> is skipped`;
    let ok = this.check(`${prelude}(${c.test})`, c.where, `@test of <${c.kind}>`, globals, c.test, skipped);
    const subject = c.subject ?? parts.subject;
    if (subject !== undefined) ok = this.check(`${prelude}(${subject})`, c.where, `@subject of <${c.kind}>`, globals, subject, skipped) && ok;
    const messages = [c.message, ...c.diagnostics.map((id) => this.schema.diagnostics[id]?.message ?? [])];
    for (const part of messages.flat()) {
      if (part.kind === 'value-of') ok = this.check(`${prelude}(${part.select})`, part.where, '@select of <value-of>', globals, part.select, skipped) && ok;
      else if (part.kind === 'name') ok = this.check(`${prelude}(${part.path})`, part.where, '@path of <name>', globals, part.path, skipped) && ok;
    }
    const single = { ...parts, checks: [c] };
    return ok && this.check(`(${isolatedCheckExpression(single, 0)}), (${reportExpression(single, 0)})`, c.where, `<${c.kind}>`, globals, c.test, skipped);
  }

  key(k: SchemaDecl['keys'][number], globals: readonly CompiledLet[]): CompiledKey | undefined {
    const match = parseXPath(k.match, this.options);
    if ('error' in match) {
      this.report(k.where, '@match of <xsl:key>', k.match, match.error, 'the key is skipped');
      return undefined;
    }
    const use = `${this.prelude({ bindings: inlineGlobals(globals.filter((g) => !g.passAs)), checks: [], diagnostics: {} })}(${k.use})`;
    if (!this.check(use, k.where, '@use of <xsl:key>', globals, k.use, 'the key is skipped')) return undefined;
    return { name: k.name, matcher: analyseContext(match, this.options), use: this.compiled(use, globals) ?? { xpath: use } };
  }

  private prelude(parts: RuleParts): string {
    return letPrelude(parts.bindings);
  }

  /** True when `text` has no static error; otherwise reports the error at `where`, quoting `shown`. */
  private check(text: string, where: SourceLocation, what: string, globals: readonly CompiledLet[], shown: string, consequence: string): boolean {
    const problem = this.staticError(text, globals);
    if (problem) this.report(where, what, shown, problem, consequence);
    return problem === undefined;
  }

  private evaluatesStatically(expr: string, globals: readonly CompiledLet[]): boolean {
    return this.staticError(expr, globals) === undefined;
  }

  /**
   * Evaluates `expr` once on the probe document and returns its static
   * error (XPST…), if any; dynamic errors are expected on a probe and ignored.
   */
  private staticError(expr: string, globals: readonly CompiledLet[]): string | undefined {
    const variables: Record<string, unknown> = {};
    for (const g of globals) if (g.passAs) variables[g.name] = fontoxpath.createTypedValueFactory(g.passAs)([], adaptedDomFacade);
    try {
      fontoxpath.evaluateXPath(expr, this.probe.root, adaptedDomFacade, variables, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE, this.options);
      return undefined;
    } catch (e) {
      const message = describeXPathError(e);
      return /^XPST/.test(message) ? message : undefined;
    }
  }

  private report(where: SourceLocation, what: string, expression: string, problem: string, consequence: string): void {
    const hint = /XPST0081/.test(problem) ? '; declare the prefix with <sch:ns prefix="…" uri="…"/>' : '';
    this.diagnostics.push(
      diagnostic('error', 'sch', 'sch.invalid-xpath', `${what} is not a usable XPath expression: ${JSON.stringify(expression.trim())} gives ${problem}${hint}; ${consequence}`, where),
    );
  }
}
