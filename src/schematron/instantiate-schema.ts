/**
 * Interprets the collected Schematron elements: binds namespaces, expands
 * abstract patterns (`is-a` with `param`s substituted) and abstract rules
 * (`extends`), selects the patterns of the active phase, and reads
 * assertion messages into parts. The result is plain data (`SchemaDecl`);
 * every construct keeps the file, line and column it was written at.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { isSch, type CollectedSchema, type Located } from './collect-schematron.js';
import { readMessage, substitute, type Param } from './read-message.js';
import { locationOf } from './schema-files.js';
import type { CheckDecl, DiagnosticDecl, KeyDecl, LetDecl, PatternDecl, RuleDecl, SchemaDecl, SourceLocation } from './schematron-model.js';

/** Query bindings whose expressions we evaluate as XPath 3.1 (XPath 1.0-compatible ones included). */
const SUPPORTED_BINDINGS = new Set(['xslt', 'xslt1', 'xslt2', 'xslt3', 'xpath', 'xpath2', 'xpath3', 'xpath31']);

/** Resolves the collected schema for `phase` (default: the schema's `defaultPhase`, else `#ALL`). */
export function instantiateSchema(collected: CollectedSchema, options: { phase?: string; embeddedOnly: boolean }): { schema?: SchemaDecl; diagnostics: Diagnostic[] } {
  return new Instantiator(collected).run(options);
}

class Instantiator {
  readonly diagnostics: Diagnostic[] = [];
  private readonly globalAbstractRules = new Map<string, Located>();

  constructor(private readonly collected: CollectedSchema) {}

  run(options: { phase?: string; embeddedOnly: boolean }): { schema?: SchemaDecl; diagnostics: Diagnostic[] } {
    const c = this.collected;
    // Embedded rules carry no schema element; TEI writes them for XSLT 2 (as its extraction stylesheet declares).
    const binding = (c.queryBinding?.value ?? (options.embeddedOnly ? 'xslt2' : 'xslt')).toLowerCase();
    if (!SUPPORTED_BINDINGS.has(binding)) {
      this.error('sch.unsupported-query-binding', `queryBinding "${binding}" is not supported; expected one of ${[...SUPPORTED_BINDINGS].join(', ')}`, c.queryBinding!.at);
      return { diagnostics: this.diagnostics };
    }
    const namespaces = this.namespaces();
    const diagnostics = this.diagnosticDecls();
    const keys = this.keys();
    for (const r of c.rules) this.rememberAbstractRule(r, this.globalAbstractRules);
    const patterns = this.patterns();

    const requested = options.phase === '#DEFAULT' || options.phase === undefined ? c.defaultPhase ?? '#ALL' : options.phase;
    const lets = this.lets(c.lets, []);
    let active = patterns;
    if (requested !== '#ALL') {
      const phase = c.phases.find((p) => getAttribute(p.element, 'id') === requested);
      if (!phase) {
        const known = c.phases.map((p) => `"${getAttribute(p.element, 'id')}"`).join(', ');
        // A phase asked for by the user is a usage problem (exit 2); an undeclared defaultPhase is the schema's.
        const asked = options.phase !== undefined && options.phase !== '#DEFAULT';
        this.diagnostics.push(diagnostic('error', asked ? 'usage' : 'sch', asked ? 'usage.unknown-phase' : 'sch.unknown-phase', `phase "${requested}" is not declared; expected #ALL${known ? ` or one of ${known}` : ''}`, c.roots[0] ? this.at(c.roots[0]) : { file: '' }));
        return { diagnostics: this.diagnostics };
      }
      const ids = new Set<string>();
      for (const child of this.children(phase)) {
        if (isSch(child.element, 'active')) {
          const id = getAttribute(child.element, 'pattern') ?? '';
          if (!patterns.some((p) => p.id === id)) this.error('sch.unknown-pattern', `<active pattern="${id}"> names no pattern; expected the id of a pattern`, child);
          ids.add(id);
        } else if (isSch(child.element, 'let')) {
          lets.push(...this.lets([child], []));
        }
      }
      active = patterns.filter((p) => ids.has(p.id));
    }
    return { schema: { queryBinding: binding, phase: requested, namespaces, lets, patterns: active, diagnostics, keys }, diagnostics: this.diagnostics };
  }

