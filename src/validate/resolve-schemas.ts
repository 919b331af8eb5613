/**
 * Which schemas a document is validated against: an explicit `--schema`
 * wins, then the configuration's rule for its folder, then what the document
 * declares in `xml-model` processing instructions (resolved relative to the
 * file; remote URLs through XML catalogs, the cache or, when allowed, the
 * network). A document that declares nothing gets tei_all with its embedded
 * Schematron: any TEI is valid there, and this project's narrower schema and
 * house rules in `schema/` apply only in the project's own folders (by
 * default its `tei/`), whose sources were written to them. Declarations that
 * cannot be honoured (compact syntax, remote URLs without permission,
 * missing files) become diagnostics at the processing instruction, and that
 * layer is skipped rather than guessed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';
import type { SourceFile } from '../load/load-source.js';
import type { XmlDocument } from '../parse/xml-tree.js';
import { readXmlModels, type XmlModel } from './read-xml-model.js';
import { resolveRemoteSchema, type RemoteSchemaOptions } from './resolve-remote-schema.js';

/** The project's own schemas, used for a document in a project folder that declares none. */
export const DEFAULT_SCHEMAS = {
  rng: path.join(packageRoot, 'schema', 'tei-edition.rng'),
  sch: path.join(packageRoot, 'schema', 'tei-edition.sch'),
};

/** tei_all, where the TEI Consortium publishes it: the schema of a document that declares none, outside the project folders. */
export const TEI_ALL_URL = 'http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng';

/** The project's own edition, where {@link DEFAULT_SCHEMAS} apply when no configuration names other folders. */
export const DEFAULT_PROJECT_FOLDERS: readonly string[] = [path.join(packageRoot, 'tei')];

/**
 * What schema resolution reads of a document: its names, the processing
 * instructions before its root, and its root's position. A parsed document
 * is one; the event stream makes one with only the prolog and the root.
 */
export interface SchemaSubject {
  source: Pick<SourceFile, 'file' | 'path'>;
  document: Pick<XmlDocument, 'children' | 'root' | 'locate'>;
}

export interface SchemaChoice {
  /** The RELAX NG schema to use, if any. */
  rng?: string;
  /** Standalone Schematron files to run besides the rules embedded in the RELAX NG schema. */
  sch: string[];
  /** Where the choice came from, for messages. */
  origin: 'option' | 'folder' | 'xml-model' | 'project' | 'tei_all';
  diagnostics: Diagnostic[];
}

export interface SchemaSelection extends RemoteSchemaOptions {
  /** A RELAX NG schema given by the user; overrides xml-model. */
  schema?: string;
  /** Schematron files given by the user, run in addition. */
  schematron?: readonly string[];
  /** Schemas per folder (from the configuration): the longest folder containing the source wins over its xml-model. */
  schemaRules?: readonly { folder: string; rng?: string; schematron?: readonly string[] }[];
  /**
   * Folders whose sources, when they declare no schema, are validated against
   * the project's own schemas ({@link DEFAULT_SCHEMAS}); elsewhere such a
   * source gets tei_all (default: {@link DEFAULT_PROJECT_FOLDERS}).
   */
  projectFolders?: readonly string[];
}

/** Whether `file` lies below `folder`. */
function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The folder rule that applies to `file`, if any: the one with the longest folder containing it. */
function folderRule(file: string, rules: SchemaSelection['schemaRules']) {
  const within = (rules ?? []).filter((r) => isWithin(file, r.folder));
  return within.sort((a, b) => path.resolve(b.folder).length - path.resolve(a.folder).length)[0];
}

/**
 * The schemas of a document that declares none: the project's own in a
 * project folder, else tei_all, made local as a declared remote schema is.
 * What is said about tei_all is said for each document, as for a declared
 * remote schema: a document's diagnostics depend on it alone, so that
 * builds in workers and from the cache report the same.
 */
