/**
 * The critical apparatus in the text edition (xslt/text/notes.xsl over
 * xslt/common/apparatus.xsl), in both views: marks "[aN]" where the reader
 * meets them, then under APPARATUS the witnesses with their sigla and each
 * entry with its location, lemma, readings, sigla, and type and cause in
 * braces; in the three methods of the Guidelines (fixtures in
 * tests/fixtures/html/apparatus*), and over a real edition from ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { renderFile } from './run-text.js';

noteSkip('the text apparatus test over ../shared/genres');

const fixture = (name: string) => path.join(repoRoot, 'tests', 'fixtures', 'html', name, 'input.xml');
/** The lines from APPARATUS on, blank lines left out. */
const apparatus = (text: string) => text.slice(text.indexOf('APPARATUS')).split('\n').filter((l) => l.trim() !== '');

describe('text edition: apparatus', () => {
  it('location-referenced: the base text unchanged, marked; entries give the line, the lemma quoted, type and cause', () => {
    const edition = renderFile(fixture('apparatus-location'));
    for (const view of [edition.reading, edition.diplomatic]) {
      expect(view).toContain('Whan that Aprill with his shoures soote[a1]\nThe droghte of March hath perced to the roote[a2]\n');
      expect(apparatus(view)).toEqual([
        'APPARATUS',
        'Hg = Hengwrt manuscript',
        'El = Ellesmere manuscript',
        '[a1] 1 Aprill] Aprille (El) {orthographic}',
        '[a2] The drought of Marche (Hg) {substantive; cause: eye skip}',
        '[a3] 2 perced] percede (El)',
      ]);
    }
  });

  it('double end-point: marks at the end of each lemma in text order, the lemma taken from the text between the points', () => {
    const edition = renderFile(fixture('apparatus-double-end-point'));
    for (const view of [edition.reading, edition.diplomatic]) {
      expect(view).toContain('The river ran swift and cold[a1] past the mill, and the miller[a2] watched it.');
      expect(apparatus(view).slice(4)).toEqual([
        '[a1] swift and cold] swift and colde (B) {orthographic}; om. (C) {cause:',
        '     homeoteleuton}',
        '[a2] the miller] his wife (C) {substantive}',
      ]);
    }
    // The listApp in back is in the apparatus, not in the running text.
    expect(edition.reading.slice(0, edition.reading.indexOf('APPARATUS'))).not.toContain('colde');
  });

  it('parallel segmentation: the lemma stands in the text; the reading types are given', () => {
    const view = renderFile(fixture('apparatus')).reading;
    expect(view).toContain('cold[a1]');
    expect(apparatus(view)).toContain('[a1] cold (A, B)] wet (C) {substantive}');
  });

  it.skipIf(!hasShared)('pta0039: one entry per app, witnesses O M V listed, causes given', () => {
    const file = shared('genres', 'apparatus', 'pta0039-homilia-dominica-grc2.xml');
    const apps = (readFileSync(file, 'utf8').match(/<app[\s>]/g) ?? []).length;
    const lines = apparatus(renderFile(file).reading);
    expect(lines.slice(1, 4).map((l) => l.split(' = ')[0])).toEqual(['O', 'M', 'V']);
    const entries = lines.filter((l) => /^\[a\d+\] /.test(l));
    expect(entries.length).toBe(apps);
    expect(lines.join('\n')).toContain('{cause: orthographic}');
  }, 300_000);
});
