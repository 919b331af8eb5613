/**
 * The RELAX NG layer: Java-free validation that agrees with jing, built on
 * Clark's derivative algorithm with jing's error recovery.
 */
export type { RngSchema } from './rng-schema.js';
export { loadRngSchema, defaultCacheDir, type LoadRngSchemaOptions } from './load-rng-schema.js';
export { validateRng } from './validate-rng.js';