  private namespaces(): Record<string, string> {
    const namespaces: Record<string, string> = {};
    for (const ns of this.collected.ns) {
      const prefix = getAttribute(ns.element, 'prefix');
      const uri = getAttribute(ns.element, 'uri');
      if (prefix === undefined || uri === undefined) {
        this.error('sch.invalid-ns', `<ns> needs both @prefix and @uri; found ${prefix === undefined ? 'no @prefix' : `prefix "${prefix}"`} and ${uri === undefined ? 'no @uri' : `uri "${uri}"`}`, ns);
        continue;
      }
      if (namespaces[prefix] !== undefined && namespaces[prefix] !== uri) {
        this.warning('sch.conflicting-ns', `prefix "${prefix}" is bound to "${namespaces[prefix]}" and again to "${uri}"; the first binding is used`, ns);
        continue;
      }
      namespaces[prefix] = uri;
    }
    return namespaces;
  }

  private diagnosticDecls(): Record<string, DiagnosticDecl> {
    const out: Record<string, DiagnosticDecl> = {};
    for (const container of this.collected.diagnostics) {
      for (const d of this.children(container)) {
        if (!isSch(d.element, 'diagnostic')) continue;
        const id = getAttribute(d.element, 'id');
        if (id === undefined) this.error('sch.invalid-diagnostic', '<diagnostic> needs an @id; expected one so asserts can refer to it', d);
        else out[id] = { id, message: readMessage(d.element, d.schema, []), where: this.at(d) };
      }
    }
    return out;
  }

  private keys(): KeyDecl[] {
    const keys: KeyDecl[] = [];
    for (const k of this.collected.keys) {
      const name = getAttribute(k.element, 'name');
      const match = getAttribute(k.element, 'match');
      const use = getAttribute(k.element, 'use');
      if (name === undefined || match === undefined || use === undefined) {
        this.error('sch.invalid-key', '<xsl:key> needs @name, @match and @use (content-defined keys are not supported); this key is ignored', k);
        continue;
      }
      keys.push({ name: name.replace(/^.*:/, ''), match, use, where: this.at(k) });
    }
    return keys;
  }

  private patterns(): PatternDecl[] {
    const abstract = new Map<string, Located>();
    for (const p of this.collected.patterns) if (getAttribute(p.element, 'abstract') === 'true') abstract.set(getAttribute(p.element, 'id') ?? '', p);
    const out: PatternDecl[] = [];
    for (const p of this.collected.patterns) {
      if (getAttribute(p.element, 'abstract') === 'true') continue;
      const id = getAttribute(p.element, 'id') ?? `pattern-${out.length + 1}`;
      if (getAttribute(p.element, 'documents') !== undefined) {
        this.warning('sch.unsupported-documents', `pattern "${id}" checks other documents (@documents), which is not supported; the pattern is skipped`, p);
        continue;
      }
      if (isSch(p.element, 'rule')) {
        const rule = this.rule(p, new Map(), []);
        out.push({ id, lets: [], rules: rule ? [rule] : [], where: this.at(p) });
        continue;
      }
      const isA = getAttribute(p.element, 'is-a');
      let body = p;
      let params: Param[] = [];
      if (isA !== undefined) {
        const base = abstract.get(isA);
        if (!base) {
          this.error('sch.unknown-abstract-pattern', `is-a="${isA}" names no abstract pattern; expected the id of a <pattern abstract="true">`, p);
          continue;
        }
        params = this.children(p)
          .filter((c) => isSch(c.element, 'param'))
          .map((c) => ({ name: getAttribute(c.element, 'name') ?? '', value: getAttribute(c.element, 'value') ?? '' }));
        body = base;
      }
      const localRules = new Map<string, Located>();
      for (const c of this.children(body)) if (isSch(c.element, 'rule')) this.rememberAbstractRule(c, localRules);
      const lets = this.lets(this.children(body).filter((c) => isSch(c.element, 'let')), params);
      const rules: RuleDecl[] = [];
      for (const c of this.children(body)) {
        if (!isSch(c.element, 'rule') || getAttribute(c.element, 'abstract') === 'true') continue;
        const rule = this.rule(c, localRules, params);
        if (rule) rules.push(rule);
      }
      out.push({ id, lets, rules, where: this.at(p) });
    }
    return out;
  }

  private rememberAbstractRule(r: Located, into: Map<string, Located>): void {
    if (getAttribute(r.element, 'abstract') !== 'true') return;
    const id = getAttribute(r.element, 'id');
    if (id === undefined) this.error('sch.invalid-rule', '<rule abstract="true"> needs an @id; expected one so rules can extend it', r);
    else into.set(id, r);
  }

