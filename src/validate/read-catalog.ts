/**
 * OASIS XML Catalogs 1.1: maps a remote schema URL to a local copy, as
 * libxml2, jing, oXygen and Saxon do, so that a document that declares
 * `xml-model href="http://www.tei-c.org/…/tei_all.rng"` is validated against
 * the copy on disk without the network. Supported entries: `uri`, `system`,
 * `rewriteURI`, `rewriteSystem`, `uriSuffix`, `systemSuffix`, `nextCatalog`,
 * `group` and `xml:base`; `delegate*` and public identifiers do not apply to
 * schema URLs and are ignored. Catalogs are read with our own parser, never
 * fetched, and cached per file and modification time.
 */
import { statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseXml } from '../parse/parse-xml.js';
import { childElements, getAttribute, XML_NS, type XmlElement } from '../parse/xml-tree.js';

export const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';

/** One mapping entry, its targets resolved against the entry's base URI. */
export type MappingEntry = { kind: 'uri' | 'system' | 'rewriteURI' | 'rewriteSystem' | 'uriSuffix' | 'systemSuffix'; match: string; target: string };
export type CatalogEntry = MappingEntry | { kind: 'nextCatalog'; target: string };

export interface Catalog {
  /** Absolute path of the catalog file. */
  file: string;
  /** Entries in document order (groups flattened). */
  entries: CatalogEntry[];
}

/** A catalog that could not be read, said once per run by the caller. */
export interface CatalogProblem {
  file: string;
  message: string;
}

const cache = new Map<string, { mtimeMs: number; catalog?: Catalog; problem?: CatalogProblem }>();

/** A path or file: URL as an absolute path; undefined for other schemes. */
export function toLocalPath(reference: string, base = process.cwd()): string | undefined {
  if (/^file:/i.test(reference)) return fileURLToPath(reference);
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) && !/^[a-z]:[\\/]/i.test(reference)) return undefined;
  return path.resolve(base, reference);
}

const ENTRY_ATTRIBUTES: Record<string, [string, string]> = {
  uri: ['name', 'uri'],
  system: ['systemId', 'uri'],
  rewriteURI: ['uriStartString', 'rewritePrefix'],
  rewriteSystem: ['systemIdStartString', 'rewritePrefix'],
  uriSuffix: ['uriSuffix', 'uri'],
  systemSuffix: ['systemIdSuffix', 'uri'],
};

/** Reads the entries of `element` and its groups; `base` is the base URI in effect (a URL). */
function readEntries(element: XmlElement, base: string, entries: CatalogEntry[]): void {
  for (const child of childElements(element)) {
    if (child.uri !== CATALOG_NS) continue;
    const xmlBase = getAttribute(child, 'base', XML_NS);
    const here = xmlBase ? new URL(xmlBase, base).href : base;
    if (child.local === 'group') {
      readEntries(child, here, entries);
      continue;
    }
    if (child.local === 'nextCatalog') {
      const target = getAttribute(child, 'catalog');
      if (target) entries.push({ kind: 'nextCatalog', target: new URL(target, here).href });
      continue;
    }
    const names = ENTRY_ATTRIBUTES[child.local];
    if (!names) continue;
    const match = getAttribute(child, names[0]);
    const target = getAttribute(child, names[1]);
    if (match === undefined || target === undefined) continue;
    // A rewritePrefix is resolved like any other URI reference, and keeps a trailing slash.
    entries.push({ kind: child.local as MappingEntry['kind'], match, target: new URL(target, here).href });
  }
}

/** Reads the catalog file `file` (cached while its modification time holds). */
export function readCatalog(file: string): { catalog?: Catalog; problem?: CatalogProblem } {
  const absolute = path.resolve(file);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(absolute).mtimeMs;
  } catch {
    return { problem: { file, message: `the XML catalog ${JSON.stringify(file)} does not exist; expected an OASIS XML catalog file` } };
  }
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === mtimeMs) return { ...(hit.catalog ? { catalog: hit.catalog } : {}), ...(hit.problem ? { problem: hit.problem } : {}) };
  let result: { catalog?: Catalog; problem?: CatalogProblem };
  try {
    const parsed = parseXml(file, readFileSync(absolute, 'utf8'));
    const root = parsed.document?.root;
    if (!root) result = { problem: { file, message: `the XML catalog ${JSON.stringify(file)} is not well-formed (${parsed.diagnostics[0]?.message ?? 'unreadable'}); expected an OASIS XML catalog` } };
    else if (root.uri !== CATALOG_NS || root.local !== 'catalog') result = { problem: { file, message: `${JSON.stringify(file)} has the root <${root.name}>; expected <catalog xmlns="${CATALOG_NS}">` } };
    else {
      const entries: CatalogEntry[] = [];
      const xmlBase = getAttribute(root, 'base', XML_NS);
      const fileUrl = pathToFileURL(absolute).href;
      readEntries(root, xmlBase ? new URL(xmlBase, fileUrl).href : fileUrl, entries);
      result = { catalog: { file: absolute, entries } };
    }
  } catch (e) {
    result = { problem: { file, message: `the XML catalog ${JSON.stringify(file)} cannot be read (${(e as Error).message}); expected a readable OASIS XML catalog` } };
  }
  cache.set(absolute, { mtimeMs, ...result });
  return result;
}

