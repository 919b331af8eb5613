/**
 * The document's collection entry: made with its page (header facts and
 * entities from the exchange data, passages from the page), and read back
 * only when it is an entry of this format.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_FORMAT, entryPath, parseEntry } from '../../src/collection/document-entry.js';
import { caseEntries } from './fixture-collection.js';

describe('documentEntry', () => {
  const entries = caseEntries('letters');
  const kennan = entries.find((e) => e.name === 'letters/kennan-1957')!;

  it('is written with the page, under the build’s own folder', () => {
    expect(entryPath('letters/kennan-1957')).toBe('.tei-edition/collection/letters/kennan-1957.json');
    expect(entries.map((e) => e.name)).toEqual(['letters/acheson-1956', 'letters/kennan-1957', 'notes/lighthouse', 'sutra']);
  });

  it('holds the header facts and entities of the exchange data, and the page’s passages and anchors', () => {
    expect(kennan.format).toBe(ENTRY_FORMAT);
    expect(kennan.metadata).toMatchObject({ title: 'George F. Kennan to Richard Hall on containment', dateIso: '1957-03-21', keywords: ['Cold War', 'Foreign policy'] });
    expect(kennan.entities.map((e) => [e.id, e.kind, e.idnos])).toEqual([
      ['gfk', 'person', [{ type: 'wikidata', value: 'Q295981' }]],
      ['hall', 'person', []],
      ['moscow', 'place', [{ type: 'geonames', value: '524901' }]],
      ['dc', 'place', [{ type: 'geonames', value: '4140963' }]],
    ]);
    expect(kennan.page.passages.map((p) => p.id)).toEqual(['te-text', 'p1', 'p2', 'p3', 'te-note-1']);
    expect(Object.keys(kennan.page.entries)).toEqual(['gfk', 'hall', 'moscow', 'dc']);
  });
});

describe('parseEntry', () => {
  it('reads an entry of this format', () => {
    const [entry] = caseEntries('letters');
    expect(parseEntry(JSON.stringify(entry), 'x').entry).toEqual(entry);
  });

  it('gives a warning, never an exception, for anything else', () => {
    for (const text of ['', '{', 'null', '{"format":0,"name":"a","page":{"passages":[]}}', '{"format":1,"name":"a"}']) {
      const { entry, diagnostics } = parseEntry(text, 'e.json');
      expect(entry).toBeUndefined();
      expect(diagnostics).toMatchObject([{ severity: 'warning', ruleId: 'collection.entry-unreadable', file: 'e.json' }]);
    }
  });
});
