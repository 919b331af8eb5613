/**
 * Long documents of other projects (../shared/genres/long/, skipped where
 * absent): each is built with the default threshold and must come out as a
 * contents page and parts, every part under about the threshold, every link
 * of the output reaching its file and id, and every note on the part of its
 * anchor.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/pipeline/build-edition.js';
import { DEFAULT_SPLIT_ABOVE } from '../../src/pipeline/split-long-page.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { brokenLinks } from './check-links.js';

noteSkip('the long documents of ../shared/genres/long/');
const folder = shared('genres', 'long');
const sources = hasShared && existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.xml')).sort() : [];

describe.skipIf(sources.length === 0)('long documents of ../shared/genres/long/', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'tei-edition-long-shared-'));
  beforeAll(async () => {
    await buildEdition([folder], { outDir: out, layers: ['wf'], formats: ['html'], jobs: 1 });
  }, 300_000);

  for (const source of sources) {
    const name = source.replace(/\.xml$/, '');
    it(`${name}: a contents page and parts, each under about the threshold`, () => {
      const parts = readdirSync(path.join(out, 'html')).filter((f) => f.startsWith(`${name}.part-`));
      expect(parts.length).toBeGreaterThan(1);
      expect(statSync(path.join(out, 'html', `${name}.html`)).size).toBeLessThan(DEFAULT_SPLIT_ABOVE / 10);
      // A part is one top-level division: "about" the threshold allows one division somewhat longer than it.
      for (const part of parts) expect(statSync(path.join(out, 'html', part)).size, part).toBeLessThan(DEFAULT_SPLIT_ABOVE * 1.2);
    });

    it(`${name}: notes on the part of their anchor`, () => {
      for (const part of readdirSync(path.join(out, 'html')).filter((f) => f.startsWith(`${name}.part-`))) {
        const nodes = findAll(() => true, parseDocument(readFileSync(path.join(out, 'html', part), 'utf8')).children);
        const ids = new Set(nodes.flatMap((e) => e.attribs.id ?? []));
        const refs = nodes.filter((e) => e.name === 'a' && /\b(note-ref|app-ref)\b/.test(e.attribs.class ?? ''));
        for (const ref of refs) expect(ids.has(ref.attribs.href!.slice(1)), `${part}: ${ref.attribs.href}`).toBe(true);
      }
    });
  }

  it('every link of the output reaches its file and id', () => {
    expect(brokenLinks(path.join(out, 'html'))).toEqual([]);
  });
});