/** The longest-matching entry of one kind, by prefix or suffix. */
function longest(entries: readonly CatalogEntry[], kind: MappingEntry['kind'], test: (match: string) => boolean): MappingEntry | undefined {
  let best: MappingEntry | undefined;
  for (const e of entries) if (e.kind === kind && test(e.match) && (!best || e.match.length > best.match.length)) best = e;
  return best;
}

/**
 * Looks `reference` up in one catalog and its next catalogs (OASIS 7.1.2 for
 * `system`, 7.2.2 for `uri`): exact match, then the longest rewrite prefix,
 * then the longest suffix, then the next catalogs in order.
 */
function lookUp(catalog: Catalog, reference: string, space: 'uri' | 'system', visited: Set<string>, problems: CatalogProblem[]): string | undefined {
  visited.add(catalog.file);
  const [exact, rewrite, suffix] = space === 'uri' ? (['uri', 'rewriteURI', 'uriSuffix'] as const) : (['system', 'rewriteSystem', 'systemSuffix'] as const);
  const hit = catalog.entries.find((e): e is MappingEntry => e.kind === exact && e.match === reference);
  if (hit) return hit.target;
  const rewritten = longest(catalog.entries, rewrite, (m) => reference.startsWith(m));
  if (rewritten) return rewritten.target + reference.slice(rewritten.match.length);
  const suffixed = longest(catalog.entries, suffix, (m) => reference.endsWith(m));
  if (suffixed) return suffixed.target;
  for (const next of catalog.entries) {
    if (next.kind !== 'nextCatalog') continue;
    const file = toLocalPath(next.target);
    if (!file || visited.has(file)) continue;
    const { catalog: nested, problem } = readCatalog(file);
    if (problem) problems.push(problem);
    const found = nested && lookUp(nested, reference, space, visited, problems);
    if (found) return found;
  }
  return undefined;
}

/** Where the catalogs map `reference`, and which catalog said so. URI entries are tried first, then system entries. */
export function resolveThroughCatalogs(reference: string, catalogFiles: readonly string[]): { target?: string; catalog?: string; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const catalogs = catalogFiles.flatMap((f) => {
    const { catalog, problem } = readCatalog(f);
    if (problem) problems.push(problem);
    return catalog ? [catalog] : [];
  });
  for (const space of ['uri', 'system'] as const) {
    for (const catalog of catalogs) {
      const target = lookUp(catalog, reference, space, new Set(), problems);
      if (target) return { target, catalog: catalog.file, problems };
    }
  }
  return { problems };
}

/**
 * The catalog files for a document, in lookup order: those given (`--catalog`),
 * then XML_CATALOG_FILES (space-separated paths or file: URLs, as libxml2
 * reads it), then a catalog.xml beside the document or in a folder above it,
 * nearest first, up to the working folder.
 */
export function catalogFilesFor(documentPath: string, given: readonly string[] = [], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  const files = given.map((f) => path.resolve(cwd, f));
  for (const item of (env.XML_CATALOG_FILES ?? '').split(/\s+/).filter(Boolean)) {
    const local = toLocalPath(item, cwd);
    if (local) files.push(local);
  }
  const root = path.resolve(cwd);
  for (let dir = path.dirname(path.resolve(documentPath)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'catalog.xml');
    try {
      if (statSync(candidate).isFile()) files.push(candidate);
    } catch {
      // no catalog here
    }
    const relative = path.relative(root, dir);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative) || path.dirname(dir) === dir) break;
  }
  return [...new Set(files)];
}
