/**
 * Turns parsed RELAX NG documents into interned patterns, doing the
 * simplification of RELAX NG section 4 on the way: `ns` and
 * `datatypeLibrary` inheritance, `include` with overrides, `externalRef`,
 * nested grammars with `parentRef`, `combine`, `div`, `mixed`, `optional`,
 * `zeroOrMore`, multi-child groups, and references resolved so that every
 * remaining reference goes through an element. Problems become `rng.schema-error`
 * diagnostics at the offending schema element.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { textContent, type XmlDocument, type XmlElement } from '../parse/xml-tree.js';
import { plainAttribute as getAttribute, resolvePrefix } from './xml-names.js';
import { createDatatype, type Datatype, type DatatypeSpec } from './datatypes/datatype.js';
import type { NameClass } from './name-class.js';
import { PatternBuilder, type Pattern } from './pattern.js';
import { RNG_NS, resolveHref, type SchemaFiles } from './read-schema-files.js';

interface Part {
  el: XmlElement;
  ctx: Ctx;
}

interface Definition {
  combine?: string;
  parts: Part[];
}

class Scope {
  readonly defines = new Map<string, Definition>();
  start: Definition | undefined;
  readonly built = new Map<string, Pattern>();
  readonly building = new Set<string>();
  constructor(readonly parent: Scope | undefined) {}
}

interface Ctx {
  ns: string;
  dtLib: string;
  file: string;
  doc: XmlDocument;
  scope: Scope | undefined;
}

/** The simplified schema: its start pattern and the builder holding every pattern. */
export interface SimplifiedSchema {
  builder: PatternBuilder;
  start: Pattern;
}

const rngChildren = (el: XmlElement) => el.children.filter((n): n is XmlElement => n.type === 'element' && n.uri === RNG_NS);
const attr = (el: XmlElement, name: string) => {
  const v = getAttribute(el, name);
  return v === undefined ? undefined : v.trim();
};

/** Builds the patterns of the schema in `files`. */
export function simplifySchema(files: SchemaFiles): { schema?: SimplifiedSchema; diagnostics: Diagnostic[] } {
  const s = new Simplifier(files);
  const main = files.files.get(files.main);
  if (!main) return { diagnostics: [] };
  const start = s.buildRoot(main.document, files.main);
  if (s.diagnostics.length) return { diagnostics: s.diagnostics };
  return { schema: { builder: s.b, start }, diagnostics: [] };
}

class Simplifier {
  readonly b = new PatternBuilder();
  readonly diagnostics: Diagnostic[] = [];
  private readonly pendingElements: { element: Pattern; children: XmlElement[]; ctx: Ctx }[] = [];
  private readonly datatypes = new Map<string, Datatype>();

  constructor(private readonly files: SchemaFiles) {}

  buildRoot(doc: XmlDocument, file: string): Pattern {
    const start = this.pattern(doc.root, { ns: '', dtLib: '', file, doc, scope: undefined });
    // Element contents are built after their element exists, so references may recurse through elements.
    while (this.pendingElements.length) {
      const { element, children, ctx } = this.pendingElements.pop()!;
      element.content = this.group(children, ctx);
    }
    return start;
  }

  private error(el: XmlElement, ctx: Ctx, message: string): Pattern {
    this.diagnostics.push(diagnostic('error', 'rng', 'rng.schema-error', message, { file: ctx.file, ...ctx.doc.locate(el.start) }));
    return this.b.notAllowed;
  }

  /** The context for `el`'s content: its own `ns` and `datatypeLibrary` override the inherited ones. */
  private enter(el: XmlElement, ctx: Ctx): Ctx {
    const ns = getAttribute(el, 'ns');
    const lib = attr(el, 'datatypeLibrary');
    if (ns === undefined && lib === undefined) return ctx;
    return { ...ctx, ns: ns ?? ctx.ns, dtLib: lib ?? ctx.dtLib };
  }

  private group(children: XmlElement[], ctx: Ctx): Pattern {
    let p: Pattern | undefined;
    for (const c of children) {
      const q = this.pattern(c, ctx);
      p = p ? this.b.makeGroup(p, q) : q;
    }
    return p ?? this.b.empty;
  }

  private fold(children: XmlElement[], ctx: Ctx, how: 'choice' | 'interleave' | 'group', el: XmlElement): Pattern {
    if (children.length === 0) return this.error(el, ctx, `<${el.local}> must contain at least one pattern`);
    let p = this.pattern(children[0]!, ctx);
    for (const c of children.slice(1)) {
      const q = this.pattern(c, ctx);
      p = how === 'choice' ? this.b.makeChoice(p, q) : how === 'interleave' ? this.b.makeInterleave(p, q) : this.b.makeGroup(p, q);
    }
    return p;
  }

