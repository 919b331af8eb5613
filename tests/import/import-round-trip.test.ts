/**
 * Drafts render through the HTML and text editions like any other document
 * (renderDocument), and the text edition's diplomatic view has every word of
 * the record (notes move to the end there, numbered, so order is not compared
 * and footnote markers such as "x/" are replaced by the edition's numbers).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { words } from '../helpers/words.js';
import { importCase } from './fixture-case.js';

describe('round trip: drafts through the editions', () => {
  for (const { name, dir } of fixtureCases('import')) {
    it(`renders the ${name} draft as HTML and text`, () => {
      const { text, result } = importCase(dir, name);
      const file = path.join(dir, 'draft.xml');
      const parsed = parseSource(decodeSource(file, new TextEncoder().encode(result.xml!)).source!).parsed!;
      const rendered = renderDocument(parsed, name);
      expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const html = rendered.files.find((f) => f.path === `html/${name}.html`)?.content as string;
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      const diplomatic = rendered.files.find((f) => f.path === `text/${name}.diplomatic.txt`)?.content as string;
      const { firstLine, lastLine } = result.report.record;
      const source = firstLine ? words(text.split(/\r?\n/).slice(firstLine - 1, lastLine).join('\n')) : [];
      const markers = new Set(words(result.report.decisions.filter((d) => d.rule === 'footnote').map((d) => d.text).join(' ')));
      const printed = new Set(words(diplomatic));
      expect(source.filter((w) => !printed.has(w) && !markers.has(w))).toEqual([]);
    }, 60_000);
  }
});
