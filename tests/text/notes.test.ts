/**
 * Notes (xslt/text/notes.xsl): editorial notes numbered "[1]" in the text
 * and listed as endnotes, in order, each number once; the author's remarks
 * inline; note types left out by parameter, anchor and all; numbering per
 * view without gaps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesRoot } from '../helpers/fixtures.js';
import { renderCase } from './fixture-cases.js';
import { renderText } from './run-text.js';

/** The anchors in the text before NOTES, and the numbers listed after it. */
function split(text: string) {
  const at = text.indexOf('\nNOTES\n');
  const before = at < 0 ? text : text.slice(0, at);
  const after = at < 0 ? '' : text.slice(at);
  return {
    anchors: [...before.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])),
    listed: [...after.matchAll(/^\[(\d+)\] /gm)].map((m) => Number(m[1])),
    notes: after,
  };
}

describe('notes', () => {
  const { reading, diplomatic } = renderCase('notes');

  it('numbers editorial notes in the text and lists each once, in the same order, without gaps', () => {
    for (const text of [reading, diplomatic]) {
      const { anchors, listed } = split(text);
      expect(anchors.length).toBeGreaterThan(1);
      expect(anchors).toEqual(anchors.map((_, i) => i + 1));
      expect(listed).toEqual(anchors);
    }
  });

  it('lists a note of several paragraphs with its later paragraphs under the first', () => {
    const { notes } = split(reading);
    expect(notes).toContain('[2] A note of two paragraphs: the first.\n\n    And the second.');
  });

  it('keeps the author\'s remark inline, where he wrote it, unnumbered', () => {
    expect(reading).toContain('he said (he did not say which).');
    expect(split(reading).notes).not.toContain('he did not say which');
  });

  it('leaves out a note type named in drop-note-types, anchor and body', () => {
    expect(reading).not.toContain('Check the figure against the map.');
    expect(reading).toContain('The border is long and the line short[2].');
    // Without the parameter the note is there.
    const all = renderText(readFileSync(path.join(fixturesRoot, 'text', 'notes', 'input.xml'), 'utf8'), {});
    expect(all.reading).toContain('Check the figure against the map.');
  });

  it('numbers per view: a note in text a view does not show is not numbered in that view', () => {
    expect(split(reading).listed).toHaveLength(2);
    expect(split(diplomatic).listed).toHaveLength(4);
    expect(diplomatic).toContain('The need[3] socialist');
    expect(diplomatic).toContain('⟦a deleted passage[4]⟧');
  });
});

describe('note calls and references to notes', () => {
  const { reading, diplomatic } = renderCase('quotation-marks-kept');

  it('joins a note call to the word before it where the reading leaves out the word it follows, never leaving it between spaces', () => {
    expect(reading).toContain('The unity of the[1] socialist system.');
    expect(diplomatic).toContain('The unity of the need[1] socialist system.');
    for (const text of [reading, diplomatic]) expect(text).not.toMatch(/ \[\d+\] /);
  });

  it('gives a reference to a note the note’s number', () => {
    expect(split(reading).notes).toContain('[2] See the note above[1].');
  });
});

describe('quotation marks follow the header’s rule', () => {
  it('adds none in either view where the header says every mark is printed (marks="all")', () => {
    const { reading, diplomatic } = renderCase('quotation-marks-kept');
    expect(reading).toContain('With China, says “Kim”, we keep good relations.');
    expect(diplomatic).toContain('With China, says “Kim”, we keep good relations.');
  });

  it('marks direct speech in the reading view only, where the header does not say so', () => {
    const { reading, diplomatic } = renderCase('quotation-marks-default');
    expect(reading).toContain('“With China”, says “Kim”, “we keep ‘good’ relations”.');
    expect(diplomatic).toContain('With China, says “Kim”, we keep good relations.');
  });
});
