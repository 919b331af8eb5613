/**
 * Compiles an ODD customisation to RELAX NG and Schematron without Java:
 * load the ODD and its source (following chained ODDs), merge the
 * customisation into the source's specifications, translate, clean up, and
 * serialise. Writing the files is `write-compiled-odd.ts`'s job.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { descendantElements, getAttribute, XML_NS, type XmlElement } from '../parse/xml-tree.js';
import { cleanRng } from './clean-rng.js';
import { schematronDocument } from './constraints-to-schematron.js';
import { fetchOddDocument, loadOddDocument, type LoadedOdd } from './load-odd-document.js';
import { checkCustomisationReferences, collectCustomisation, mergeSpecs } from './merge-specs.js';
import { createOddContext, type OddContext } from './odd-context.js';
import { RNG, TEI, type SpecSet } from './odd-model.js';
import { indexSpecs, readSpecSource, type SpecSource } from './read-spec-source.js';
import { teiChild } from './read-spec.js';
import { resolveOddSource, type SourceOptions } from './resolve-odd-source.js';
import { createScope } from './rng-scope.js';
import { specsToRng } from './specs-to-rng.js';
import { writeRng } from './write-rng.js';

export interface CompileOddOptions extends SourceOptions {
  /** Which schemaSpec to compile (by @ident); the first one by default. */
  schemaSpec?: string;
}

export interface CompiledOdd {
  /** The schemaSpec's @ident: the output files are IDENT.rng and IDENT.sch. */
  ident?: string;
  /** RELAX NG (XML syntax) with the Schematron embedded. */
  rng?: string;
  /** The Schematron alone. */
  schematron?: string;
  /** The merged specifications. */
  specs?: SpecSet;
  /** The files read (the ODD, chained ODDs, the TEI source, external modules), as named in diagnostics. */
  files: string[];
  diagnostics: Diagnostic[];
}

function findSchemaSpec(loaded: LoadedOdd, ident: string | undefined): XmlElement | undefined {
  for (const el of descendantElements(loaded.document.root)) if (el.uri === TEI && el.local === 'schemaSpec' && (ident === undefined || getAttribute(el, 'ident') === ident)) return el;
  return undefined;
}

const isCustomisation = (schemaSpec: XmlElement) => schemaSpec.children.some((c) => c.type === 'element' && c.uri === TEI && (c.local === 'moduleRef' || c.local === 'specGrpRef'));

async function loadSourceOf(schemaSpec: XmlElement, loaded: LoadedOdd, options: CompileOddOptions, ctx: OddContext, chain: Set<string>): Promise<SpecSource | undefined> {
  const resolved = resolveOddSource(getAttribute(schemaSpec, 'source'), loaded.path, options);
  if (resolved.kind === 'none') {
    ctx.report(schemaSpec, 'odd.no-source', resolved.reason);
    return undefined;
  }
  const where = resolved.kind === 'file' ? resolved.path : resolved.url;
  if (chain.has(where)) {
    ctx.report(schemaSpec, 'odd.source-cycle', `@source ${JSON.stringify(where)} leads back to an ODD already being compiled; expected a chain that ends in a TEI source`);
    return undefined;
  }
  let source: LoadedOdd | undefined;
  try {
    source = resolved.kind === 'file' ? await loadOddDocument(path.relative(process.cwd(), resolved.path) || resolved.path, ctx.diagnostics) : await fetchOddDocument(resolved.url, ctx.diagnostics);
  } catch (e) {
    ctx.report(schemaSpec, 'odd.source-unreadable', `cannot fetch source ${JSON.stringify(where)}: ${(e as Error).message}`);
  }
  if (!source) return undefined;
  ctx.register(source.document, source.file);
  // A chained customisation is compiled first; its merged specs are this one's source.
  const inner = findSchemaSpec(source, undefined);
  if (inner && isCustomisation(inner)) {
    const set = await mergeCustomisation(source, inner, options, ctx, new Set([...chain, where]));
    return set ? indexSpecs(set.specs) : undefined;
  }
  return readSpecSource(source.document);
}

