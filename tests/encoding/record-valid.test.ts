/**
 * The record is valid TEI P5 4.12.0: jing against tei_all.rng (the reference
 * oracle), and the Schematron rules embedded in tei_all, evaluated here
 * rule by rule with saxon-js. Both need ../shared; jing must be installed.
 * Each check is first run on a deliberately broken copy, to show it can fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SaxonNode } from 'saxon-js';
import { RECORD_PATH, TEI_ALL_RNG, TEI_ALL_SCH, TEI_NS, loadXml, xpath } from './record-helpers.js';

const jingAvailable = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
const rngPresent = existsSync(TEI_ALL_RNG);
const schPresent = existsSync(TEI_ALL_SCH);

const record = readFileSync(RECORD_PATH, 'utf8');
/** A copy with one grammar error (an unknown attribute) and two rule errors (@subtype without @type, @when with @notBefore). */
const broken = record
  .replace('<p xml:id="p3">', '<p xml:id="p3" bogus="1">')
  .replace('<note type="authorial" subtype="aside"', '<note subtype="aside"')
  .replace('<date when="1970-08-15">', '<date when="1970-08-15" notBefore="1970-08-01">');

const scratch = mkdtempSync(join(tmpdir(), 'tei-edition-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function jing(file: string): { status: number | null; stdout: string } {
  const run = spawnSync('jing', [TEI_ALL_RNG, file], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout };
}

describe.skipIf(!jingAvailable || !rngPresent)('RELAX NG: jing against tei_all.rng', () => {
  if (!jingAvailable) console.warn('skipped: jing is not installed');
  else if (!rngPresent) console.warn(`skipped: ${TEI_ALL_RNG} is absent`);

  it('reports an error in a broken copy (the check can fail)', () => {
    const file = join(scratch, 'broken.xml');
    writeFileSync(file, broken);
    const result = jing(file);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/bogus/);
  });

  it('reports nothing for the record and exits 0', () => {
    const result = jing(RECORD_PATH);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

const SCH_NS: Record<string, string> = {
  tei: TEI_NS,
  sch: 'http://purl.oclc.org/dsdl/schematron',
  xs: 'http://www.w3.org/2001/XMLSchema',
  rng: 'http://relaxng.org/ns/structure/1.0',
  teix: 'http://www.tei-c.org/ns/Examples',
  xsl: 'http://www.w3.org/1999/XSL/Transform',
};

/**
 * Fires every rule on every node its context matches (stricter than ISO
 * Schematron, where only the first matching rule of a pattern fires) and
 * returns one line per failed assert or successful report.
 */
async function schematronFailures(sch: SaxonNode, xml: string): Promise<string[]> {
  const doc = await loadXml(xml);
  const failures: string[] = [];
  for (const rule of xpath('//sch:rule', sch, SCH_NS) as SaxonNode[]) {
    const context = String(xpath('string(@context)', rule, SCH_NS)[0]);
    const lets = (xpath('sch:let', rule, SCH_NS) as SaxonNode[])
      .map((l) => `let $${String(xpath('string(@name)', l, SCH_NS)[0])} := (${String(xpath('string(@value)', l, SCH_NS)[0])}) return `)
      .join('');
    const checks = xpath('sch:assert | sch:report', rule, SCH_NS) as SaxonNode[];
    for (const node of xpath(`//(${context})`, doc, SCH_NS) as SaxonNode[]) {
      for (const check of checks) {
        const kind = String(xpath('local-name()', check, SCH_NS)[0]);
        const test = String(xpath('string(@test)', check, SCH_NS)[0]);
        const holds = xpath(`${lets}boolean(${test})`, node, SCH_NS)[0] === true;
        if (kind === 'assert' ? !holds : holds) {
          failures.push(`${context}: ${String(xpath('normalize-space(.)', check, SCH_NS)[0])}`);
        }
      }
    }
  }
  return failures;
}

describe.skipIf(!schPresent)('Schematron: the rules embedded in tei_all', () => {
  if (!schPresent) console.warn(`skipped: ${TEI_ALL_SCH} is absent`);

  let sch: SaxonNode;
  const rules = async (): Promise<SaxonNode> => (sch ??= await loadXml(readFileSync(TEI_ALL_SCH, 'utf8')));

  it('reads every rule of the extracted file (93 patterns, 98 rules, 103 tests)', async () => {
    const schema = await rules();
    expect(xpath('count(//sch:pattern)', schema, SCH_NS)[0]).toBe(93);
    expect(xpath('count(//sch:rule)', schema, SCH_NS)[0]).toBe(98);
    expect(xpath('count(//(sch:assert | sch:report))', schema, SCH_NS)[0]).toBe(103);
  });

  it('flags the broken copy (the check can fail)', async () => {
    const failures = await schematronFailures(await rules(), broken);
    expect(failures.some((f) => f.startsWith('tei:*[@subtype]'))).toBe(true);
    expect(failures.some((f) => f.startsWith('tei:*[@when]'))).toBe(true);
  });

  it('finds no failure in the record', async () => {
    expect(await schematronFailures(await rules(), record)).toEqual([]);
  });
});
