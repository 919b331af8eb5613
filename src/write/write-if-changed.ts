/**
 * Writes a file only when its bytes change: a collection rebuilt after one
 * document was edited rewrites only the files that edit touched (the shards
 * of its words, its text), so that their dates and a synchronised copy of
 * the edition show what really changed.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './write-file-atomic.js';

/** Writes `content` to `target` atomically unless the file already holds exactly these bytes; resolves to true when it wrote. */
export async function writeIfChanged(target: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const old = await readFile(target).catch(() => undefined);
  if (old && Buffer.compare(old, bytes) === 0) return false;
  await writeFileAtomic(target, bytes);
  return true;
}
