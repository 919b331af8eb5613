/**
 * tei-edition.config.json: a project's sources, output folder, stylesheet
 * parameters and schemas per folder, checked against
 * schema/config.schema.json. Paths in it are relative to the file; problems
 * are `usage` diagnostics that name the offending key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass } from 'ajv';
import { diagnostic, type Diagnostic, type ValidationLayer } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';

export const CONFIG_FILE = 'tei-edition.config.json';

/** A schema rule: sources below `folder` use these schemas. */
export interface FolderSchema {
  folder: string;
  rng?: string;
  schematron?: string[];
}

/** The configuration with every path made absolute. */
export interface EditionConfig {
  file: string;
  sources?: string[];
  out?: string;
  baseUrl?: string;
  layers?: ValidationLayer[];
  schema?: string;
  schematron?: string[];
  schemas?: FolderSchema[];
  /** Folders where sources that declare no schema get the project's schema and house rules (default: the configuration's `tei/`). */
  projectSchemaFolders?: string[];
  catalogs?: string[];
  allowNetwork?: boolean;
  /** The TEI source (p5subset.xml path, or URL) ODDs are compiled against when they name none. */
  oddSource?: string;
  /** Where XIncludes may read: further folders, and the size cap. */
  xinclude?: { allow?: string[]; maxBytes?: number };
  phase?: string;
  textWidth?: number;
  /** HTML pages longer than this many bytes are split into parts (0: never; default 500000). */
  splitAbove?: number;
  jobs?: number;
  /** Documents, and entities, per page of the collection's lists. */
  pageSize?: number;
  parameters?: { html?: Record<string, string>; text?: Record<string, string> };
  /** The project's own HTML and text stylesheets (docs/customising.md). */
  stylesheets?: { html?: string; text?: string };
}

let validator: ReturnType<AjvClass['compile']> | undefined;

/** Reads and checks a configuration file; never throws. */
export function loadConfig(file: string): { config?: EditionConfig; diagnostics: Diagnostic[] } {
  const problem = (message: string) => ({ diagnostics: [diagnostic('error', 'usage', 'usage.config', message, { file })] });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? `configuration file ${JSON.stringify(file)} does not exist` : `configuration ${JSON.stringify(file)} is not valid JSON (${(e as Error).message}); expected an object as described by schema/config.schema.json`);
  }
  if (!validator) {
    // Loaded on use: ajv is a tenth of a one-file run's start-up, and most runs read no configuration.
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(packageRoot, 'schema', 'config.schema.json'), 'utf8')) as object);
  }
  if (!validator(raw)) {
    return {
      diagnostics: (validator.errors ?? []).map((e) =>
        diagnostic('error', 'usage', 'usage.config', `configuration key ${JSON.stringify(e.instancePath || '/')} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (found ${JSON.stringify(e.params.additionalProperty)})` : ''}${e.params && 'allowedValues' in e.params ? ` (expected one of ${(e.params.allowedValues as string[]).join(', ')})` : ''}`, { file }),
      ),
    };
  }
  const dir = path.dirname(path.resolve(file));
  const at = (p: string) => path.resolve(dir, p);
  const c = raw as Omit<EditionConfig, 'file'>;
  const config: EditionConfig = { ...c, file: path.resolve(file) };
  if (c.sources) config.sources = c.sources.map(at);
  if (c.out) config.out = at(c.out);
  if (c.schema) config.schema = at(c.schema);
  if (c.schematron) config.schematron = c.schematron.map(at);
  if (c.catalogs) config.catalogs = c.catalogs.map(at);
  // A URL stays a URL (fetched only with allowNetwork); a path is the file's, like every other path here.
  if (c.oddSource && !/^[a-z][a-z0-9+.-]+:/i.test(c.oddSource)) config.oddSource = at(c.oddSource);
  if (c.stylesheets) config.stylesheets = { ...(c.stylesheets.html ? { html: at(c.stylesheets.html) } : {}), ...(c.stylesheets.text ? { text: at(c.stylesheets.text) } : {}) };
  // The project's own edition is the tei/ beside its configuration unless the configuration says otherwise.
  config.projectSchemaFolders = (c.projectSchemaFolders ?? ['tei']).map(at);
  if (c.xinclude?.allow) config.xinclude = { ...c.xinclude, allow: c.xinclude.allow.map(at) };
  if (c.schemas) config.schemas = c.schemas.map((s) => ({ folder: at(s.folder), ...(s.rng ? { rng: at(s.rng) } : {}), ...(s.schematron ? { schematron: s.schematron.map(at) } : {}) }));
  return { config, diagnostics: [] };
}
