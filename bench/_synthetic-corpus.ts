/**
 * A synthetic collection for bench/build.ts: `count` documents made by
 * cycling through the given sources, each copy with its xml:id values (and
 * the "#id" pointers to them) suffixed, so that no two documents share ids
 * and the collection's entity indexes see distinct documents.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Rewrites the ids of `xml` (and local pointers to them) with `suffix`. */
function rewriteIds(xml: string, suffix: string): string {
  const ids = new Set([...xml.matchAll(/\sxml:id\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!));
  if (ids.size === 0) return xml;
  // Attribute values in start tags only: a pointer token "#id" whose id is local gets the suffix too.
  return xml.replace(/(<[A-Za-z_][^<>]*?>)/g, (tag) =>
    tag.replace(/(\s[\w:.-]+\s*=\s*)(["'])([^"']*)\2/g, (_all, name: string, quote: string, value: string) => {
      const rewritten = /xml:id\s*=\s*$/.test(name)
        ? (ids.has(value) ? value + suffix : value)
        : value.split(/(\s+)/).map((token) => (token.startsWith('#') && ids.has(token.slice(1)) ? token + suffix : token)).join('');
      return `${name}${quote}${rewritten}${quote}`;
    }));
}

/** Writes `count` documents into `dir` (flat, `doc-0001.xml`…); returns their total size in bytes. */
export function writeSyntheticCorpus(sources: readonly string[], count: number, dir: string): number {
  mkdirSync(dir, { recursive: true });
  const texts = sources.map((s) => readFileSync(s, 'utf8'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / texts.length);
    const text = round === 0 ? texts[i % texts.length]! : rewriteIds(texts[i % texts.length]!, `-s${round}`);
    const file = path.join(dir, `doc-${String(i + 1).padStart(4, '0')}.xml`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
