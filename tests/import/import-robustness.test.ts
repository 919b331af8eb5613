/**
 * The importer on hostile and odd input: unbalanced and nested brackets,
 * brackets over paragraphs, empty input, a 5 MB input, binary garbage. Each
 * gives a draft or a clear diagnostic, never an exception; and, for any
 * text (fast-check), the words of the input survive into the draft.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRecord, importText } from '../../src/import/import-record.js';
import { lcsLength, missingWords, words } from '../helpers/words.js';
import { readPhenomena } from './phenomena.js';
import { problems, validateDraft } from './validate-draft.js';

const recordWords = (text: string, report: { record: { firstLine?: number; lastLine?: number } }) =>
  report.record.firstLine ? words(text.split(/\r\n|\r|\n/).slice(report.record.firstLine - 1, report.record.lastLine).join('\n')) : [];

/** Imports `text` and checks the two invariants: the record's words in order in the text, all input words somewhere in the draft. */
function expectWordsKept(text: string) {
  const result = importText(text, { file: 'input.txt', today: '2026-01-01' });
  expect(result.xml, 'a draft').toBeDefined();
  const draft = readPhenomena(result.xml!).words;
  const source = recordWords(text, result.report);
  expect(missingWords(source, draft)).toEqual([]);
  expect(result.report.lostWords).toEqual([]);
  const everywhere = new Map<string, number>();
  for (const w of words(result.xml!.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))) everywhere.set(w, (everywhere.get(w) ?? 0) + 1);
  const droppedWords = words(result.report.dropped.map((d) => d.text).join(' '));
  for (const w of droppedWords) everywhere.set(w, (everywhere.get(w) ?? 0) + 1);
  for (const w of words(text)) {
    const n = everywhere.get(w) ?? 0;
    expect(n, `the word ${JSON.stringify(w)} is somewhere in the draft`).toBeGreaterThan(0);
    everywhere.set(w, n - 1);
  }
  return result;
}

describe('robustness', () => {
  it('keeps unbalanced brackets as printed and reports them', async () => {
    const text = 'Note on the talks\n\nThe minister ]] said [[[ that the plan [was] ready ] and [ that [the [second] part] was late.\n\nThe end [of the [meeting.';
    const result = expectWordsKept(text);
    expect(result.report.unrecognised.map((u) => u.text)).toEqual(expect.arrayContaining([']', '[']));
    expect(problems((await validateDraft(result.xml!)).project)).toEqual([]);
  });

  it('keeps nesting of brackets', () => {
    const result = expectWordsKept('Letter\n\n[Ed. note: the margin bears [CPSU CC stamp: [[Secret]] No. 12]] The text begins here.');
    expect(result.xml).toMatch(/<note type="editor"[^>]*><seg type="label">Ed\. note:<\/seg> the margin bears <stamp type="cpsu-cc"[^>]*><seg type="label">(?:<orgName[^>]*>CPSU<\/orgName>|CPSU) CC stamp:<\/seg> <unclear[^>]*>Secret<\/unclear> No\. 12<\/stamp><\/note>/);
  });

  it('encodes a note whose brackets span paragraphs as one note', () => {
    const result = expectWordsKept('Report\n\nThe talks went well. [Translator\'s note: the next two paragraphs\n\nare crossed out in the original.] The delegation left.');
    expect(result.xml).toMatch(/<note type="translator"[^>]*><seg type="label">Translator's note:<\/seg> the next two paragraphs\n<lb\/>are crossed out in the original\.<\/note>/);
  });

  it('gives a draft with an empty body and a warning for empty input', async () => {
    for (const text of ['', '\n\n  \n', '\u00a0\t']) {
      const result = importText(text, { today: '2026-01-01' });
      expect(result.xml).toBeDefined();
      expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['import.empty-record']);
      expect(problems((await validateDraft(result.xml!)).project)).toEqual([]);
    }
  });

  it('refuses binary garbage with a diagnostic, not a crash', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const result = importRecord(bytes, { file: 'garbage.bin' });
    expect(result.xml).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', layer: 'import', ruleId: 'import.binary-input' })]);
    expect(result.diagnostics[0]!.message).toMatch(/looks binary .*expected the plain text of a record/);
  });

  it('reads windows-1252 input with a warning', () => {
    const bytes = Uint8Array.from([...Buffer.from('Note\n\nThe consul Mr. M'), 0xfc, ...Buffer.from('ller arrived.')]);
    const result = importRecord(bytes, { file: 'latin.txt', today: '2026-01-01' });
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('import.not-utf8');
    expect(result.xml).toContain('Müller');
  });

  it('imports a 5 MB input', () => {
    const paragraph = 'The delegation of Com. Kovalev [sic] arrived on 12 May 1951 and said that the 300 km of railway [will be] repaired (NB this is doubtful – my own remark). ';
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const p = `${i + 1}. ${paragraph.repeat(3)}`;
      paragraphs.push(p);
      size += p.length + 2;
    }
    const text = `Report on the railway\n\n${paragraphs.join('\n\n')}`;
    const started = performance.now();
    const result = importText(text, { today: '2026-01-01' });
    expect(result.xml).toBeDefined();
    expect(result.report.lostWords).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    console.log(`5 MB input (${text.length} characters): imported in ${((performance.now() - started) / 1000).toFixed(1)} s, draft ${(result.xml!.length / 1e6).toFixed(1)} MB`);
  }, 300_000);

  it('keeps the words of any text (property)', () => {
    const token = fc.oneof(
      fc.constantFrom('[', ']', '[[', ']]', '(', ')', '[sic]', '[…]', '[stamp]', 'Zh[ou]', '[said]', '“', '”', '’s', '–', ':', ';', '.', ',', '\n', '\n\n', 'x/', '____', '1.', 'Com.', 'Comrade', 'S H T Y K O V', '[handwritten]', '[Stamp:', '[Ed. note:', 'June 10, 1970', '24.III.50', '1300 km', '– my own remark)', '(NB', 'said that', 'says:', 'he', 'Kim', 'North (KIM):'),
      fc.stringMatching(/^[A-Za-zÀ-ÿ가-힣0-9]{1,8}$/),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        expectWordsKept(tokens.join(' '));
      }),
      { numRuns: 300 },
    );
  });
});