  pattern(el: XmlElement, outer: Ctx): Pattern {
    const ctx = this.enter(el, outer);
    const kids = rngChildren(el);
    const b = this.b;
    switch (el.local) {
      case 'element': {
        const { nc, rest } = this.nameClassOf(el, kids, ctx, false);
        if (!nc) return b.notAllowed;
        const element = b.makeElement(nc);
        if (rest.length === 0) return this.error(el, ctx, '<element> must contain a pattern');
        this.pendingElements.push({ element, children: rest, ctx });
        return element;
      }
      case 'attribute': {
        const { nc, rest } = this.nameClassOf(el, kids, ctx, true);
        if (!nc) return b.notAllowed;
        if (nc.kind === 'name' && ((nc.uri === '' && nc.local === 'xmlns') || nc.uri === 'http://www.w3.org/2000/xmlns')) return this.error(el, ctx, 'an attribute pattern must not match xmlns declarations');
        return b.makeAttribute(nc, rest.length ? this.group(rest, ctx) : b.text);
      }
      case 'group': return this.fold(kids, ctx, 'group', el);
      case 'choice': return this.fold(kids, ctx, 'choice', el);
      case 'interleave': return this.fold(kids, ctx, 'interleave', el);
      case 'optional': return b.makeOptional(this.fold(kids, ctx, 'group', el));
      case 'zeroOrMore': return b.makeZeroOrMore(this.fold(kids, ctx, 'group', el));
      case 'oneOrMore': return b.makeOneOrMore(this.fold(kids, ctx, 'group', el));
      case 'list': return b.makeList(this.fold(kids, ctx, 'group', el));
      case 'mixed': return b.makeInterleave(b.text, this.fold(kids, ctx, 'group', el));
      case 'empty': return b.empty;
      case 'text': return b.text;
      case 'notAllowed': return b.notAllowed;
      case 'data': return this.data(el, kids, ctx);
      case 'value': return this.value(el, ctx);
      case 'ref': case 'parentRef': {
        const name = attr(el, 'name');
        if (!name) return this.error(el, ctx, `<${el.local}> needs a name attribute`);
        const scope = el.local === 'ref' ? ctx.scope : ctx.scope?.parent;
        if (!scope) return this.error(el, ctx, `<${el.local} name="${name}"> is outside ${el.local === 'ref' ? 'any grammar' : 'a nested grammar'}`);
        return this.reference(scope, name, el, ctx);
      }
      case 'externalRef': {
        const target = this.target(el, ctx);
        if (!target) return b.notAllowed;
        const root = target.root;
        const rootCtx: Ctx = { ns: getAttribute(root, 'ns') === undefined ? ctx.ns : '', dtLib: '', file: this.pathOf(target), doc: target, scope: undefined };
        return this.pattern(root, rootCtx);
      }
      case 'grammar': {
        const scope = new Scope(ctx.scope);
        this.components(el, { ...ctx, scope }, scope, new Set(), false);
        if (!scope.start) return this.error(el, ctx, 'the grammar has no <start>');
        return this.definition(scope, scope.start, el, { ...ctx, scope }, 'start');
      }
      default:
        return this.error(el, ctx, `<${el.local}> is not a RELAX NG pattern here`);
    }
  }

  private pathOf(doc: XmlDocument): string {
    for (const f of this.files.files.values()) if (f.document === doc) return f.path;
    return this.files.main;
  }

  private target(el: XmlElement, ctx: Ctx): XmlDocument | undefined {
    const href = attr(el, 'href');
    if (href === undefined) {
      this.error(el, ctx, `<${el.local}> needs an href attribute`);
      return undefined;
    }
    const resolved = resolveHref(href, ctx.file);
    const file = resolved ? this.files.files.get(resolved) : undefined;
    return file?.document; // an unreadable file was reported when the files were read
  }

