/**
 * Gathers the Schematron constructs a validation uses, from standalone
 * .sch files and from RELAX NG schemas that embed them (as TEI's ODD
 * processor does: `sch:pattern` and `sch:ns` scattered through the grammar,
 * possibly across `include`d files). Includes (`sch:include`, `extends
 * @href`) are read here, up front, so that later stages are synchronous.
 */
import { diagnostic } from '../diagnostics/diagnostic.js';
import { getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { locationOf, type SchemaFile, type SchemaFiles } from './schema-files.js';

/** ISO Schematron. */
export const SCH_NS = 'http://purl.oclc.org/dsdl/schematron';
/** Schematron 1.5, still found in older schemas; read as ISO (its elements are a subset). */
export const SCH15_NS = 'http://www.ascc.net/xml/schematron';
const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
const XSL_NS = 'http://www.w3.org/1999/XSL/Transform';

/** An element together with the file it is written in. */
export interface Located {
  schema: SchemaFile;
  element: XmlElement;
}

/** The constructs found, in document order, before any interpretation. */
export interface CollectedSchema {
  queryBinding?: { value: string; at: Located };
  defaultPhase?: string;
  ns: Located[];
  lets: Located[];
  patterns: Located[];
  phases: Located[];
  diagnostics: Located[];
  keys: Located[];
  /** Abstract rules declared in `sch:rules` (usable from any pattern). */
  rules: Located[];
  /** The root element of each schema given, for diagnostics about the schema as a whole. */
  roots: Located[];
  /** What an `sch:include` or `extends @href` element refers to (undefined when it could not be read). */
  includes: Map<XmlElement, Located | undefined>;
}

/** True for an element in the ISO (or 1.5) Schematron namespace. */
export function isSch(element: XmlElement, local?: string): boolean {
  return (element.uri === SCH_NS || element.uri === SCH15_NS) && (local === undefined || element.local === local);
}

/** Collects from every given schema; problems go to `files.diagnostics`. */
export async function collectSchematron(input: { rng?: string; sch?: string[] }, files: SchemaFiles): Promise<CollectedSchema> {
  const collected: CollectedSchema = { roots: [], ns: [], lets: [], patterns: [], phases: [], diagnostics: [], keys: [], rules: [], includes: new Map() };
  if (input.rng !== undefined) {
    const rng = await files.read(input.rng);
    if (rng) collected.roots.push({ schema: rng, element: rng.document.root });
    if (rng) await collectFromRng(rng, rng.document.root, collected, files, new Set());
  }
  for (const sch of input.sch ?? []) {
    const schema = await files.read(sch);
    if (!schema) continue;
    const root = schema.document.root;
    collected.roots.push({ schema, element: root });
    if (!isSch(root, 'schema')) {
      files.diagnostics.push(
        diagnostic('error', 'sch', 'sch.not-a-schema', `the root element is <${root.name}> in namespace "${root.uri}"; expected <sch:schema> in namespace "${SCH_NS}"`, locationOf(schema, root)),
      );
      continue;
    }
    await collectFromSchema({ schema, element: root }, collected, files);
  }
  return collected;
}

async function collectFromSchema(at: Located, collected: CollectedSchema, files: SchemaFiles): Promise<void> {
  const binding = getAttribute(at.element, 'queryBinding');
  if (binding !== undefined && !collected.queryBinding) collected.queryBinding = { value: binding, at };
  const defaultPhase = getAttribute(at.element, 'defaultPhase');
  if (defaultPhase !== undefined) collected.defaultPhase ??= defaultPhase;
  for (const item of await expandIncludes(at, collected, files)) {
    const el = item.element;
    if (isSch(el)) {
      if (el.local === 'ns') collected.ns.push(item);
      else if (el.local === 'let') collected.lets.push(item);
      else if (el.local === 'pattern') collected.patterns.push(item);
      else if (el.local === 'phase') collected.phases.push(item);
      else if (el.local === 'diagnostics') collected.diagnostics.push(item);
      else if (el.local === 'rules') collected.rules.push(...(await expandIncludes(item, collected, files)).filter((r) => isSch(r.element, 'rule')));
    } else if (el.uri === XSL_NS) {
      collectXsl(item, collected, files);
    }
    if (isSch(el)) await resolveNestedIncludes(item, collected, files);
  }
}

/** The children of `at`, with each `sch:include` replaced by what it refers to. */
async function expandIncludes(at: Located, collected: CollectedSchema, files: SchemaFiles, depth = 0): Promise<Located[]> {
  const out: Located[] = [];
  for (const node of at.element.children) {
    if (node.type !== 'element') continue;
    if (isSch(node, 'include')) {
      const target = await readInclude({ schema: at.schema, element: node }, collected, files, depth);
      if (target) out.push(...(isSch(target.element, 'schema') ? await expandIncludes(target, collected, files, depth + 1) : [target]));
    } else {
      out.push({ schema: at.schema, element: node });
    }
  }
  return out;
}

/** Reads what an include (or `extends @href`) points at: a whole file, or the element with the `#fragment` id. */
async function readInclude(at: Located, collected: CollectedSchema, files: SchemaFiles, depth: number): Promise<Located | undefined> {
  if (collected.includes.has(at.element)) return collected.includes.get(at.element);
  const href = getAttribute(at.element, 'href') ?? '';
  const where = locationOf(at.schema, at.element);
  let target: Located | undefined;
  if (depth > 20) {
    files.diagnostics.push(diagnostic('error', 'sch', 'sch.include-cycle', `includes nest more than 20 deep at ${JSON.stringify(href)}; expected no include cycle`, where));
  } else {
    const [file, fragment] = href.split('#', 2) as [string, string | undefined];
    const schema = file === '' ? at.schema : await files.read(file, at.schema, where);
    if (schema) {
      const element = fragment ? findById(schema.document.root, fragment) : schema.document.root;
      if (element) target = { schema, element };
      else files.diagnostics.push(diagnostic('error', 'sch', 'sch.include-not-found', `no element with id "${fragment}" in ${JSON.stringify(file || at.schema.file)}; expected the id of a Schematron element`, where));
    }
  }
  collected.includes.set(at.element, target);
  return target;
}

function findById(root: XmlElement, id: string): XmlElement | undefined {
  const stack = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (getAttribute(el, 'id') === id || getAttribute(el, 'id', 'http://www.w3.org/XML/1998/namespace') === id) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  return undefined;
}

/** Reads every include and `extends @href` below `at`, so instantiation can look them up synchronously. */
async function resolveNestedIncludes(at: Located, collected: CollectedSchema, files: SchemaFiles, depth = 0): Promise<void> {
  for (const node of at.element.children) {
    if (node.type !== 'element' || !isSch(node)) continue;
    const item = { schema: at.schema, element: node };
    if (node.local === 'include' || (node.local === 'extends' && getAttribute(node, 'href') !== undefined)) {
      const target = await readInclude(item, collected, files, depth);
      if (target && depth < 20) await resolveNestedIncludes(target, collected, files, depth + 1);
      if (target && node.local === 'extends') await resolveNestedIncludes({ schema: target.schema, element: target.element }, collected, files, depth + 1);
    } else {
      await resolveNestedIncludes(item, collected, files, depth);
    }
  }
}

function collectXsl(item: Located, collected: CollectedSchema, files: SchemaFiles): void {
  if (item.element.local === 'key') {
    collected.keys.push(item);
    return;
  }
  files.diagnostics.push(
    diagnostic(
      'warning',
      'sch',
      'sch.unsupported-xslt',
      `<${item.element.name}> is not supported: rules are evaluated as XPath 3.1 with current(), key() and id(), without XSLT declarations other than xsl:key; expressions that need it will be reported where they fail`,
      locationOf(item.schema, item.element),
    ),
  );
}

/**
 * Walks a RELAX NG grammar for embedded Schematron, following `include`
 * and `externalRef`. Schematron elements are taken whole (not searched
 * inside); everything else is searched, since TEI puts patterns anywhere.
 */
async function collectFromRng(schema: SchemaFile, root: XmlElement, collected: CollectedSchema, files: SchemaFiles, seen: Set<string>): Promise<void> {
  if (seen.has(schema.path)) return;
  seen.add(schema.path);
  const stack: XmlElement[] = [root];
  const found: Located[] = [];
  const references: XmlElement[] = [];
  while (stack.length) {
    const el = stack.pop()!;
    if (isSch(el)) {
      found.push({ schema, element: el });
      continue;
    }
    if (el.uri === XSL_NS && el.local === 'key') {
      collected.keys.push({ schema, element: el });
      continue;
    }
    if (el.uri === RNG_NS && (el.local === 'include' || el.local === 'externalRef')) references.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      if (c.type === 'element') stack.push(c);
    }
  }
  for (const item of found) {
    const el = item.element;
    if (el.local === 'ns') collected.ns.push(item);
    else if (el.local === 'let') collected.lets.push(item);
    else if (el.local === 'pattern') collected.patterns.push(item);
    else if (el.local === 'phase') collected.phases.push(item);
    else if (el.local === 'diagnostics') collected.diagnostics.push(item);
    // A rule embedded on its own forms a pattern of its own.
    else if (el.local === 'rule') collected.patterns.push(item);
    else if (el.local === 'schema') await collectFromSchema(item, collected, files);
    else continue;
    await resolveNestedIncludes(item, collected, files);
  }
  for (const ref of references) {
    const href = getAttribute(ref, 'href');
    if (href === undefined) continue;
    const included = await files.read(href, schema, locationOf(schema, ref));
    if (included) await collectFromRng(included, included.document.root, collected, files, seen);
  }
}
