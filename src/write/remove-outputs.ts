/**
 * Removes outputs that no source makes any more (its source was deleted or
 * renamed), with the folders they leave empty. Only ever inside the output
 * folder: the names come from the build cache, a file that could have been
 * edited by hand.
 */
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../pipeline/is-inside.js';

const isStrictlyInside = (child: string, parent: string) => child !== parent && isInside(child, parent);

/** Removes `outputs` (relative to `outDir`); resolves to those it removed. A file already gone is no error. */
export async function removeOutputs(outDir: string, outputs: readonly string[]): Promise<string[]> {
  const root = path.resolve(outDir);
  const removed: string[] = [];
  const folders = new Set<string>();
  for (const output of outputs) {
    const file = path.resolve(root, output);
    if (!isStrictlyInside(file, root)) continue;
    await rm(file, { force: true });
    removed.push(output);
    for (let folder = path.dirname(file); isStrictlyInside(folder, root); folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a folder emptied by removing its sub-folder goes too; rmdir refuses a folder that is not empty.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
  return removed;
}
