/**
 * XPath expressions as syntax trees. fontoxpath parses XPath 3.1 into
 * XQueryX (the W3C XML form of a query), annotated with static types, and
 * can evaluate such a tree directly. We read those trees to see what a rule
 * context selects (for dispatch by element name) and rewrite lookups into
 * index calls; the trees live in slimdom documents, the DOM fontoxpath is
 * written against.
 */
import { fontoxpath } from './fontoxpath.js';
import * as slimdom from 'slimdom';
import type { XPathOptions } from './xpath-functions.js';

/** The XQueryX namespace. */
export const XQX = 'http://www.w3.org/2005/XQueryX';

/** An expression ready to evaluate: XPath text, or an XQueryX tree serialised (after a rewrite). */
export type Expr = { xpath: string } | { xqueryx: string };

/** A parsed expression: the top expression element inside `xqx:queryBody`, and its module. */
export interface ParsedExpr {
  module: slimdom.Element;
  body: slimdom.Element;
}

/** Parses an XPath 3.1 expression; a syntax error comes back as a message (never thrown). */
export function parseXPath(xpath: string, options: XPathOptions): ParsedExpr | { error: string } {
  try {
    const module = fontoxpath.parseScript(xpath, { ...options, currentContext: undefined }, new slimdom.Document()) as unknown as slimdom.Element;
    const body = module.getElementsByTagNameNS(XQX, 'queryBody')[0]?.firstElementChild;
    if (!body) return { error: 'the expression is empty' };
    return { module, body };
  } catch (e) {
    return { error: describeXPathError(e) };
  }
}

/**
 * fontoxpath's messages carry a code frame and, for syntax errors, a long
 * list of expected tokens; keep the code and the first useful sentence.
 */
export function describeXPathError(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const coded = /\b((?:XPST|XPTY|XPDY|FORG|FOAR|FOCA|FODT|FORX|FOTY|FOCH|FONS|FODC|XTDE|XQST|XQDY|FOER|FOAY|FOJS|FOUT|FOQM|XQTY)\d{4})[:,] ([^\n]*)/.exec(text);
  if (!coded) return text.split('\n')[0]!.slice(0, 300);
  let detail = coded[2]!.trim();
  if (coded[1] === 'XPST0003') {
    const frame = /^(\d+): (.*)\n( *)\^/m.exec(text);
    detail = 'syntax error' + (frame ? ` at character ${frame[3]!.length - frame[1]!.length - 1}` : '');
  }
  return `${coded[1]}: ${detail.replace(/\.$/, "").slice(0, 300)}`;
}

/** Element children of `el` with this XQueryX local name. */
export function children(el: slimdom.Element, local?: string): slimdom.Element[] {
  const out: slimdom.Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (local === undefined || c.localName === local) out.push(c);
  return out;
}

/** The first element child with this XQueryX local name. */
export function child(el: slimdom.Element, local: string): slimdom.Element | undefined {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === local) return c;
  return undefined;
}

/** The static type fontoxpath annotated on `el`, e.g. `xs:boolean` or `attribute()*`, if any. */
export function staticType(el: slimdom.Element): string | undefined {
  return el.getAttributeNS(XQX, 'type') ?? undefined;
}

/** Every element below `el` (not `el` itself), depth first. */
export function* descendants(el: slimdom.Element): Generator<slimdom.Element> {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    yield c;
    yield* descendants(c);
  }
}

/** The local name of a called function, e.g. `position` for `fn:position()`. */
export function functionName(call: slimdom.Element): { local: string; uri: string | undefined } {
  const name = child(call, 'functionName');
  return { local: name?.textContent ?? '', uri: name?.getAttributeNS(XQX, 'URI') ?? undefined };
}

/** A new XQueryX module whose body is a deep copy of `expr`, ready to serialise or evaluate. */
export function moduleFor(expr: slimdom.Element): slimdom.Element {
  const doc = new slimdom.Document();
  const module = doc.createElementNS(XQX, 'xqx:module');
  const main = doc.createElementNS(XQX, 'xqx:mainModule');
  const body = doc.createElementNS(XQX, 'xqx:queryBody');
  body.appendChild(doc.importNode(expr, true));
  main.appendChild(body);
  module.appendChild(main);
  return module;
}

