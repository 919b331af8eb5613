/**
 * Checks the options a library entry point was given, before any work:
 * an unknown key is a programming error and throws (a misspelt `outdir`
 * would otherwise be ignored and the build would write to the default
 * folder); a schema, Schematron or catalog file named in them that cannot
 * be read is a `usage` diagnostic, so the CLI exits 2 instead of reporting
 * the same missing schema once per document.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestMatches } from '../validate/closest-matches.js';
import type { SchemaSelection } from '../validate/resolve-schemas.js';
import type { ValidateOptions } from '../validate/validate-document.js';

/**
 * Every key of an options type, as a run-time value. Typed as a record over
 * `keyof T`, so that the compiler rejects a list that misses a key or names
 * one the type lacks.
 */
export type OptionKeys<T> = Record<keyof Required<T>, true>;

/** The keys of the validation options, shared by every entry point that validates. */
export const VALIDATE_OPTION_KEYS: OptionKeys<ValidateOptions> = {
  layers: true,
  cacheDir: true,
  phase: true,
  session: true,
  schema: true,
  schematron: true,
  schemaRules: true,
  catalogs: true,
  allowNetwork: true,
  env: true,
  projectFolders: true,
  oddSource: true,
  onStage: true,
};

/** Throws a TypeError naming the first key of `options` that `known` lacks. */
export function rejectUnknownOptions(caller: string, options: object | undefined, known: OptionKeys<object>): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${caller}: options must be an object; found ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  const names = Object.keys(known);
  for (const key of Object.keys(options)) {
    if (Object.hasOwn(known, key)) continue;
    const near = closestMatches(key, names, 1);
    throw new TypeError(`${caller}: unknown option ${JSON.stringify(key)}${near.length ? ` (did you mean ${JSON.stringify(near[0])}?)` : ''}; expected one of ${names.sort().join(', ')}`);
  }
}

/** Why `file` cannot be read as an input, or undefined when it can. */
function unreadable(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return 'is not a file';
    accessSync(file, constants.R_OK);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`;
  }
}

/** `usage` diagnostics for the schema, Schematron, catalog and ODD source files named in `options` that cannot be read. */
export function missingOptionFiles(options: SchemaSelection & { oddSource?: string }): Diagnostic[] {
  const named: [string, string, string][] = [
    // A URL is fetched (with --allow-network) when an ODD needs it; a local source must be readable now.
    ...(options.oddSource && !/^[a-z][a-z0-9+.-]+:/i.test(options.oddSource) ? [[options.oddSource, 'TEI source for ODDs', 'odd-source'] as [string, string, string]] : []),
    ...(options.schema ? [[options.schema, 'RELAX NG schema', 'schema'] as [string, string, string]] : []),
    ...(options.schematron ?? []).map((f): [string, string, string] => [f, 'Schematron file', 'schematron']),
    ...(options.catalogs ?? []).map((f): [string, string, string] => [f, 'XML catalog', 'catalog']),
    ...(options.schemaRules ?? []).flatMap((rule) => [
      ...(rule.rng ? [[rule.rng, `RELAX NG schema for the folder ${JSON.stringify(rule.folder)}`, 'schema'] as [string, string, string]] : []),
      ...(rule.schematron ?? []).map((f): [string, string, string] => [f, `Schematron file for the folder ${JSON.stringify(rule.folder)}`, 'schematron']),
    ]),
  ];
  const diagnostics: Diagnostic[] = [];
  for (const [file, what, rule] of named) {
    const why = unreadable(file);
    if (why) diagnostics.push(diagnostic('error', 'usage', `usage.missing-${rule}`, `${what} ${JSON.stringify(file)} ${why}; expected a readable file`, { file }));
  }
  return diagnostics;
}
