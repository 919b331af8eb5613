/**
 * The fixture records of tests/fixtures/import/: records written for these
 * tests (no archive text), one or more per convention the importer knows.
 * Each imports to its expected TEI and report, is valid against the project
 * schemas (and tei_all where ../shared is present), and keeps every word of
 * its input, in order, in its diplomatic text.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile, expectJsonFile, fixtureCases } from '../helpers/fixtures.js';
import { lcsLength, missingWords, words } from '../helpers/words.js';
import { importCase } from './fixture-case.js';
import { readPhenomena } from './phenomena.js';
import { problems, validateDraft } from './validate-draft.js';

const cases = fixtureCases('import');

describe('import fixtures', () => {
  it('has a fixture for every convention of the issue', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining([
      'sic-mark', 'supplied-words', 'part-word-expansions', 'identifications', 'romanisations', 'omissions', 'uncertain-readings',
      'stamps', 'handwriting', 'notes', 'remarks', 'speaker-labels', 'participant-list', 'headers', 'letter-spaced', 'dates',
      'distribution', 'numbered-points', 'page-layout', 'unrecognised-brackets', 'titled-names', 'measures',
    ]));
  });

  for (const { name, dir } of cases) {
    describe(name, () => {
      const { text, result } = importCase(dir, name);

      it('gives the expected draft and report', () => {
        expect(result.xml).toBeDefined();
        expectFile(result.xml!, path.join(dir, 'expected.xml'));
        const { summary, unrecognised, dropped, decisions, lostWords } = result.report;
        expectJsonFile({ summary, unrecognised, dropped, lostWords, decisions }, path.join(dir, 'expected.report.json'));
      });

      it('is valid against the project schemas and tei_all', async () => {
        const { project, teiAll } = await validateDraft(result.xml!, `${name}.xml`);
        expect(problems(project)).toEqual([]);
        expect(problems(teiAll)).toEqual([]);
      });

      it('keeps every word of the record, in order', () => {
        const { firstLine, lastLine } = result.report.record;
        const source = firstLine ? words(text.split(/\r?\n/).slice(firstLine - 1, lastLine).join('\n')) : [];
        const draft = readPhenomena(result.xml!).words;
        expect(missingWords(source, draft)).toEqual([]);
        expect(lcsLength(source, draft)).toBe(source.length);
      });
    });
  }
});