async function readExternalModules(schemaSpec: XmlElement, loaded: LoadedOdd, ctx: OddContext): Promise<SpecSet['externalModules']> {
  const modules: SpecSet['externalModules'] = [];
  for (const ref of schemaSpec.children) {
    if (ref.type !== 'element' || ref.uri !== TEI || ref.local !== 'moduleRef') continue;
    const url = getAttribute(ref, 'url');
    if (url === undefined) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url)) {
      ctx.report(ref, 'odd.external-module-remote', `moduleRef url ${JSON.stringify(url)} is remote and is never fetched; expected a local RELAX NG file`);
      continue;
    }
    const file = path.resolve(path.dirname(loaded.path), url.replace(/^file:(\/\/)?/i, ''));
    const doc = await loadOddDocument(path.relative(process.cwd(), file), ctx.diagnostics);
    if (!doc) continue;
    ctx.register(doc.document, doc.file);
    if (doc.document.root.uri !== RNG || doc.document.root.local !== 'grammar') {
      ctx.report(ref, 'odd.external-module-not-rng', `moduleRef url ${JSON.stringify(url)} is not a RELAX NG grammar; expected <grammar xmlns="${RNG}">`);
      continue;
    }
    const prefix = getAttribute(ref, 'prefix');
    const content = teiChild(ref, 'content');
    modules.push({ url, grammar: doc.document.root, ...(prefix ? { prefix } : {}), ...(content ? { content } : {}) });
  }
  return modules;
}

async function mergeCustomisation(loaded: LoadedOdd, schemaSpec: XmlElement, options: CompileOddOptions, ctx: OddContext, chain: Set<string>): Promise<SpecSet | undefined> {
  const source = await loadSourceOf(schemaSpec, loaded, options, ctx, chain);
  if (!source) return undefined;
  const ids = new Map<string, XmlElement>();
  for (const el of descendantElements(loaded.document.root)) {
    const id = getAttribute(el, 'id', XML_NS);
    if (id) ids.set(id, el);
  }
  const customisation = collectCustomisation(schemaSpec, ids, ctx);
  const specs = mergeSpecs(schemaSpec, customisation, source, ctx);
  checkCustomisationReferences(customisation, source, ctx);
  const attr = (name: string) => getAttribute(schemaSpec, name);
  return {
    ident: attr('ident') ?? path.basename(loaded.path).replace(/\.[^.]*$/, ''),
    prefix: attr('prefix') ?? '',
    ...(attr('ns') !== undefined ? { ns: attr('ns')! } : {}),
    ...(attr('start') !== undefined ? { start: attr('start')! } : {}),
    ...(attr('defaultExceptions') !== undefined ? { defaultExceptions: attr('defaultExceptions')! } : {}),
    specs,
    deleted: customisation.deleted,
    constraints: customisation.constraints,
    externalModules: await readExternalModules(schemaSpec, loaded, ctx),
  };
}

/** Compiles the ODD `file` (the first schemaSpec, or the one named). */
export async function compileOdd(file: string, options: CompileOddOptions = {}): Promise<CompiledOdd> {
  const ctx = createOddContext();
  const loaded = await loadOddDocument(file, ctx.diagnostics);
  if (!loaded) return { diagnostics: ctx.diagnostics, files: ctx.files };
  ctx.register(loaded.document, loaded.file);
  const schemaSpec = findSchemaSpec(loaded, options.schemaSpec);
  if (!schemaSpec) {
    ctx.diagnostics.push({ severity: 'error', layer: 'rng', ruleId: 'odd.no-schema-spec', message: options.schemaSpec ? `no schemaSpec with ident ${JSON.stringify(options.schemaSpec)}; expected one in the ODD` : 'the file has no schemaSpec; expected an ODD customisation (a TEI document with a <schemaSpec>)', file: loaded.file, line: 0, column: 0 });
    return { diagnostics: ctx.diagnostics, files: ctx.files };
  }
  const set = await mergeCustomisation(loaded, schemaSpec, options, ctx, new Set([loaded.path]));
  if (!set) return { diagnostics: ctx.diagnostics, files: ctx.files };
  const scope = createScope(set, set.deleted);
  const { defines, start, schematron, topPatterns } = specsToRng(scope);
  const cleaned = cleanRng(defines, start);
  const rng = writeRng({
    ns: set.ns ?? TEI,
    comment: ` Schema generated by tei-edition from the ODD ${path.basename(loaded.path)} (schemaSpec ${set.ident}). `,
    schematronNs: [...new Set(schematron.filter((p) => p.kind === 'ns').map((p) => p.xml))],
    schematronPatterns: topPatterns,
    start: cleaned.start,
    defines: cleaned.defines,
  });
  return { ident: set.ident, rng, schematron: schematronDocument(schematron), specs: set, diagnostics: ctx.diagnostics, files: ctx.files };
}
