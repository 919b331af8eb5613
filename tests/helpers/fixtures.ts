/**
 * Fixture folders: `tests/fixtures/<stage>/<case>/` holds an input and the
 * expected output. `UPDATE=1 npx vitest run` rewrites the expectations from
 * the current behaviour; the rewritten files are then reviewed like code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturesRoot = path.join(repoRoot, 'tests', 'fixtures');
export const updating = process.env.UPDATE === '1';

/** The case folders of a fixture stage, sorted. */
export function fixtureCases(stage: string): { name: string; dir: string }[] {
  const dir = path.join(fixturesRoot, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: path.join(dir, e.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Asserts that `actual` equals the content of `expectedFile`, or rewrites the file when UPDATE=1. */
export function expectFile(actual: string, expectedFile: string): void {
  if (updating || !existsSync(expectedFile)) {
    if (!updating) throw new Error(`missing expectation ${path.relative(repoRoot, expectedFile)}; run with UPDATE=1 to create it, then review it`);
    mkdirSync(path.dirname(expectedFile), { recursive: true });
    writeFileSync(expectedFile, actual);
    return;
  }
  expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
}

/** Like expectFile for JSON values (stable, pretty-printed). */
export function expectJsonFile(actual: unknown, expectedFile: string): void {
  expectFile(JSON.stringify(actual, null, 2) + '\n', expectedFile);
}