  /** Collects start/define components of a grammar (through div and include) into `scope`. */
  private components(el: XmlElement, ctx: Ctx, scope: Scope, overridden: Set<string>, inInclude: boolean): void {
    for (const c of rngChildren(el)) {
      const cctx = this.enter(c, ctx);
      switch (c.local) {
        case 'start':
          if (overridden.has('\0start')) break;
          this.addDefinition(scope, undefined, c, cctx);
          break;
        case 'define': {
          const name = attr(c, 'name');
          if (!name) {
            this.error(c, cctx, '<define> needs a name attribute');
            break;
          }
          if (overridden.has(name)) break;
          this.addDefinition(scope, name, c, cctx);
          break;
        }
        case 'div':
          this.components(c, cctx, scope, overridden, inInclude);
          break;
        case 'include': {
          const doc = this.target(c, cctx);
          const overrides = new Set(overridden);
          this.overrideNames(c, overrides);
          if (doc) {
            const root = doc.root;
            if (root.uri !== RNG_NS || root.local !== 'grammar') {
              this.error(c, cctx, `the included file ${JSON.stringify(attr(c, 'href'))} must have <grammar> as its root`);
            } else {
              const rootCtx: Ctx = { ns: getAttribute(root, 'ns') ?? cctx.ns, dtLib: attr(root, 'datatypeLibrary') ?? '', file: this.pathOf(doc), doc, scope };
              this.components(root, rootCtx, scope, overrides, true);
            }
          }
          // The include's own components replace what they override.
          this.components(c, cctx, scope, overridden, inInclude);
          break;
        }
        default:
          if (c.uri === RNG_NS) this.error(c, cctx, `<${c.local}> is not allowed in a grammar; expected <start>, <define>, <div> or <include>`);
      }
    }
  }

  private overrideNames(include: XmlElement, out: Set<string>): void {
    for (const c of rngChildren(include)) {
      if (c.local === 'start') out.add('\0start');
      else if (c.local === 'define') {
        const name = attr(c, 'name');
        if (name) out.add(name);
      } else if (c.local === 'div') this.overrideNames(c, out);
    }
  }

  private addDefinition(scope: Scope, name: string | undefined, el: XmlElement, ctx: Ctx): void {
    const combine = attr(el, 'combine');
    if (combine !== undefined && combine !== 'choice' && combine !== 'interleave') {
      this.error(el, ctx, `combine="${combine}" is invalid; expected "choice" or "interleave"`);
      return;
    }
    let def = name === undefined ? scope.start : scope.defines.get(name);
    if (!def) {
      def = { parts: [] };
      if (name === undefined) scope.start = def;
      else scope.defines.set(name, def);
    }
    const label = name === undefined ? 'start' : `"${name}"`;
    if (combine === undefined && def.parts.some((p) => attr(p.el, 'combine') === undefined)) {
      this.error(el, ctx, `${label} is defined more than once without a combine attribute`);
      return;
    }
    if (combine !== undefined) {
      if (def.combine !== undefined && def.combine !== combine) {
        this.error(el, ctx, `${label} is combined both by choice and by interleave`);
        return;
      }
      def.combine = combine;
    }
    def.parts.push({ el, ctx });
  }

  private reference(scope: Scope, name: string, el: XmlElement, ctx: Ctx): Pattern {
    const built = scope.built.get(name);
    if (built) return built;
    const def = scope.defines.get(name);
    if (!def) return this.error(el, ctx, `reference to undefined pattern "${name}"`);
    if (scope.building.has(name)) return this.error(el, ctx, `"${name}" refers to itself without an element in between`);
    scope.building.add(name);
    const p = this.definition(scope, def, el, ctx, name);
    scope.building.delete(name);
    scope.built.set(name, p);
    return p;
  }

  private definition(scope: Scope, def: Definition, _el: XmlElement, _ctx: Ctx, _name: string): Pattern {
    let p: Pattern | undefined;
    for (const part of def.parts) {
      const kids = rngChildren(part.el);
      if (part.el.local === 'start' && kids.length !== 1) {
        this.error(part.el, part.ctx, `<start> must contain exactly one pattern, found ${kids.length}; wrap them in <group> or <choice>`);
        continue;
      }
      const q = this.group(kids, { ...part.ctx, scope });
      p = p === undefined ? q : def.combine === 'interleave' ? this.b.makeInterleave(p, q) : this.b.makeChoice(p, q);
    }
    return p ?? this.b.notAllowed;
  }

