/**
 * Writes one XPath 3.1 expression per rule that evaluates the rule's lets
 * once and every assert/report test of the rule, returning the indexes of
 * the checks that fail; a second expression per check builds its message
 * when (rarely) it fails. One fontoxpath call per matched node and rule
 * keeps the per-node cost small, and the lets keep their XPath types
 * because they never leave XPath.
 * Every user expression is parenthesised, so its own commas and operators
 * cannot bind to the surrounding text.
 */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { CheckDecl, DiagnosticDecl, LetDecl, MessagePart } from './schematron-model.js';

/** An XPath string literal for `text` (quotes doubled, as XPath 2+ escapes them). */
export function stringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `let $a := (…), $b := (…) return ` for these bindings, or nothing when there are none. */
export function letPrelude(bindings: ReadonlyArray<{ name: string; value: string }>): string {
  if (!bindings.length) return '';
  return `let ${bindings.map((b) => `$${b.name} := (${b.value})`).join(', ')} return `;
}

/**
 * Bindings for global lets that cannot be passed in as typed values: each
 * is re-evaluated with the document node as context, as a global would be.
 */
export function inlineGlobals(lets: ReadonlyArray<{ name: string; value: string }>): Array<{ name: string; value: string }> {
  return lets.map((l) => ({ name: l.name, value: `root(.) ! (${l.value})` }));
}

/** An expression giving the string of a message: its text, with `value-of` and `name` evaluated. */
export function messageExpression(parts: readonly MessagePart[]): string {
  if (!parts.length) return "''";
  const pieces = parts.map((p) => {
    if (p.kind === 'text') return stringLiteral(p.text);
    // xsl:value-of joins the string values of a sequence with single spaces.
    if (p.kind === 'value-of') return `string-join((${p.select}) ! string(.), ' ')`;
    return `string-join(((${p.path})[1]) ! name(.), '')`;
  });
  return `string-join((${pieces.join(', ')}), '')`;
}

/** What a rule needs to compose its expression. */
export interface RuleParts {
  /** Inline global bindings in scope, then the rule's own lets, in order. */
  bindings: Array<{ name: string; value: string }>;
  checks: CheckDecl[];
  /** The rule's `@subject`, the default for checks without one. */
  subject?: string;
  diagnostics: Readonly<Record<string, DiagnosticDecl>>;
}

/** The branch of check `index`: the index when the check fails (assert false, report true), else nothing. */
function checkBranch(check: CheckDecl, index: number): string {
  return check.kind === 'assert' ? `if (${check.test}) then () else ${index}` : `if (${check.test}) then ${index} else ()`;
}

/**
 * The expression that runs every test of a rule and returns the indexes of
 * the checks that fail. Messages are left out: they are only needed on
 * failure, and a smaller expression compiles faster on first use.
 */
export function ruleExpression(parts: RuleParts): string {
  const branches = parts.checks.map((c, i) => checkBranch(c, i));
  return `${letPrelude(parts.bindings)}(${branches.join(',\n ') || '()'})`;
}

/** The expression that runs only check `index` (used to pin a dynamic error on the check that raised it). */
export function isolatedCheckExpression(parts: RuleParts, index: number): string {
  return `${letPrelude(parts.bindings)}(${checkBranch(parts.checks[index]!, index)})`;
}

/**
 * The expression that reports a failed check: (message, node to report,
 * diagnostic text), evaluated in the rule's context with its lets.
 */
export function reportExpression(parts: RuleParts, index: number): string {
  const check = parts.checks[index]!;
  const subject = check.subject ?? parts.subject;
  const node = subject === undefined ? '.' : `((${subject})[. instance of node()], .)[1]`;
  const diagnosticTexts = check.diagnostics
    .map((id) => parts.diagnostics[id])
    .filter((d): d is DiagnosticDecl => d !== undefined)
    .map((d) => `normalize-space(${messageExpression(d.message)})`);
  const diagnosticText = diagnosticTexts.length ? `string-join((${diagnosticTexts.join(', ')})[. ne ''], '; ')` : "''";
  return `${letPrelude(parts.bindings)}(${messageExpression(check.message)}, ${node}, ${diagnosticText})`;
}

/**
 * The message of check `index` as literal pieces and `null` for "the name of
 * the context node", when that is all it is (text and `<name/>` of the
 * context; no subject, diagnostics or bindings that the expression of
 * `reportExpression` would evaluate): the runner then words a failure without
 * XPath. Undefined otherwise.
 */
export function reportTemplate(parts: RuleParts, index: number): (string | null)[] | undefined {
  const check = parts.checks[index]!;
  if (parts.bindings.length || (check.subject ?? parts.subject) !== undefined) return undefined;
  if (check.diagnostics.some((id) => parts.diagnostics[id] !== undefined)) return undefined;
  const pieces: (string | null)[] = [];
  for (const p of check.message) {
    if (p.kind === 'text') pieces.push(p.text);
    else if (p.kind === 'name' && p.path.trim() === '.') pieces.push(null);
    else return undefined;
  }
  return pieces;
}

/** The bindings a rule sees: inline globals, then its own lets. */
export function ruleBindings(inline: Array<{ name: string; value: string }>, lets: readonly LetDecl[]): Array<{ name: string; value: string }> {
  return [...inline, ...lets.map((l) => ({ name: l.name, value: l.value }))];
}

/**
 * Severity from `@role`. Schematron leaves role values open; these are the
 * ones in use. `nonfatal` (TEI's) marks a violation that need not stop
 * processing, so it stays an error; anything unknown is an error too.
 */
export function severityOfRole(role: string | undefined): Severity {
  switch ((role ?? '').trim().toLowerCase()) {
    case 'warning':
    case 'warn':
      return 'warning';
    case 'info':
    case 'information':
    case 'informational':
      return 'info';
    default:
      return 'error';
  }
}
