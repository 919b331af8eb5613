/**
 * Runs a compiled Schematron schema on one parsed document. One walk over
 * the document in document order: each node meets only the rules the
 * dispatcher hands it, the first matching rule of each pattern fires (as
 * ISO Schematron says), and each fired rule costs one XPath evaluation.
 * Failed assertions and successful reports become diagnostics at the
 * line and column of the node in the source.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { xpathOf, type XmlDocument } from '../parse/xml-tree.js';
import { adaptDocument, type AdaptedDocument, type AdaptedNode } from './dom-adapter.js';
import { sourceOffset, sourceXpath, walkNodes, type SourceNode } from './source-nodes.js';
import { evaluateFastTest } from './fast-tests.js';
import { normalizeSpace } from './read-message.js';
import type { CompiledCheck, CompiledSchematron } from './schematron-model.js';
import { evaluable, SchematronRuntime, type RuntimeRule } from './schematron-runtime.js';
import { describeXPathError } from './xpath-ast.js';
import { createEvaluationState, type EvaluationState } from './xpath-functions.js';

/** A loaded, compiled Schematron schema; reuse it for every document. */
export interface SchematronSchema {
  /** Content hash of the schema's sources, phase and engine version. */
  readonly hash: string;
  /** The phase in force. */
  readonly phase: string;
  /** The compiled form (plain JSON, as cached). */
  readonly compiled: CompiledSchematron;
}

const runtimes = new WeakMap<CompiledSchematron, SchematronRuntime>();

/** Runs the rules on a parsed document. `doc.text` is not needed: rules run on our positioned tree. */
export function validateSchematron(doc: { document: XmlDocument; text: string }, file: string, schema: SchematronSchema): Diagnostic[] {
  try {
    return new Run(runtimeOf(schema.compiled), adaptDocument(doc.document), file).run();
  } catch (e) {
    // Every expected failure is reported where it happens; this is the last guard against a defect.
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return [diagnostic('error', 'sch', 'sch.internal-error', `the Schematron rules could not be run on this document: ${reason}; please report this with the schema and the document`, { file })];
  }
}

/** The executable form of a compiled schema, built once and shared by every document. */
export function runtimeOf(compiled: CompiledSchematron): SchematronRuntime {
  let runtime = runtimes.get(compiled);
  if (!runtime) {
    runtime = new SchematronRuntime(compiled);
    runtimes.set(compiled, runtime);
  }
  return runtime;
}

class Run {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly state: EvaluationState;
  private readonly keyIndexes = new Map<string, Map<string, AdaptedNode[]> | undefined>();
  /** Messages worded from a template, by template and the context's name. */
  private readonly worded = new Map<readonly (string | null)[], Map<string, string>>();
  private globals: Record<string, unknown> = {};
  private patternVariables: Array<Record<string, unknown>> = [];

  constructor(
    private readonly runtime: SchematronRuntime,
    private readonly document: AdaptedDocument,
    private readonly file: string,
  ) {
    this.state = createEvaluationState(document, (name, values) => this.lookupKey(name, values));
  }

  run(): Diagnostic[] {
    const { runtime, document } = this;
    const compiled = runtime.compiled;
    runtime.options.currentContext = this.state;
    const onError = (name: string, e: unknown) => this.dynamicError(document.root, `the value of <let name="${name}"> could not be computed: ${describeXPathError(e)}`);
    const globals = runtime.globals(compiled.lets, document.root, {}, onError);
    this.globals = globals;
    this.patternVariables = compiled.patterns.map((p) => runtime.globals(p.lets, document.root, globals, onError));

    const selected = new Map<RuntimeRule, Set<SourceNode>>();
    for (const rule of runtime.rules) {
      if (rule.matcher.kind !== 'set') continue;
      try {
        selected.set(rule, runtime.selected(rule.selections, document, this.state, this.patternVariables[rule.pattern]!));
      } catch (e) {
        this.dynamicError(document.root, `the context "${rule.context}" could not be evaluated: ${describeXPathError(e)}`);
        selected.set(rule, new Set());
      }
    }

    const fired: number[] = [];
    walkNodes(document.source, runtime.dispatcher.kinds, (node) => {
      const candidates = runtime.dispatcher.candidates(node);
      if (!candidates.length) return;
      fired.length = 0;
      for (const rule of candidates) {
        // The first matching rule of a pattern wins; later rules of that pattern never see this node.
        if (fired.includes(rule.pattern)) continue;
        if (!this.matches(rule, node, selected)) continue;
        fired.push(rule.pattern);
        this.fire(rule, node);
      }
    });
    return this.diagnostics;
  }