  /** The name class of an element or attribute pattern, and the remaining (pattern) children. */
  private nameClassOf(el: XmlElement, kids: XmlElement[], ctx: Ctx, isAttribute: boolean): { nc?: NameClass; rest: XmlElement[] } {
    const name = attr(el, 'name');
    if (name !== undefined) {
      // An attribute's name without a prefix is in no namespace unless the pattern says ns="…" itself.
      const ns = isAttribute ? getAttribute(el, 'ns') ?? '' : ctx.ns;
      const nc = this.qname(name, el, ns, ctx);
      return nc ? { nc, rest: kids } : { rest: kids };
    }
    const first = kids[0];
    if (!first) {
      this.error(el, ctx, `<${el.local}> needs a name attribute or a name class`);
      return { rest: [] };
    }
    const nc = this.nameClass(first, ctx);
    return nc ? { nc, rest: kids.slice(1) } : { rest: kids.slice(1) };
  }

  private qname(text: string, el: XmlElement, defaultNs: string, ctx: Ctx): NameClass | undefined {
    const colon = text.indexOf(':');
    if (colon < 0) return { kind: 'name', uri: defaultNs, local: text };
    const prefix = text.slice(0, colon);
    const uri = resolvePrefix(el, prefix);
    if (uri === undefined) {
      this.error(el, ctx, `the prefix "${prefix}" of "${text}" is not declared`);
      return undefined;
    }
    return { kind: 'name', uri, local: text.slice(colon + 1) };
  }

  private nameClass(el: XmlElement, outer: Ctx): NameClass | undefined {
    const ctx = this.enter(el, outer);
    const kids = rngChildren(el);
    const except = () => {
      const ex = kids.find((k) => k.local === 'except');
      if (!ex) return undefined;
      return this.choiceOfNameClasses(rngChildren(ex), ex, ctx);
    };
    switch (el.local) {
      case 'name':
        return this.qname(textContent(el).trim(), el, ctx.ns, ctx);
      case 'anyName': {
        const ex = except();
        return ex ? { kind: 'anyName', except: ex } : { kind: 'anyName' };
      }
      case 'nsName': {
        const ex = except();
        return ex ? { kind: 'nsName', uri: ctx.ns, except: ex } : { kind: 'nsName', uri: ctx.ns };
      }
      case 'choice':
        return this.choiceOfNameClasses(kids, el, ctx);
      default:
        this.error(el, ctx, `<${el.local}> is not a name class; expected <name>, <anyName>, <nsName> or <choice>`);
        return undefined;
    }
  }

  private choiceOfNameClasses(kids: XmlElement[], el: XmlElement, ctx: Ctx): NameClass | undefined {
    let nc: NameClass | undefined;
    for (const k of kids) {
      const c = this.nameClass(k, ctx);
      if (!c) return undefined;
      nc = nc ? { kind: 'choice', a: nc, b: c } : c;
    }
    if (!nc) this.error(el, ctx, `<${el.local}> must contain at least one name class`);
    return nc;
  }

  private datatype(spec: DatatypeSpec, el: XmlElement, ctx: Ctx): Datatype | undefined {
    const key = JSON.stringify(spec);
    const known = this.datatypes.get(key);
    if (known) return known;
    const made = createDatatype(spec);
    if ('error' in made) {
      this.error(el, ctx, made.error);
      return undefined;
    }
    this.datatypes.set(key, made.datatype);
    return made.datatype;
  }

  private data(el: XmlElement, kids: XmlElement[], ctx: Ctx): Pattern {
    const type = attr(el, 'type');
    if (!type) return this.error(el, ctx, '<data> needs a type attribute');
    const params = kids.filter((k) => k.local === 'param').map((p) => ({ name: attr(p, 'name') ?? '', value: textContent(p) }));
    const dt = this.datatype({ library: ctx.dtLib, type, params }, el, ctx);
    if (!dt) return this.b.notAllowed;
    const ex = kids.find((k) => k.local === 'except');
    const except = ex ? this.fold(rngChildren(ex), ctx, 'choice', ex) : null;
    return this.b.makeData(dt, except);
  }

  private value(el: XmlElement, ctx: Ctx): Pattern {
    const type = attr(el, 'type');
    const spec: DatatypeSpec = type === undefined ? { library: '', type: 'token', params: [] } : { library: ctx.dtLib, type, params: [] };
    const dt = this.datatype(spec, el, ctx);
    if (!dt) return this.b.notAllowed;
    const raw = textContent(el);
    const context = { resolvePrefix: (p: string) => (p === '' ? ctx.ns : resolvePrefix(el, p)) };
    const v = dt.valueOf(raw, context);
    if (v === undefined) return this.error(el, ctx, `the value ${JSON.stringify(raw)} is not a valid ${dt.label}`);
    return this.b.makeValue(dt, v, raw);
  }
}
