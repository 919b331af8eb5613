/**
 * docs/encoding.md promises that every XML snippet in it is copied from the
 * first record. This keeps the guidelines and the record from drifting apart:
 * each ```xml block, split at its `<!-- … -->` elisions, must occur in the
 * record in order (white space compared loosely, since snippets are
 * re-indented).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RECORD_PATH } from './record-helpers.js';

const DOC_PATH = fileURLToPath(new URL('../../docs/encoding.md', import.meta.url));
const ELISION = '<!-- … -->';

/** White space collapsed to one space, and removed between tags. */
function loose(xml: string): string {
  return xml.replace(/\s+/g, ' ').replace(/>\s+</g, '><').trim();
}

/** Where each piece of the snippet occurs in the record, in order; -1 for the first piece not found. */
function locate(record: string, snippet: string): { piece: string; at: number }[] {
  let from = 0;
  const found: { piece: string; at: number }[] = [];
  for (const piece of snippet.split(ELISION).map(loose).filter(Boolean)) {
    const at = record.indexOf(piece, from);
    found.push({ piece, at });
    if (at < 0) break;
    from = at + piece.length;
  }
  return found;
}

const doc = readFileSync(DOC_PATH, 'utf8');
const snippets = [...doc.matchAll(/```xml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/encoding.md', () => {
  it('has XML snippets for the phenomena it documents', () => {
    expect(snippets.length).toBeGreaterThan(40);
  });

  it('copies every XML snippet from the record', () => {
    const record = loose(readFileSync(RECORD_PATH, 'utf8'));
    const missing = snippets
      .map((snippet) => locate(record, snippet).find((f) => f.at < 0)?.piece)
      .filter((piece): piece is string => piece !== undefined);
    expect(missing).toEqual([]);
  });

  it('detects a snippet that is not in the record (the check can fail)', () => {
    const record = loose(readFileSync(RECORD_PATH, 'utf8'));
    expect(locate(record, '<said who="#zakharov" direct="true">').some((f) => f.at < 0)).toBe(true);
    // Pieces must also come in the record's order.
    expect(locate(record, `<p xml:id="p17">${ELISION}<p xml:id="p2">`).some((f) => f.at < 0)).toBe(true);
  });
});