  private matches(rule: RuntimeRule, node: SourceNode, selected: Map<RuntimeRule, Set<SourceNode>>): boolean {
    if (rule.matcher.kind === 'set') return selected.get(rule)!.has(node);
    try {
      return this.runtime.matches(rule.matcher, node, this.state, this.patternVariables[rule.pattern]!);
    } catch (e) {
      this.dynamicError(this.document.adapt(node), `the rule context "${rule.context}" could not be tested here: ${describeXPathError(e)}`);
      return false;
    }
  }

  private fire(rule: RuntimeRule, source: SourceNode): void {
    if (rule.fast) {
      // Decided on our tree where possible; XPath then runs only to word the message of a failure.
      const failed: number[] = [];
      let decided = true;
      for (let i = 0; i < rule.fast.length && decided; i++) {
        const value = evaluateFastTest(rule.fast[i]!, source);
        if (value === undefined) decided = false;
        else if (value !== (rule.checks[i]!.kind === 'assert')) failed.push(i);
      }
      if (decided) {
        if (failed.length) this.reportFailures(rule, this.document.adapt(source), failed);
        return;
      }
    }
    const node = this.document.adapt(source);
    const variables = this.patternVariables[rule.pattern]!;
    // Outside the try: a compiled form that does not parse is a defect of the schema's cache
    // entry, reported once by validateSchematron, not a dynamic error of this node.
    const expr = evaluable(rule.expr);
    this.state.current = node;
    let failed: unknown[];
    try {
      failed = this.runtime.evaluate(expr, node, variables);
    } catch {
      // One check raised a dynamic error: run them one by one so the others still report.
      failed = [];
      rule.isolated.forEach((expr, i) => {
        try {
          this.state.current = node;
          failed.push(...this.runtime.evaluate(expr, node, variables));
        } catch (e) {
          const check = rule.checks[i]!;
          this.dynamicError(node, `the ${check.kind} ${check.ruleId} (${check.where.file}:${check.where.line}) could not be evaluated here: ${describeXPathError(e)}`);
        }
      });
    }
    this.reportFailures(rule, node, failed as number[]);
  }

  /** Words each failed check (message, subject, diagnostics) and records it. */
  private reportFailures(rule: RuntimeRule, node: AdaptedNode, failed: readonly number[]): void {
    const variables = this.patternVariables[rule.pattern]!;
    for (const index of failed) {
      const check = rule.checks[index]!;
      let message = '';
      let subject = node;
      let diagnosticText = '';
      const template = rule.templates[index];
      const source = node.source;
      if (template && (source.type === 'element' || source.type === 'attribute')) {
        // Text and the context's name only: worded here, without an XPath evaluation per failure,
        // and once per name (a document failing one rule 75,000 times names a few elements).
        let worded = this.worded.get(template);
        if (!worded) this.worded.set(template, (worded = new Map()));
        let text = worded.get(source.name);
        if (text === undefined) worded.set(source.name, (text = normalizeSpace(template.map((piece) => piece ?? source.name).join(''))));
        this.report(check, text, '', node);
        continue;
      }
      try {
        this.state.current = node;
        const [text, target, extra] = this.runtime.evaluate(rule.reports[index]!, node, variables);
        message = normalizeSpace(String(text ?? ''));
        if (isAdaptedNode(target)) subject = target;
        diagnosticText = String(extra ?? '');
      } catch (e) {
        message = `(the message could not be built: ${describeXPathError(e)})`;
      }
      this.report(check, message, diagnosticText, subject);
    }
  }

  private report(check: CompiledCheck, message: string, diagnosticText: string, node: AdaptedNode): void {
    let text = message || (check.kind === 'assert' ? `assertion failed: ${normalizeSpace(check.test)}` : `report: ${normalizeSpace(check.test)}`);
    if (diagnosticText) text += ` (${diagnosticText})`;
    this.diagnostics.push(diagnostic(check.severity, 'sch', check.ruleId, text, this.where(node)));
  }

  private dynamicError(node: AdaptedNode, message: string): void {
    this.diagnostics.push(diagnostic('error', 'sch', 'sch.dynamic-error', message, this.where(node)));
  }

  private where(node: AdaptedNode): { file: string; line: number; column: number; xpath: string } {
    const { line, column } = this.document.source.locate(sourceOffset(node.source));
    return { file: this.file, line, column, xpath: sourceXpath(node.source, xpathOf) };
  }

  private lookupKey(name: string, values: string[]): AdaptedNode[] {
    if (!this.keyIndexes.has(name)) {
      this.keyIndexes.set(name, this.runtime.keyIndex(name, this.document, this.state, this.globals));
    }
    const index = this.keyIndexes.get(name);
    if (!index) throw new Error(`XTDE1260: no xsl:key named "${name}" is declared`);
    const found = new Set<AdaptedNode>();
    for (const v of values) for (const n of index.get(v) ?? []) found.add(n);
    return [...found].sort((a, b) => a.order - b.order);
  }
}

function isAdaptedNode(value: unknown): value is AdaptedNode {
  return typeof value === 'object' && value !== null && 'nodeType' in value;
}
