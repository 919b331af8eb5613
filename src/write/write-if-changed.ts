/**
 * Writes a file only when its bytes change, so that an incremental build
 * leaves untouched what it did not change: a one-document edit rewrites that
 * document's files and the collection pages whose content it alters, and
 * every other file keeps its modification time (what rsync, a web server's
 * caching headers and a deploy step go by).
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './write-file-atomic.js';

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content);

/** Writes `content` to `target` atomically unless `target` already holds exactly these bytes. Resolves to true when it wrote. */
export async function writeIfChanged(target: string, content: string | Uint8Array): Promise<boolean> {
  const present = await readFile(target).catch(() => undefined);
  if (present && Buffer.compare(present, bytesOf(content)) === 0) return false;
  await writeFileAtomic(target, content);
  return true;
}
