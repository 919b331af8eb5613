/**
 * The name rules scored on records written for them (tests/fixtures/import/
 * record-*), not only on the archive's record: each fixture's key-names.tsv
 * lists, by hand, every name a reader would tag in the record (kind and
 * printed form). The drafts, made without a names file, are scored against
 * these keys per kind of name, over all the fixtures together.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, getAttribute } from '../../src/parse/xml-tree.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { words } from '../helpers/words.js';
import { importCase } from './fixture-case.js';
import { readPhenomena } from './phenomena.js';

const KINDS = ['persName', 'placeName', 'orgName'] as const;
const cases = fixtureCases('import').filter((c) => existsSync(path.join(c.dir, 'key-names.tsv')));

/** The names of a draft's text as "kind: words" (the words as printed, by the test's own reading of the XML). */
function draftNames(xml: string): string[] {
  const { document } = parseXml('draft.xml', xml);
  const text = [...descendantElements(document!)].find((e) => e.local === 'text')!;
  return [...descendantElements(text)].filter((e) => (KINDS as readonly string[]).includes(e.local) && getAttribute(e, 'ref')).map((e) => {
    // A title printed with a name (roleName) and the translator's "[sic]" are not part of the name.
    const element = xml.slice(e.start, xml.indexOf(`</${e.name}>`, e.start) + e.name.length + 3).replace(/<roleName>[^<]*<\/roleName>/gu, '');
    const wrapped = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>${element}</p></body></text></TEI>`;
    return `${e.local}: ${readPhenomena(wrapped).words.filter((w) => w !== 'sic').join(' ')}`;
  });
}

describe('the name rules on fixtures written for them', () => {
  it('has at least twelve record fixtures with a key', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('finds each kind of name with recall of at least 0.8 and precision of at least 0.9, without a names file', () => {
    const totals = Object.fromEntries(KINDS.map((k) => [k, { expected: 0, found: 0, matched: 0 }]));
    const misses: string[] = [];
    for (const { name, dir } of cases) {
      const key = readFileSync(path.join(dir, 'key-names.tsv'), 'utf8').trim().split('\n').map((l) => {
        const [kind, form] = l.split('\t');
        return `${kind}: ${words(form!).join(' ')}`;
      });
      const found = draftNames(importCase(dir, name).result.xml!);
      const pool = [...key];
      for (const f of found) {
        const kind = f.split(':')[0]!;
        totals[kind]!.found++;
        const i = pool.indexOf(f);
        if (i >= 0) {
          pool.splice(i, 1);
          totals[kind]!.matched++;
        } else misses.push(`${name}: extra ${f}`);
      }
      for (const k of key) totals[k.split(':')[0]!]!.expected++;
      misses.push(...pool.map((p) => `${name}: missed ${p}`));
    }
    const rows = KINDS.map((k) => {
      const t = totals[k]!;
      return `${k.padEnd(9)} expected ${String(t.expected).padStart(3)}  found ${String(t.found).padStart(3)}  matched ${String(t.matched).padStart(3)}  recall ${(t.matched / t.expected).toFixed(3)}  precision ${(t.matched / t.found).toFixed(3)}`;
    });
    console.log(`names of the record fixtures without a names file:\n${rows.join('\n')}\n${misses.join('\n')}`);
    for (const k of KINDS) {
      const t = totals[k]!;
      expect(t.matched / t.expected, k).toBeGreaterThanOrEqual(0.8);
      expect(t.matched / t.found, k).toBeGreaterThanOrEqual(0.9);
    }
  });
});
