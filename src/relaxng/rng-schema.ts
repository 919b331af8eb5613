/**
 * The public handle on a compiled RELAX NG schema. Engine internals stay
 * behind a WeakMap so that callers see only the path and content hash, and
 * the engine can change without touching them.
 */
import type { CompiledSchema } from './compiled-schema.js';

/** A compiled RELAX NG schema, ready to validate many documents. */
export interface RngSchema {
  /** The schema file as given to `loadRngSchema`. */
  readonly path: string;
  /** SHA-256 over the schema file and every file it includes, hex. */
  readonly hash: string;
}

const internals = new WeakMap<RngSchema, CompiledSchema>();

/** Wraps a compiled schema in its public handle. */
export function makeRngSchema(path: string, hash: string, compiled: CompiledSchema): RngSchema {
  const schema: RngSchema = Object.freeze({ path, hash });
  internals.set(schema, compiled);
  return schema;
}

/** The engine behind a handle; undefined for an object not made by `makeRngSchema`. */
export function compiledOf(schema: RngSchema): CompiledSchema | undefined {
  return internals.get(schema);
}
