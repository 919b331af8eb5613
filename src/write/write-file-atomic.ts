/**
 * The write stage's one primitive: a file appears whole or not at all
 * (written beside its target, then renamed), so an interrupted build never
 * leaves half an edition behind.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

/** Writes `content` to `target` atomically, creating folders as needed. */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter++}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, target);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}
