/**
 * Access to `../shared/` (the read-only corpus beside the repository, present
 * in development and CI, absent for outside users). Tests that need it skip,
 * and say so, where it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

export const sharedRoot = path.resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(path.join(sharedRoot, 'README.md'));

/** A path inside ../shared. */
export const shared = (...parts: string[]) => path.join(sharedRoot, ...parts);

/** Prints once why a suite is skipped. */
export function noteSkip(what: string): void {
  if (!hasShared) console.warn(`skipped ${what}: ../shared is absent (it holds the corpus and schemas used by this test)`);
}
