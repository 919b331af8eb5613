/**
 * The folder of the installed tei-edition package, found from this module's
 * location, so that bundled stylesheets, schemas and assets resolve whether
 * the code runs from src/ (tests) or dist/ (the installed CLI).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tei-edition') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('tei-edition: cannot find the package root above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** Absolute path of the tei-edition package root. */
export const packageRoot: string = findRoot();

/** The package version, recorded in caches and outputs' provenance. */
export const packageVersion: string = (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
