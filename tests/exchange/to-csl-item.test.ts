/**
 * CSL-JSON items: the citation facts spelled as the CSL input schema wants
 * them, checked against that schema's definitions (csl-item.schema.json).
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocumentData } from '../../src/collection/derive-document-data.js';
import { cslDate, toCslItem } from '../../src/exchange/to-csl-item.js';

const schema = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'csl-item.schema.json'), 'utf8')) as object;
const validateCsl = new Ajv({ allErrors: true }).compile(schema);

const data = (citation: Partial<DocumentData['citation']>, metadata: Partial<DocumentData['metadata']> = {}): DocumentData => ({
  name: 'letters/a',
  metadata: { id: null, title: null, subtitle: [], authors: [], editors: [], translators: [], date: null, dateIso: null, place: null, summary: null, keywords: [], languages: [], repository: null, settlement: null, callNumbers: [], source: null, publisher: null, editionDate: null, licence: null, rights: [], ids: [], ...metadata },
  citation: { authors: [], translators: [], editors: [], title: '', date: '', dateIso: '', archive: '', archivePlace: '', callNumber: '', container: '', publisher: '', editionDate: '', editionUrl: '', ...citation },
  entities: [],
  text: '',
});

describe('toCslItem', () => {
  it('writes an archival document as a manuscript with its archive, place and call number', () => {
    const item = toCslItem(data({
      title: 'Kennan to Leopold', authors: [{ family: 'Kennan', given: 'George F.' }, { literal: 'Policy Planning Staff' }], translators: [{ family: 'Ruiz', given: '' }],
      dateIso: '1957-03-21', date: '21 March 1957', archive: 'Mudd Library', archivePlace: 'Princeton', callNumber: 'MC 076', editionUrl: 'https://example.org/a',
    }, { summary: 'Declines.', keywords: ['history', 'series'] }));
    expect(item).toEqual({
      id: 'letters/a', type: 'manuscript', title: 'Kennan to Leopold',
      author: [{ family: 'Kennan', given: 'George F.' }, { literal: 'Policy Planning Staff' }], translator: [{ family: 'Ruiz' }],
      issued: { 'date-parts': [[1957, 3, 21]] }, archive: 'Mudd Library', 'archive-place': 'Princeton', archive_location: 'MC 076',
      abstract: 'Declines.', keyword: 'history, series', URL: 'https://example.org/a',
    });
    expect(validateCsl([item]), JSON.stringify(validateCsl.errors)).toBe(true);
  });

  it('writes a document without archive as a document, with only what is known (never accessed)', () => {
    const item = toCslItem(data({}, { title: 'Only a title' }));
    expect(item).toEqual({ id: 'letters/a', type: 'document', title: 'Only a title' });
    expect(validateCsl([item])).toBe(true);
  });
});

describe('cslDate', () => {
  it('reads years, months and days, BCE years and dateTimes; keeps anything else as a literal', () => {
    expect(cslDate('1958-11', '')).toEqual({ 'date-parts': [[1958, 11]] });
    expect(cslDate('1958', '')).toEqual({ 'date-parts': [[1958]] });
    expect(cslDate('-0044-03-15', '')).toEqual({ 'date-parts': [[-44, 3, 15]] });
    expect(cslDate('1957-03-21T10:00:00Z', '')).toEqual({ 'date-parts': [[1957, 3, 21]] });
    expect(cslDate('1957-13-01', 'Spring 1957')).toEqual({ literal: 'Spring 1957' });
    expect(cslDate('', 'about 1900')).toEqual({ literal: 'about 1900' });
    expect(cslDate('', '')).toBeUndefined();
  });
});
