/**
 * The Schematron schema as data, in two stages. `SchemaDecl` is what the
 * schema says once includes, abstract patterns, abstract rules and the
 * phase are resolved: plain strings with their source locations.
 * `CompiledSchematron` adds what the engine needs to run it (matchers,
 * composed expressions); it is plain JSON so it can be cached on disk.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { ContextMatcher } from './analyse-context.js';
import type { FastTest } from './fast-tests.js';
import type { Expr } from './xpath-ast.js';

/** Where a schema construct is written. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** `sch:let`: a named value. */
export interface LetDecl {
  name: string;
  value: string;
  where: SourceLocation;
}

/** One piece of an assertion message: literal text, or an expression whose string value is inserted. */
export type MessagePart =
  | { kind: 'text'; text: string }
  | { kind: 'value-of'; select: string; where: SourceLocation }
  | { kind: 'name'; path: string; where: SourceLocation };

/** `sch:assert` or `sch:report`. */
export interface CheckDecl {
  kind: 'assert' | 'report';
  id?: string;
  test: string;
  role?: string;
  /** `@subject`: the node the diagnostic should point at, relative to the rule context. */
  subject?: string;
  message: MessagePart[];
  /** Ids of `sch:diagnostic`s whose text is appended to the message. */
  diagnostics: string[];
  where: SourceLocation;
}

/** `sch:rule` (concrete; `extends` already expanded). */
export interface RuleDecl {
  context: string;
  role?: string;
  subject?: string;
  lets: LetDecl[];
  checks: CheckDecl[];
  where: SourceLocation;
}

/** `sch:pattern` (abstract patterns already instantiated). */
export interface PatternDecl {
  /** The `@id`, else a generated `pattern-N` (1-based position among the schema's patterns). */
  id: string;
  lets: LetDecl[];
  rules: RuleDecl[];
  where: SourceLocation;
}

/** `xsl:key`, for `key()`. */
export interface KeyDecl {
  name: string;
  match: string;
  use: string;
  where: SourceLocation;
}

/** `sch:diagnostic`. */
export interface DiagnosticDecl {
  id: string;
  message: MessagePart[];
  where: SourceLocation;
}

/** A whole schema, for the active phase. */
export interface SchemaDecl {
  queryBinding: string;
  /** The phase in force (`#ALL` when none). */
  phase: string;
  namespaces: Record<string, string>;
  /** Schema-level and phase-level lets, in order. */
  lets: LetDecl[];
  patterns: PatternDecl[];
  diagnostics: Record<string, DiagnosticDecl>;
  keys: KeyDecl[];
}

/** A global `let` as compiled: passed once per document as a typed value, or re-evaluated inline where its type cannot travel. */
export interface CompiledLet {
  name: string;
  expr: Expr;
  /** The sequence type to pass the value with; absent means "inline it in every expression that can see it". */
  passAs?: string;
  /** The original `@value`, inlined when `passAs` is absent. */
  value: string;
}

/** One assert/report as the runner needs it. */
export interface CompiledCheck {
  kind: 'assert' | 'report';
  ruleId: string;
  severity: Severity;
  test: string;
  where: SourceLocation;
}

/** A rule ready to run: how to match its context, and one expression that evaluates every check at once. */
export interface CompiledRule {
  matcher: ContextMatcher;
  /** Returns the index of each failed check. */
  expr: Expr;
  /** Per check: returns (message, node to report, diagnostic text); evaluated only when the check fails. */
  reports: string[];
  /** Per check: the message as pieces (null: the context node's name) where no XPath is needed to word it (see `reportTemplate`). */
  templates: ((string | null)[] | null)[];
  /** When every test has a fast (possibly partial) form: the tests, decided without XPath wherever they can be. */
  fast?: FastTest[];
  /** One expression per check, used only to isolate a dynamic error to the check that raised it. */
  isolated: string[];
  checks: CompiledCheck[];
  context: string;
  where: SourceLocation;
}

/** A pattern ready to run. */
export interface CompiledPattern {
  id: string;
  lets: CompiledLet[];
  rules: CompiledRule[];
}

/** A compiled key: nodes matching `match`, indexed by the string values of `use`. */
export interface CompiledKey {
  name: string;
  matcher: ContextMatcher;
  use: Expr;
}

/** The whole compiled schema; plain JSON. */
export interface CompiledSchematron {
  /** Bumped whenever this shape or its meaning changes, so stale cache entries are recompiled. */
  format: number;
  hash: string;
  queryBinding: string;
  phase: string;
  namespaces: Record<string, string>;
  lets: CompiledLet[];
  patterns: CompiledPattern[];
  keys: CompiledKey[];
  /** Problems found while loading (reported again on every cached load). */
  diagnostics: Diagnostic[];
}
