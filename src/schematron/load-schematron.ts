/**
 * Loads Schematron for validation: from a RELAX NG schema's embedded rules
 * and/or standalone .sch files, compiled once and cached by content hash
 * (in memory for this process, and on disk across runs).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { collectSchematron } from './collect-schematron.js';
import { COMPILED_FORMAT, compileSchematron } from './compile-schematron.js';
import { instantiateSchema } from './instantiate-schema.js';
import { sha256 } from '../util/sha256.js';
import { SchemaFiles, type Dependency } from './schema-files.js';
import { cacheDirectory, readCached, writeCached } from './schematron-cache.js';
import type { CompiledSchematron } from './schematron-model.js';
import { runtimeOf, type SchematronSchema } from './validate-schematron.js';

/** Where the rules come from. */
export interface SchematronInput {
  /** A RELAX NG schema whose embedded `sch:pattern`s (in it and every file it includes) are used. */
  rng?: string;
  /** Standalone ISO Schematron files. */
  sch?: string[];
}

/** How to load. */
export interface LoadSchematronOptions {
  /** Cache directory; default `TEI_EDITION_CACHE`, else `$XDG_CACHE_HOME/tei-edition`, else `~/.cache/tei-edition`. */
  cacheDir?: string;
  /** Phase to run; default the schema's `defaultPhase`, else `#ALL`. */
  phase?: string;
}

/** The result of loading: a schema to validate with (absent when the schema cannot be used), and what went wrong. */
export interface LoadSchematronResult {
  schema?: SchematronSchema;
  diagnostics: Diagnostic[];
}

const ENGINE_VERSION = `${COMPILED_FORMAT}/fontoxpath@${(createRequire(import.meta.url)('fontoxpath/package.json') as { version: string }).version}`;
/** Schemas compiled or read in this process, with the files (beyond those hashed into the key) they depend on. */
const loaded = new Map<string, { compiled: CompiledSchematron; includes: Dependency[] }>();

/**
 * Collects rules from a RELAX NG schema (embedded sch:pattern / sch:ns /
 * sch:let, found in the schema and every file it includes) and/or
 * standalone .sch files; compiles once, caches by content hash.
 */
export async function loadSchematron(input: SchematronInput, options: LoadSchematronOptions = {}): Promise<LoadSchematronResult> {
  if (input.rng === undefined && !input.sch?.length) {
    return { diagnostics: [diagnostic('error', 'sch', 'sch.no-schema', 'no Schematron source was given; expected a RELAX NG schema with embedded rules or one or more .sch files', { file: '' })] };
  }
  const { key, inputs } = await cacheKey(input, options.phase);
  const directory = cacheDirectory(options.cacheDir);
  if (key) {
    const memory = loaded.get(key);
    if (memory && (await unchanged(memory.includes))) return { schema: schemaOf(memory.compiled), diagnostics: [...memory.compiled.diagnostics] };
    const disk = await readCached(directory, key, COMPILED_FORMAT);
    if (disk && usable(disk.compiled)) {
      loaded.set(key, { compiled: disk.compiled, includes: disk.dependencies.filter((d) => !inputs.has(d.path)) });
      return { schema: schemaOf(disk.compiled), diagnostics: [...disk.compiled.diagnostics] };
    }
  }

  const files = new SchemaFiles();
  const collected = await collectSchematron(input, files);
  const readFailed = files.diagnostics.some((d) => d.severity === 'error');
  const { schema, diagnostics } = instantiateSchema(collected, { ...(options.phase !== undefined ? { phase: options.phase } : {}), embeddedOnly: !input.sch?.length });
  if (!schema || (readFailed && !collected.patterns.length)) return { diagnostics: [...files.diagnostics, ...diagnostics] };
  let compiled: CompiledSchematron;
  try {
    compiled = compileSchematron(schema, key ?? sha256(JSON.stringify(input)));
  } catch (e) {
    // Broken rules are reported one by one while compiling; reaching here is a defect, still not a crash.
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { diagnostics: [...files.diagnostics, ...diagnostics, diagnostic('error', 'sch', 'sch.internal-error', `the Schematron schema could not be compiled: ${reason}; please report this with the schema`, { file: input.rng ?? input.sch?.[0] ?? '' })] };
  }
  compiled.diagnostics = [...files.diagnostics, ...diagnostics, ...compiled.diagnostics];
  // A schema with unreadable parts is not cached: the next run should try to read them again.
  if (key && !readFailed) {
    loaded.set(key, { compiled, includes: files.dependencies.filter((d) => !inputs.has(d.path)) });
    await writeCached(directory, key, compiled, files.dependencies);
  }
  return { schema: schemaOf(compiled), diagnostics: [...compiled.diagnostics] };
}

/** True when a cached schema can be made ready to run; an entry damaged past its shape check is recompiled instead. */
function usable(compiled: CompiledSchematron): boolean {
  try {
    runtimeOf(compiled);
    return true;
  } catch {
    return false;
  }
}

function schemaOf(compiled: CompiledSchematron): SchematronSchema {
  return { hash: compiled.hash, phase: compiled.phase, compiled };
}

/** True when every file still has the recorded hash. */
async function unchanged(dependencies: readonly Dependency[]): Promise<boolean> {
  for (const d of dependencies) {
    try {
      if (sha256(await readFile(d.path)) !== d.sha256) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The hash of the given files' content, the phase and the engine version
 * (undefined when a file cannot be read), and the absolute paths hashed.
 */
async function cacheKey(input: SchematronInput, phase: string | undefined): Promise<{ key?: string; inputs: Set<string> }> {
  const parts: Array<{ kind: string; path: string; sha256: string }> = [];
  const entries = [...(input.rng !== undefined ? [['rng', input.rng] as const] : []), ...(input.sch ?? []).map((s) => ['sch', s] as const)];
  for (const [kind, file] of entries) {
    const absolute = path.resolve(file);
    try {
      parts.push({ kind, path: absolute, sha256: sha256(await readFile(absolute)) });
    } catch {
      return { inputs: new Set() };
    }
  }
  return { key: sha256(JSON.stringify({ engine: ENGINE_VERSION, phase: phase ?? null, parts })), inputs: new Set(parts.map((p) => p.path)) };
}
