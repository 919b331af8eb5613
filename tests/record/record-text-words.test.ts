/**
 * The plain-text edition keeps every word of the record, in order: the
 * diplomatic text's words, compared with the source's from "Ipn bu
 * 2602/8901" to "Pyongyang, 10 June 1970", ignoring only the translator's
 * bracket marks that became markup ("[sic]", "[stamp]", and the brackets of
 * "[will do so]", "[said]", "Zh[ou]").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { lcsLength, missingWords, words } from '../helpers/words.js';

const RECORD = path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml');

/**
 * Words with the translator's bracket marks set aside, applied alike to the
 * source and the editions (whose note anchors "[1]" are the edition's own).
 */
const markFree = (text: string) => words(text.replace(/\[\d+\]/g, ' ').replace(/\[(sic|stamp)\]/g, ' ').replace(/[[\]]/g, ''));

/** The record's own words in the published text. */
function sourceRecordWords(): string[] {
  const page = readFileSync(shared('source', '000_01c46b6d262fda6b.txt'), 'utf8');
  const from = page.indexOf('Ipn bu 2602/8901');
  const to = page.indexOf('Pyongyang, 10 June 1970') + 'Pyongyang, 10 June 1970'.length;
  expect(from).toBeGreaterThan(0);
  return markFree(page.slice(from, to));
}

describe.skipIf(!hasShared)('the record in the plain-text edition', () => {
  noteSkip('the record words test');
  let texts: Map<string, string>;

  beforeAll(() => {
    const loaded = decodeSource(RECORD, readFileSync(RECORD));
    const { parsed } = parseSource(loaded.source!);
    const rendered = renderDocument(parsed!, 'record', { formats: ['text'] });
    expect(rendered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    texts = new Map(rendered.files.map((f) => [f.path, String(f.content)]));
  });

  it('keeps every word of the record, in order, in the diplomatic text', () => {
    const source = sourceRecordWords();
    const edition = markFree(texts.get('text/record.diplomatic.txt')!);
    expect(missingWords(source, edition)).toEqual([]);
    expect(lcsLength(source, edition)).toBe(source.length);
  });

  it('differs from the source in the reading text only where the editors intervened', () => {
    const source = sourceRecordWords();
    const reading = markFree(texts.get('text/record.txt')!);
    // The reading text shows the editors' corrections: 56 → 5–6, "need" dropped, "of" → "for", "Marshall" → "Marshal".
    const missing = missingWords(source, reading).map((w) => w.replace(/@\d+$/, ''));
    expect(missing.sort()).toEqual(['56', 'Marshall', 'Marshall', 'need', 'of'].sort());
  });
});
