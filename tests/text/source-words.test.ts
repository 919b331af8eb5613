/**
 * The reference side of the corpus word check (source-words.ts), on a fixture
 * that needs no ../shared: a facsimile line (a rule of the text edition only,
 * te:ruled-in-text-only) holding only deletions, one word split across two of
 * them. The check must count "if" as one word, as the edition renders it;
 * reading only every format's list (te:ruled-names) took the line for an
 * unknown element, parted its children and reported "i" and "f" missing from
 * the diplomatic view (the failure that reverted the xslt-cleanup merge).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { fixturesRoot } from '../helpers/fixtures.js';
import { renderText } from './run-text.js';
import { comparableWords, missingFrom, sourceWords } from './source-words.js';

const file = path.join(fixturesRoot, 'text', 'facsimile-deletions', 'input.xml');
const xmlText = readFileSync(file, 'utf8');

describe('source words', () => {
  it('keeps a word split across two deletions on a facsimile line whole', () => {
    const { document } = parseXml(file, xmlText);
    const found = sourceWords(document!, new Set(), xmlText);
    expect(found).toContain('if');
    expect(found).not.toContain('f');
  });

  it('finds every word of the facsimile fixture in both views, but what the drop report lists', () => {
    const edition = renderText(xmlText, { name: 'doc' }, file);
    const { document } = parseXml(file, xmlText);
    for (const view of ['reading', 'diplomatic'] as const) {
      const excluded = new Set(edition.drops!.dropped[view].flatMap((entry) => entry.at));
      expect({ view, missing: missingFrom(sourceWords(document!, excluded, xmlText), comparableWords(edition[view])) }).toEqual({ view, missing: [] });
    }
  });
});
