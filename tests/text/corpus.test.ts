/**
 * The text edition over the shared corpus (../shared/corpus): every
 * well-formed file is rendered without error, in both views, and the words
 * of its text all reach the edition, except the content of the elements the
 * drop report lists for that view. What still differs is listed, with its
 * reason, in corpus-exceptions.json, so that a new loss shows up as a
 * failure and a fixed one as a stale exception.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { loadForTransform, renderText, viewsDiffer, type View } from './run-text.js';
import { comparableWords, missingFrom, sourceWords } from './source-words.js';

interface CorpusException {
  file: string;
  view: View;
  /** Words the edition is allowed to lack, as the check reports them. */
  words: string[];
  reason: string;
}

const exceptions = JSON.parse(readFileSync(new URL('./corpus-exceptions.json', import.meta.url), 'utf8')) as CorpusException[];

const corpus = shared('corpus');
const files = hasShared ? globSync('**/*.xml', { cwd: corpus }).sort() : [];
noteSkip('the text edition corpus check');

// A FRUS volume of 3 MB takes seconds per view, more when the suite runs files in parallel on two cores.
describe.skipIf(!hasShared)('text edition over the shared corpus', { timeout: 600_000 }, () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const file of files) {
    const full = path.join(corpus, file);
    const { xmlText } = loadForTransform(full);
    // The malformed file is the parser's business: the pipeline never hands it to the stylesheet.
    if (xmlText === undefined) continue;
    it(`${file}: renders, and keeps every word not listed as dropped`, () => {
      const edition = renderText(xmlText, { name: 'doc' }, full);
      expect(edition.errors).toEqual([]);
      expect(edition.drops).toBeDefined();
      const { document } = parseXml(full, xmlText);
      expect(document).toBeDefined();
      for (const view of ['reading', 'diplomatic'] as const) {
        const excluded = new Set(edition.drops!.dropped[view].flatMap((entry) => entry.at));
        const missing = missingFrom(sourceWords(document!, excluded, xmlText), comparableWords(edition[view]));
        const allowed = exceptions.find((e) => e.file === file && e.view === view);
        expect({ file, view, missing: missing.filter((w) => !allowed?.words.includes(w)) }).toEqual({ file, view, missing: [] });
        // An exception whose words are all in the edition again is stale: remove it.
        if (allowed) expect(allowed.words.filter((w) => missing.includes(w)), `stale exception for ${file} (${view})`).toEqual(allowed.words);
      }
      // Where the stylesheet says the views cannot differ, the pipeline renders the text once and writes it twice.
      if (viewsDiffer(xmlText, { name: 'doc' }, full) === false) expect(edition.diplomatic, `${file}: views said not to differ`).toBe(edition.reading);
    });
  }

  it('lists no stale exceptions', () => {
    for (const e of exceptions) {
      expect(e.reason.length, `${e.file}: an exception needs its reason`).toBeGreaterThan(20);
      expect(files, `${e.file} is not in the corpus`).toContain(e.file);
    }
  });
});
