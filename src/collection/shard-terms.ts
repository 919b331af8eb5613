/**
 * Cuts the search index's terms into shard files of bounded size
 * (build-search-index.ts). Words go to the shard of their first three
 * letters (search-options.js, keyOf); a shard larger than the bound is cut
 * by the next letter, again and again, the word that is the prefix itself
 * going to "prefix$"; a single word whose postings alone exceed the bound is
 * written in chunks, cut between documents. The keys of the word shards are
 * listed (front-coded) for meta.js, so that the page asks only for shards
 * that exist and knows how many chunks each has.
 */
import type { SharedOptions, TermPostings } from './build-search-index.js';

/** The size of a term in its shard's file (the JSON of its entry and a comma). */
const sizeOf = (t: TermPostings) => JSON.stringify(t).length + 1;

/** The documents of a term's postings, each with its absolute number and the values that follow its gap. */
function documentRuns(flat: readonly number[]): { doc: number; values: number[] }[] {
  const runs: { doc: number; values: number[] }[] = [];
  let doc = -1;
  for (let i = 0; i < flat.length; ) {
    doc += flat[i++]!;
    const start = i;
    const records = flat[i++]!;
    for (let k = 0; k < records; k++) {
      const value = flat[i++]!;
      if (value % 2 === 1) i += 1 + flat[i]!;
    }
    runs.push({ doc, values: flat.slice(start, i) });
  }
  return runs;
}

/** A term's entry cut between documents into entries of at most about `bound` bytes, each counting its documents from -1; the titles go with the first. */
function chunkTerm(term: TermPostings, bound: number): TermPostings[] {
  const out: TermPostings[] = [];
  let flat: number[] = [];
  let last = -1;
  let size = 0;
  const close = () => {
    out.push([term[0], flat, out.length === 0 ? term[2] : []]);
    flat = [];
    last = -1;
    size = 0;
  };
  for (const run of documentRuns(term[1])) {
    const bytes = run.values.join(',').length + 8;
    if (size > 0 && size + bytes > bound) close();
    flat.push(run.doc - last, ...run.values);
    last = run.doc;
    size += bytes;
  }
  close();
  return out;
}

/** Terms (in order) in files of at most about `bound` bytes: a term larger than that alone in chunks of its own. */
function chunksOf(terms: readonly TermPostings[], bound: number): TermPostings[][] {
  const files: TermPostings[][] = [[]];
  let size = 0;
  for (const term of terms) {
    const bytes = sizeOf(term);
    if (size > 0 && size + bytes > bound) {
      files.push([]);
      size = 0;
    }
    if (bytes <= bound) {
      files.at(-1)!.push(term);
      size += bytes;
      continue;
    }
    chunkTerm(term, bound).forEach((chunk, i) => {
      if (i > 0) files.push([]);
      files.at(-1)!.push(chunk);
    });
    size = bound;
  }
  return files;
}

/** The keys, sorted, front-coded (see SearchMeta.shards). */
function frontCode(keys: readonly { key: string; chunks: number }[]): string {
  let previous = '';
  return keys
    .map(({ key, chunks }) => {
      let shared = 0;
      while (shared < 35 && shared < key.length && shared < previous.length && key[shared] === previous[shared]) shared++;
      previous = key;
      return shared.toString(36) + key.slice(shared) + (chunks > 1 ? `*${chunks}` : '');
    })
    .join(' ');
}

/**
 * Cuts `terms` (sorted) into shards of at most about `bound` bytes. Returns each shard file's name (in
 * search/terms/, without ".js") and data, and the front-coded list of the word shards' keys for meta.js.
 */
export function shardTerms(terms: readonly TermPostings[], bound: number, o: SharedOptions): { shards: [string, TermPostings[]][]; list: string } {
  const split = new Set<string>();
  const group = (list: readonly TermPostings[]) => {
    const groups = new Map<string, TermPostings[]>();
    for (const t of list) {
      const key = o.keyOf(t[0], split);
      const g = groups.get(key);
      if (g) g.push(t);
      else groups.set(key, [t]);
    }
    return groups;
  };
  // Cut every shard too large (holding more than one word) by the next letter, until none is.
  const done = new Map<string, TermPostings[]>();
  const queue = [...group(terms)];
  for (let next = queue.pop(); next; next = queue.pop()) {
    const [key, list] = next;
    if (list.length === 1 || key.startsWith('~') || list.reduce((n, t) => n + sizeOf(t), 0) <= bound) {
      done.set(key, list);
      continue;
    }
    split.add(key);
    queue.push(...group(list));
  }
  const shards: [string, TermPostings[]][] = [];
  const keys: { key: string; chunks: number }[] = [];
  for (const [key, list] of done) {
    const name = o.shardOf(list[0]![0], split);
    const chunks = key.startsWith('~') ? [list] : chunksOf(list, bound);
    chunks.forEach((chunk, i) => shards.push([i === 0 ? name : `${name}.${i}`, chunk]));
    if (!key.startsWith('~')) keys.push({ key, chunks: chunks.length });
  }
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { shards, list: frontCode(keys) };
}
