/**
 * Splitting a build across machines: `--shard i/n` builds the documents
 * whose source falls to shard i of n. A source's shard is decided by its
 * path relative to the working folder alone (rendezvous hashing: each shard
 * draws a SHA-256 score for the path, the highest wins), so every machine
 * that runs from the same checkout agrees without talking to the others,
 * adding a document moves no other document, and going from n to n + 1
 * shards moves only the documents the new shard wins (about 1 in n + 1).
 */
import path from 'node:path';
import type { Shard } from '../collection/collection-parts.js';
import { sha256 } from '../util/sha256.js';

export type { Shard };

/** Reads `i/n` (1 ≤ i ≤ n); a message saying what was expected when the text is not one. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) return `shard ${JSON.stringify(text)} is not of the form i/n with 1 ≤ i ≤ n; expected e.g. 1/4 for the first of four shards`;
  return { index, count };
}

/** Checks a shard given through the library API; a message when it is not one. */
export function shardProblem(shard: Shard): string | undefined {
  const ok = Number.isInteger(shard.index) && Number.isInteger(shard.count) && shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count;
  return ok ? undefined : `shard ${JSON.stringify(shard)} is not a shard; expected { index, count } with whole numbers 1 ≤ index ≤ count`;
}

/** The path that decides a source's shard: relative to `cwd`, with forward slashes on every system. */
export const shardKey = (file: string, cwd = process.cwd()) => path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');

/** The shard (1-based) among `count` that the source `key` falls to. */
export function shardOf(key: string, count: number): number {
  let best = 1;
  let bestScore = -1n;
  for (let k = 1; k <= count; k++) {
    const score = BigInt(`0x${sha256(`${k}\0${key}`).slice(0, 16)}`);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** The items of `items` (named by `fileOf`) that fall to `shard`, in their order. */
export function selectShard<T>(items: readonly T[], shard: Shard, fileOf: (item: T) => string, cwd = process.cwd()): T[] {
  return items.filter((item) => shardOf(shardKey(fileOf(item), cwd), shard.count) === shard.index);
}
