/**
 * XInclude (W3C XInclude 1.0) before validation and transform: each
 * `xi:include` is replaced by what it points at (a whole document, or the
 * element an `xpointer` names by id), read through the load stage, or by its
 * `xi:fallback`. The parent's text is spliced and parsed again, so every
 * node of the parent keeps its own line and column; included nodes are
 * located at their `xi:include`. Missing targets, unsupported pointers and
 * cycles are diagnostics, never exceptions.
 *
 * A document must not reach what its reader did not give it: targets are
 * read only inside the allowed folders, only when they are regular files,
 * and only up to a size cap, by the reader the caller passes in (the load
 * stage's readIncludeTarget: load is the only stage that touches the disk);
 * all the inclusions of
 * one document together are bounded too, so that a file included twice by a
 * file included twice, sixteen levels down, cannot grow without end.
 */
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { OffsetMap } from './offset-map.js';
import { parseXml } from './parse-xml.js';
import { namespacesInScope, serializeNode } from './serialize-xml.js';
import { descendantElements, elementsInOrder, getAttribute, XI_NS, XML_NS, type XmlDocument, type XmlElement } from './xml-tree.js';
import type { ReadIncludeTarget } from '../load/read-include-target.js';
import type { ParsedDocument } from './parse-source.js';

/** Largest file an XInclude may read, by default: 64 MiB, far above any TEI document's parts. */
export const DEFAULT_XINCLUDE_MAX_BYTES = 64 * 1024 * 1024;

/** How many inclusions one document may make, counting nested ones (a few hundred pages is a large edition). */
export const DEFAULT_XINCLUDE_MAX_COUNT = 10_000;

export interface XIncludeOptions {
  /** How deep includes may nest (default 16). */
  maxDepth?: number;
  /**
   * Absolute folders that targets may lie in, symlinks resolved (default:
   * the including document's own folder). Anything else is refused.
   */
  roots?: readonly string[];
  /** Largest file one XInclude may read, and largest total for one document, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** How many inclusions one document may make, nested ones counted (default 10,000). */
  maxCount?: number;
}

export interface XIncludeResult {
  parsed: ParsedDocument;
  diagnostics: Diagnostic[];
  /** Absolute paths of every file read for the inclusions (for build caches and watchers). */
  included: string[];
}

/** What one document's inclusions have used so far, shared by the nested ones. */
interface Budget {
  characters: number;
  count: number;
}

