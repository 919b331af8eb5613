/**
 * The content hash of every cache (build, schemas, Schematron, ODD): one
 * definition, so that the caches all name a content the same way.
 */
import { createHash } from 'node:crypto';

/** The SHA-256 of `data` (a string is hashed as UTF-8), as lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