function undeclaredSchemas(parsed: SchemaSubject, selection: SchemaSelection, extra: string[]): SchemaChoice {
  if ((selection.projectFolders ?? DEFAULT_PROJECT_FOLDERS).some((folder) => isWithin(parsed.source.path, folder))) {
    const sch = existsSync(DEFAULT_SCHEMAS.sch) ? [DEFAULT_SCHEMAS.sch, ...extra] : extra;
    return { rng: DEFAULT_SCHEMAS.rng, sch, origin: 'project', diagnostics: [] };
  }
  const remote = resolveRemoteSchema(TEI_ALL_URL, parsed.source.path, selection);
  const at = { file: parsed.source.file, ...parsed.document.locate(parsed.document.root.start) };
  const subject = 'the document declares no schema (no xml-model, no --schema, no configuration rule for its folder), so it is validated against tei_all,';
  const diagnostics = remote.notes
    .filter((n) => n.ruleId !== 'schema.remote-not-fetched')
    .map((n) => diagnostic(n.severity, 'rng', n.ruleId, n.message.replace(/^xml-model names the remote schema/, subject), at));
  if (!remote.path) {
    diagnostics.push(diagnostic('warning', 'rng', 'schema.tei-all-unavailable', `${subject} ${JSON.stringify(TEI_ALL_URL)}, which is not available here; expected a catalog entry mapping that URL to a local copy (--catalog FILE, XML_CATALOG_FILES, or a catalog.xml beside the document), --allow-network to fetch it once into the cache, or --schema FILE.rng (RELAX NG and tei_all's Schematron are skipped for this file; references are still checked)`, at));
  }
  return { ...(remote.path ? { rng: remote.path } : {}), sch: extra, origin: 'tei_all', diagnostics };
}

/** Decides the schemas for `parsed`. */
export function resolveSchemas(parsed: SchemaSubject, selection: SchemaSelection = {}): SchemaChoice {
  const file = parsed.source.file;
  const extra = (selection.schematron ?? []).map((s) => path.resolve(s));
  if (selection.schema) return { rng: path.resolve(selection.schema), sch: extra, origin: 'option', diagnostics: [] };
  const rule = folderRule(parsed.source.path, selection.schemaRules);
  if (rule) return { ...(rule.rng ? { rng: path.resolve(rule.rng) } : {}), sch: [...(rule.schematron ?? []).map((s) => path.resolve(s)), ...extra], origin: 'folder', diagnostics: [] };

  const models = readXmlModels(parsed.document, parsed.source.path);
  if (!models.length) return undeclaredSchemas(parsed, selection, extra);

  const diagnostics: Diagnostic[] = [];
  const at = (model: XmlModel) => ({ file, ...parsed.document.locate(model.offset) });
  const usable = (model: XmlModel): boolean => {
    if (model.remote) {
      // Through a catalog, the cache, or (with --allow-network) the network; each way is said.
      const remote = resolveRemoteSchema(model.href, parsed.source.path, selection);
      for (const n of remote.notes) diagnostics.push(diagnostic(n.severity, model.language === 'schematron' ? 'sch' : 'rng', n.ruleId, n.message, at(model)));
      if (!remote.path) return false;
      model.resolved = remote.path;
    }
    if (model.language === 'relaxng-compact') {
      diagnostics.push(diagnostic('warning', 'rng', 'schema.compact-syntax', `xml-model names ${JSON.stringify(model.href)}, a RELAX NG compact-syntax schema, which tei-edition does not read; expected the XML syntax (.rng), or --schema to name one (RELAX NG is skipped for this file)`, at(model)));
      return false;
    }
    if (!existsSync(model.resolved)) {
      diagnostics.push(diagnostic('error', model.language === 'schematron' ? 'sch' : 'rng', 'schema.not-found', `xml-model names ${JSON.stringify(model.href)}, but ${JSON.stringify(path.relative(process.cwd(), model.resolved))} does not exist; expected a schema file at that path, relative to the document`, at(model)));
      return false;
    }
    return true;
  };
  const rngModels = models.filter((m) => m.language === 'relaxng' || m.language === 'relaxng-compact');
  const schModels = models.filter((m) => m.language === 'schematron');
  for (const m of models.filter((m) => m.language === 'other')) {
    diagnostics.push(diagnostic('info', 'rng', 'schema.unknown-language', `xml-model ${JSON.stringify(m.href)} names a schema language tei-edition does not run (only RELAX NG XML syntax and ISO Schematron)`, at(m)));
  }
  const rng = rngModels.find(usable)?.resolved;
  // A Schematron declaration naming the RELAX NG schema itself (as TEI writes it) means the rules embedded in it, which run with it.
  const sch = [...schModels.filter(usable).map((m) => m.resolved).filter((s) => s !== rng), ...extra];
  return { ...(rng ? { rng } : {}), sch, origin: 'xml-model', diagnostics };
}
