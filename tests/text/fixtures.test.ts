/**
 * Golden files of the text edition: each case in tests/fixtures/text/<case>/
 * holds input.xml, optional params.json (stylesheet parameters, or
 * "variants": name → parameters) and the expected reading text, diplomatic
 * text and drop report. UPDATE=1 rewrites the expectations, which are then
 * reviewed like code; the behaviour they show is asserted in the other test
 * files of this folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile, fixtureCases } from '../helpers/fixtures.js';
import { caseVariants } from './fixture-cases.js';
import { renderText } from './run-text.js';

const cases = fixtureCases('text');

describe('text edition fixtures', () => {
  it('has fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, dir } of cases) {
    for (const { variant, parameters } of caseVariants(dir)) {
      const suffix = variant ? `-${variant}` : '';
      it(`${name}${suffix ? ` (${variant})` : ''}`, () => {
        const edition = renderText(readFileSync(path.join(dir, 'input.xml'), 'utf8'), parameters, path.join(dir, 'input.xml'));
        expect(edition.errors).toEqual([]);
        expectFile(edition.reading, path.join(dir, `reading${suffix}.txt`));
        expectFile(edition.diplomatic, path.join(dir, `diplomatic${suffix}.txt`));
        expect(edition.dropsText).toBeDefined();
        expectFile(edition.dropsText ?? '', path.join(dir, `text-drops${suffix}.json`));
      });
    }
  }
});