/** The element an XPointer selects: `id(x)`, `xpointer(id('x'))` or the shorthand `x`; undefined when the scheme is unsupported. */
function pointerId(xpointer: string): string | undefined {
  const m = /^(?:id\(\s*['"]?([^'")\s]+)['"]?\s*\)|xpointer\(\s*id\(\s*['"]([^'"]+)['"]\s*\)\s*\)|([A-Za-z_][\w.-]*))$/.exec(xpointer.trim());
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The path an href names: percent-escapes decoded where they are valid (`50%.xml` is a name, not a broken escape). */
function hrefPath(href: string): string {
  const written = href.replace(/^file:\/\//, '');
  try {
    return decodeURIComponent(written);
  } catch {
    return written;
  }
}

const xincludes = (document: XmlDocument) =>
  elementsInOrder(document).filter((e) => e.uri === XI_NS && e.local === 'include' && !hasIncludeAncestor(e));

function hasIncludeAncestor(element: XmlElement): boolean {
  for (let p = element.parent; p.type === 'element'; p = p.parent) if (p.uri === XI_NS) return true;
  return false;
}

/**
 * Resolves the XIncludes of `parsed`, reading each target with `read`
 * (readIncludeTarget from src/load/); returns `parsed` unchanged when it has none.
 */
export async function resolveXIncludes(parsed: ParsedDocument, read: ReadIncludeTarget, options: XIncludeOptions = {}): Promise<XIncludeResult> {
  const settings = { ...options, read, roots: options.roots ?? [path.dirname(parsed.source.path)] };
  return resolveNested(parsed, settings, [parsed.source.path], { characters: 0, count: 0 });
}

async function resolveNested(parsed: ParsedDocument, options: XIncludeOptions & { roots: readonly string[]; read: ReadIncludeTarget }, stack: string[], budget: Budget): Promise<XIncludeResult> {
  const includes = xincludes(parsed.document);
  if (!includes.length) return { parsed, diagnostics: [], included: [] };
  const included: string[] = [];
  const file = parsed.source.file;
  const diagnostics: Diagnostic[] = [];
  const at = (element: XmlElement) => ({ file, ...parsed.document.locate(element.start) });
  const maxDepth = options.maxDepth ?? 16;
  const maxBytes = options.maxBytes ?? DEFAULT_XINCLUDE_MAX_BYTES;
  const maxCount = options.maxCount ?? DEFAULT_XINCLUDE_MAX_COUNT;

  /** The replacement text for one xi:include, or undefined to drop it (after a diagnostic). */
  const replacementOf = async (include: XmlElement): Promise<string | undefined> => {
    const href = getAttribute(include, 'href') ?? '';
    const xpointer = getAttribute(include, 'xpointer');
    const parse = getAttribute(include, 'parse') ?? 'xml';
    const fallback = include.children.find((c): c is XmlElement => c.type === 'element' && c.uri === XI_NS && c.local === 'fallback');
    const useFallback = (problem: Diagnostic): string | undefined => {
      if (fallback) {
        diagnostics.push({ ...problem, severity: 'info', message: `${problem.message}; its xi:fallback is used instead` });
        return fallback.children.map((c) => serializeNode(c, c.type === 'element' ? { rootNamespaces: namespacesInScope(c) } : {})).join('');
      }
      diagnostics.push(problem);
      return undefined;
    };
    if (include.start === include.end) {
      diagnostics.push(diagnostic('warning', 'wf', 'xinclude.inside-entity', 'an xi:include inside an entity\'s replacement text is not resolved; expected it in the document itself', at(include)));
      return undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:')) {
      return useFallback(diagnostic('error', 'wf', 'xinclude.remote', `xi:include href ${JSON.stringify(href)} is remote and is never fetched; expected a path relative to the document`, at(include)));
    }
    const id = xpointer === undefined ? undefined : pointerId(xpointer);
    if (xpointer !== undefined && !id) return useFallback(diagnostic('error', 'wf', 'xinclude.unsupported-xpointer', `xpointer ${JSON.stringify(xpointer)} is not supported; expected id(name) or a bare name`, at(include)));
    const target = href ? path.resolve(path.dirname(parsed.source.path), hrefPath(href)) : parsed.source.path;
    const key = id ? `${target}#${id}` : target;
    if (stack.includes(key) || (!href && !xpointer)) {
      const chain = [...stack, key].map((s) => path.basename(s.split('#')[0]!) + (s.includes('#') ? `#${s.split('#')[1]}` : ''));
      diagnostics.push(diagnostic('error', 'wf', 'xinclude.cycle', `xi:include ${JSON.stringify(href || '#' + (xpointer ?? ''))} includes itself (${chain.join(' → ')}); expected no inclusion cycle`, at(include)));
      return undefined;
    }
    if (stack.length > maxDepth) {
      diagnostics.push(diagnostic('error', 'wf', 'xinclude.too-deep', `XIncludes nest deeper than ${maxDepth} levels; expected a shallower inclusion`, at(include)));
      return undefined;
    }
    if (++budget.count > maxCount) {
      diagnostics.push(diagnostic('error', 'wf', 'xinclude.too-many', `xi:include href ${JSON.stringify(href)} is one more than the ${maxCount} inclusions a document may make (nested ones counted); expected fewer inclusions`, at(include)));
      return undefined;
    }
    const loaded = await options.read(target, path.relative(process.cwd(), target) || target, { roots: options.roots, maxBytes });
    if (loaded.refusal) {
      const problem = diagnostic('error', 'wf', loaded.refusal.ruleId, `xi:include href ${JSON.stringify(href)} ${loaded.refusal.ruleId === 'xinclude.missing-target' ? 'cannot be read' : 'is refused'}: ${loaded.refusal.reason}`, at(include));
      // Only a missing file is what xi:fallback is for; a refused one is reported whatever the document offers instead.
      if (loaded.refusal.ruleId === 'xinclude.missing-target') {
        // Watched all the same, so that a rebuild follows when it appears.
        included.push(target);
        return useFallback(problem);
      }
      diagnostics.push(problem);
      return undefined;
    }
    included.push(target);
    if (!loaded.source) {
      return useFallback(diagnostic('error', 'wf', 'xinclude.missing-target', `xi:include href ${JSON.stringify(href)} cannot be read (${loaded.decodeProblems ?? 'unreadable'}); expected a readable XML or text file`, at(include)));
    }
    budget.characters += loaded.source.text.length;
    if (budget.characters > maxBytes) {
      diagnostics.push(diagnostic('error', 'wf', 'xinclude.too-large', `xi:include href ${JSON.stringify(href)} is not read: the inclusions of this document together exceed ${maxBytes} characters; expected a document whose inclusions add up to less`, at(include)));
      return undefined;
    }
    if (parse === 'text') return serializeNode({ type: 'text', value: loaded.source.text, cdata: false, start: 0, end: 0, parent: include });
    const result = parseXml(loaded.source.file, loaded.source.text);
    if (!result.document || result.transformText === undefined) {
      diagnostics.push(...result.diagnostics);
      return useFallback(diagnostic('error', 'wf', 'xinclude.malformed-target', `xi:include href ${JSON.stringify(href)} is not well-formed XML; expected a well-formed document`, at(include)));
    }
    // The included document's own XIncludes first, with this one on the stack.
    const nested = await resolveNested({ source: loaded.source, document: result.document, xmlText: result.transformText }, options, [...stack, key], budget);
    diagnostics.push(...nested.diagnostics);
    included.push(...nested.included);
    let selected = nested.parsed.document.root;
    if (id) {
      const found = [...descendantElements(nested.parsed.document.root)].find((e) => getAttribute(e, 'id', XML_NS) === id);
      if (!found) return useFallback(diagnostic('error', 'wf', 'xinclude.pointer-not-found', `xpointer ${JSON.stringify(xpointer)} selects nothing: ${JSON.stringify(href)} has no element with xml:id "${id}"`, at(include)));
      selected = found;
    }
    const base = path.relative(path.dirname(parsed.source.path), path.dirname(target));
    return serializeNode(selected, {
      // A subtree in no namespace must not fall into the parent's default namespace.
      rootNamespaces: { '': '', ...namespacesInScope(selected) },
      ...(base ? { rootAttributes: { 'xml:base': href.split('#')[0]! } } : {}),
    });
  };

  // Splice in document order, remembering where each stretch of the new text came from.
  const text = parsed.source.text;
  const pieces: { start: number; end: number; replacement: string }[] = [];
  for (const include of includes) {
    const replacement = await replacementOf(include);
    pieces.push({ start: include.start, end: include.end, replacement: replacement ?? '' });
  }
  const offsets = new OffsetMap();
  let spliced = '';
  let from = 0;
  for (const piece of pieces) {
    offsets.add(spliced.length, from, true);
    spliced += text.slice(from, piece.start);
    offsets.add(spliced.length, piece.start, false);
    spliced += piece.replacement;
    from = piece.end;
  }
  offsets.add(spliced.length, from, true);
  spliced += text.slice(from);

  const reparsed = parseXml(file, spliced, { origin: { text, toOriginal: (offset) => offsets.toOriginal(offset) } });
  diagnostics.push(...reparsed.diagnostics.filter((d) => d.severity === 'error' || !parsed.document.doctype));
  if (!reparsed.document || reparsed.transformText === undefined) return { parsed, diagnostics, included };
  return { parsed: { source: parsed.source, document: reparsed.document, xmlText: reparsed.transformText }, diagnostics, included };
}