  private rule(r: Located, localRules: Map<string, Located>, params: Param[]): RuleDecl | undefined {
    const context = getAttribute(r.element, 'context');
    if (context === undefined) {
      this.error('sch.invalid-rule', '<rule> has no @context; expected an XPath pattern such as "tei:p"', r);
      return undefined;
    }
    const decl: RuleDecl = { context: substitute(context, params), lets: [], checks: [], where: this.at(r) };
    const role = getAttribute(r.element, 'role');
    if (role !== undefined) decl.role = role;
    const subject = getAttribute(r.element, 'subject');
    if (subject !== undefined) decl.subject = substitute(subject, params);
    this.ruleBody(r, decl, localRules, params, new Set());
    return decl;
  }

  /** Adds lets and checks of `r` (and, through `extends`, of the rules it extends) to `decl`. */
  private ruleBody(r: Located, decl: RuleDecl, localRules: Map<string, Located>, params: Param[], extending: Set<XmlElement>): void {
    for (const c of this.children(r)) {
      const el = c.element;
      if (!isSch(el)) continue;
      if (el.local === 'let') decl.lets.push(...this.lets([c], params));
      else if (el.local === 'assert' || el.local === 'report') {
        const check = this.check(c, params);
        if (check) decl.checks.push(check);
      } else if (el.local === 'extends') {
        const target = this.extended(c, localRules);
        if (!target) continue;
        if (extending.has(target.element)) {
          this.error('sch.extends-cycle', `rule "${getAttribute(target.element, 'id')}" extends itself; expected no cycle of extends`, c);
          continue;
        }
        this.ruleBody(target, decl, localRules, params, new Set([...extending, target.element]));
      }
    }
  }

  private extended(c: Located, localRules: Map<string, Located>): Located | undefined {
    const href = getAttribute(c.element, 'href');
    if (href !== undefined) return this.collected.includes.get(c.element);
    const id = getAttribute(c.element, 'rule') ?? '';
    const target = localRules.get(id) ?? this.globalAbstractRules.get(id);
    if (!target) this.error('sch.unknown-abstract-rule', `<extends rule="${id}"> names no abstract rule; expected the id of a <rule abstract="true">`, c);
    return target;
  }

  private check(c: Located, params: Param[]): CheckDecl | undefined {
    const el = c.element;
    const test = getAttribute(el, 'test');
    if (test === undefined) {
      this.error('sch.invalid-check', `<${el.local}> has no @test; expected an XPath expression`, c);
      return undefined;
    }
    const check: CheckDecl = {
      kind: el.local as 'assert' | 'report',
      test: substitute(test, params),
      message: readMessage(el, c.schema, params),
      diagnostics: (getAttribute(el, 'diagnostics') ?? '').split(/[ \t\r\n]+/).filter(Boolean),
      where: this.at(c),
    };
    const id = getAttribute(el, 'id');
    if (id !== undefined) check.id = id;
    const role = getAttribute(el, 'role');
    if (role !== undefined) check.role = role;
    const subject = getAttribute(el, 'subject');
    if (subject !== undefined) check.subject = substitute(subject, params);
    return check;
  }

  private lets(items: Located[], params: Param[]): LetDecl[] {
    const out: LetDecl[] = [];
    for (const l of items) {
      const name = getAttribute(l.element, 'name');
      const value = getAttribute(l.element, 'value');
      if (name === undefined || value === undefined) {
        this.error('sch.invalid-let', `<let> needs @name and @value (content-defined values are not supported); found ${name === undefined ? 'no @name' : `name "${name}"`}${value === undefined ? ' and no @value' : ''}`, l);
        continue;
      }
      out.push({ name, value: substitute(value, params), where: this.at(l) });
    }
    return out;
  }

  /** Element children of `at`, with includes replaced by what they include. */
  private children(at: Located): Located[] {
    const out: Located[] = [];
    for (const node of at.element.children) {
      if (node.type !== 'element') continue;
      if (isSch(node, 'include')) {
        const target = this.collected.includes.get(node);
        if (target) out.push(target);
      } else out.push({ schema: at.schema, element: node });
    }
    return out;
  }

  private at(l: Located): SourceLocation {
    return locationOf(l.schema, l.element);
  }

  private error(ruleId: string, message: string, at: Located): void {
    this.diagnostics.push(diagnostic('error', 'sch', ruleId, message, this.at(at)));
  }

  private warning(ruleId: string, message: string, at: Located): void {
    this.diagnostics.push(diagnostic('warning', 'sch', ruleId, message, this.at(at)));
  }
}
