/**
 * The bracket conventions (xslt/text/conventions.xsl) follow the one table
 * documented in docs/text-edition.md, view by view, and the stylesheet
 * parameters override it. Each documented row is checked against what the
 * stylesheet actually prints for that element.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { renderCase } from './fixture-cases.js';
import { renderText, type View } from './run-text.js';

interface Row {
  kind: string;
  reading: string;
  diplomatic: string;
}

/** The rows of the documented table, between its markers; patterns are written in backticks, "(left out)" for the empty pattern. */
function documentedTable(): Row[] {
  const doc = readFileSync(path.join(repoRoot, 'docs', 'text-edition.md'), 'utf8');
  const table = /<!-- conventions:start -->([\s\S]*?)<!-- conventions:end -->/.exec(doc)?.[1];
  expect(table, 'the conventions table in docs/text-edition.md').toBeDefined();
  const cell = (s: string) => (s.trim() === '(left out)' ? '' : /^`(.*)`$/.exec(s.trim())![1]!);
  return table!
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => {
      const cells = l.split(/(?<!\\)\|/).slice(1, -1);
      return { kind: /`([^`]+)`/.exec(cells[0]!)![1]!, reading: cell(cells[2]!), diplomatic: cell(cells[3]!) };
    });
}

/** A marked stretch of each kind, with X as its content (or its number, for breaks). */
const SAMPLES: Record<string, string> = {
  supplied: '<supplied>X</supplied>',
  gap: '<gap/>',
  unclear: '<unclear>X</unclear>',
  del: '<del>X</del>',
  add: '<add>X</add>',
  surplus: '<surplus>X</surplus>',
  sic: '<sic>X</sic>',
  secl: '<secl>X</secl>',
  am: '<expan>Aug<am>X</am></expan>',
  'expan-part': '<expan>Zh<ex>X</ex></expan>',
  damage: '<damage>X</damage>',
  restore: '<restore>X</restore>',
  corr: '<corr>X</corr>',
  reg: '<reg>X</reg>',
  space: '<space/>',
  pb: '<pb n="X"/>',
  cb: '<cb n="X"/>',
  stamp: '<stamp>X</stamp>',
  event: '<incident><desc>X</desc></incident>',
};

/** What stands before the mark in the sample (am and ex sit inside a word). */
const LEAD: Record<string, string> = { am: 'Aug', 'expan-part': 'Zh' };

const doc = (inner: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>a ${inner} b</p></body></text></TEI>`;

/** The pattern applied to content X, as the documentation describes it. */
const apply = (pattern: string, content: string) => (pattern === '' ? '' : pattern.replace('{}', content));

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('bracket conventions', () => {
  const rows = documentedTable();

  it('documents every kind the stylesheet knows, once', () => {
    expect(rows.map((r) => r.kind).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  for (const row of rows) {
    it(`${row.kind}: prints as documented in both views`, () => {
      const edition = renderText(doc(SAMPLES[row.kind]!), { header: 'no' });
      expect(edition.errors).toEqual([]);
      for (const view of ['reading', 'diplomatic'] as View[]) {
        const mark = apply(row[view], ['gap', 'space'].includes(row.kind) ? '' : 'X');
        expect(squeeze(edition[view]), `${row.kind} in the ${view} view`).toBe(squeeze(`a ${LEAD[row.kind] ?? ''}${mark} b`));
      }
    });
  }

  it('is overridden by the parameters: both views, then each view', () => {
    const def = renderCase('conventions', 'default');
    const over = renderCase('conventions', 'override');
    expect(def.reading).toContain('torn […] and here a word is faint.');
    expect(over.reading).toContain('torn <gap/> and here a word is faint(?).');
    expect(over.diplomatic).toContain('torn <gap/> and here a word is faint(?).');
    expect(over.reading).toContain('but ⟨will do so⟩ on');
    expect(over.diplomatic).toContain('but [will do so] on');
    expect(over.reading).toContain('struck -this word- and');
    // An empty pattern leaves the stretch out, and the drop report says so.
    expect(over.diplomatic).toContain('and added , wrote');
    expect(over.drops!.dropped.diplomatic.map((d) => d.element)).toContain('add');
    expect(over.drops!.parameters['conventions-diplomatic']).toBe('add=');
  });

  it('prints a stamp as "[stamp: date]" in the reading view and as printed, "[stamp] date", in the diplomatic view', () => {
    const { reading, diplomatic } = renderCase('stamp');
    expect(reading).toContain('[stamp: 26 June 1970]');
    expect(diplomatic).toContain('[stamp] 26 June 1970');
    expect(reading).toContain('Received and filed [stamp: No. 4711]; the second stamp [stamp] is illegible.');
  });
});
