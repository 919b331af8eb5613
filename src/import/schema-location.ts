/**
 * Where a draft's xml-model instructions point, so that a draft validates
 * wherever it travels: by default the project's schemas at their published,
 * versioned address (the npm package's schema/ folder as served by unpkg,
 * which never changes for a released version); on request, copies of the
 * schemas written beside the drafts, pointed to by bare file names.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageVersion } from '../package-root.js';
import { DEFAULT_SCHEMAS } from '../validate/resolve-schemas.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';

export interface SchemaHrefs {
  rng: string;
  sch: string;
}

/** The published address of the schemas of tei-edition `version`. */
export function publishedSchemaHrefs(version = packageVersion): SchemaHrefs {
  const base = `https://unpkg.com/tei-edition@${version}/schema`;
  return { rng: `${base}/tei-edition.rng`, sch: `${base}/tei-edition.sch` };
}

/** The file names of the schema copies written beside the drafts. */
export const SCHEMA_COPY: SchemaHrefs = { rng: path.basename(DEFAULT_SCHEMAS.rng), sch: path.basename(DEFAULT_SCHEMAS.sch) };

/** Copies the project's schemas into `dir`, each atomically; returns the hrefs drafts in `dir` use. */
export async function copySchemas(dir: string): Promise<SchemaHrefs> {
  for (const kind of ['rng', 'sch'] as const) await writeFileAtomic(path.join(dir, SCHEMA_COPY[kind]), await readFile(DEFAULT_SCHEMAS[kind]));
  return SCHEMA_COPY;
}