/** Serialises a module for the cache; `parseModule` reverses it. */
export function serializeModule(module: slimdom.Element): string {
  return slimdom.serializeToWellFormedString(module);
}

/** Reads a serialised module back into an element fontoxpath can evaluate. */
export function parseModule(xml: string): slimdom.Element {
  return slimdom.parseXmlDocument(xml).documentElement!;
}

/** Creates an XQueryX element in the document of `near`. */
export function xqxElement(near: slimdom.Node, local: string, ...content: Array<slimdom.Node | string>): slimdom.Element {
  const el = near.ownerDocument!.createElementNS(XQX, `xqx:${local}`);
  for (const c of content) el.appendChild(typeof c === 'string' ? near.ownerDocument!.createTextNode(c) : c);
  return el;
}

/** The first element child, for trees whose shape is known. */
export function first(el: slimdom.Element): slimdom.Element | undefined {
  return el.firstElementChild ?? undefined;
}

/** True when the subtree calls position() or last() outside any nested predicate (so its value depends on the axis). */
export function usesPosition(el: slimdom.Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === 'predicates') continue;
    if (c.localName === 'functionCallExpr') {
      const { local } = functionName(c);
      if (local === 'position' || local === 'last') return true;
    }
    if (usesPosition(c)) return true;
  }
  return false;
}

/**
 * True when a predicate's value is a boolean or a node sequence, so it
 * filters by truth and never by position (`[1]`, `[$n]`, `[last()]`).
 */
export function isNonPositional(predicate: slimdom.Element): boolean {
  const type = staticType(predicate);
  if (!type) return false;
  const boolOrNodes = /^(xs:boolean|node\(\)|element\(\)|attribute\(\)|text\(\)|comment\(\)|processing-instruction\(\)|document-node\(\))[?*+]?$/.test(type);
  return boolOrNodes && !usesPosition(predicate);
}

/** The namespace a name test means: its annotated URI, else its prefix resolved; no prefix is no namespace. */
export function nameTestUri(nameTest: slimdom.Element, options: XPathOptions): string | undefined {
  const annotated = nameTest.getAttributeNS(XQX, 'URI');
  if (annotated !== null) return annotated;
  const prefix = nameTest.getAttributeNS(XQX, 'prefix') ?? '';
  return prefix === '' ? '' : options.namespaceResolver(prefix) ?? undefined;
}

/** The name of a wildcard or name test, `undefined` parts standing for `*`; undefined for other tests. */
export function testedName(test: slimdom.Element, options: XPathOptions): { uri?: string; local?: string } | undefined {
  if (test.localName === 'nameTest') {
    const uri = nameTestUri(test, options);
    return uri === undefined ? undefined : { uri, local: test.textContent ?? '' };
  }
  if (test.localName !== 'Wildcard') return undefined;
  const parts = children(test);
  if (parts.length === 0) return {};
  if (parts[0]!.localName === 'star') return { local: parts[1]?.textContent ?? '' };
  const uri = parts[0]!.localName === 'uri' ? parts[0]!.textContent ?? '' : options.namespaceResolver(parts[0]!.textContent ?? '');
  return uri === null ? undefined : { uri };
}

/** The attribute of a bare `@name` path (one attribute step, no predicate), if `el` is one. */
export function bareAttribute(el: slimdom.Element | undefined, options: XPathOptions): { uri: string; local: string } | undefined {
  if (el?.localName !== 'pathExpr') return undefined;
  const steps = children(el);
  if (steps.length !== 1 || steps[0]!.localName !== 'stepExpr') return undefined;
  const parts = children(steps[0]!);
  if (parts.length !== 2 || parts[0]!.textContent !== 'attribute' || parts[1]!.localName !== 'nameTest') return undefined;
  const uri = nameTestUri(parts[1]!, options);
  return uri === undefined ? undefined : { uri, local: parts[1]!.textContent ?? '' };
}
