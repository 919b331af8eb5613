/**
 * Conformance with jing on the shared data: for every XML file in
 * ../shared/corpus and ../shared/validation, our RELAX NG verdict against
 * tei_all.rng equals jing's (jing-verdicts.tsv), except the files listed in
 * known-differences.tsv with their reason; on the invalid variants whose
 * expected layer is rng, error counts and first error lines equal jing's.
 * Malformed files are not RELAX NG-validated (the wf layer rejects them).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/load-source.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadRngSchema, validateRng, type RngSchema } from '../../src/relaxng/index.js';

const SHARED = path.resolve('../shared');
const present = existsSync(path.join(SHARED, 'validation/jing-verdicts.tsv'));
if (!present) console.warn(`${SHARED} is absent: skipping the RELAX NG agreement test against jing's verdicts`);

const tsv = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

describe.skipIf(!present)('RELAX NG agreement with jing on ../shared', () => {
  let schema: RngSchema;
  const verdicts = present ? tsv(path.join(SHARED, 'validation/jing-verdicts.tsv')) : [];
  const known = new Map(tsv(path.resolve('tests/relaxng/known-differences.tsv')).map(([file, reason]) => [file!, reason!]));
  const expectedLayer = present ? new Map(tsv(path.join(SHARED, 'validation/invalid/MANIFEST.tsv')).map(([f, layer]) => [`validation/invalid/${f}`, layer!])) : new Map<string, string>();

  beforeAll(async () => {
    const loaded = await loadRngSchema(path.join(SHARED, 'schema/tei_all.rng'), { cacheDir: mkdtempSync(path.join(os.tmpdir(), 'rng-agree-')) });
    expect(loaded.diagnostics).toEqual([]);
    schema = loaded.schema!;
  });

  async function validate(file: string) {
    const src = await loadSource(path.join(SHARED, file));
    const parsed = parseXml(file, src.source!.text);
    return { document: parsed.document, found: parsed.document ? validateRng(parsed.document, file, schema) : undefined };
  }

  it('covers every shared XML file', () => {
    expect(verdicts.length).toBeGreaterThan(140);
    for (const file of known.keys()) expect(verdicts.map((v) => v[0]), `${file} in known-differences.tsv`).toContain(file);
  });

  for (const [file, verdict, count, first] of verdicts) {
    if (verdict === 'malformed') continue;
    const reason = known.get(file!);
    it(`${file}: ${reason ? 'differs from jing as documented' : `verdict ${verdict}, ${count} errors, as jing`}`, async () => {
      const { document, found } = await validate(file!);
      expect(found, 'well-formed').toBeDefined();
      const ours = found!.length ? 'invalid' : 'valid';
      if (reason) {
        // Still a DOCTYPE/XInclude file, and still different: once it agrees, drop it from the list.
        expect(document!.doctype !== undefined || /xi:?include/i.test(reason)).toBe(true);
        expect(`${ours}/${found!.length}`).not.toBe(`${verdict}/${count}`);
        return;
      }
      expect(ours).toBe(verdict);
      if (verdict === 'invalid') {
        const jingLine = Number(/:(\d+):\d+: error/.exec(first!)?.[1]);
        expect(found![0]!.line, 'first error line').toBe(jingLine);
      }
      // Required for the invalid variants caught by rng; the corpus agrees too, so hold it to the same bar.
      expect(found!.length, expectedLayer.get(file!) === 'rng' ? 'error count (rng variant)' : 'error count').toBe(Number(count));
    });
  }
});
