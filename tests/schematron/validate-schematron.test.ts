import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadSchematron, validateSchematron } from '../../src/schematron/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-validate-sch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 's.sch');
writeFileSync(
  file,
  `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
    <pattern id="p">
      <rule context="item"><report test="@n = preceding-sibling::item/@n" id="dup">item <value-of select="@n"/> repeats</report></rule>
    </pattern>
  </schema>`,
);

describe('validateSchematron', async () => {
  const { schema } = await loadSchematron({ sch: [file] }, { cacheDir: path.join(dir, 'cache') });
  const run = (text: string) => {
    const parsed = parseXml('d.xml', text);
    return validateSchematron({ document: parsed.document!, text: parsed.transformText! }, 'd.xml', schema!);
  };

  it('reports at the line and column of the node, with its XPath', () => {
    expect(run('<list>\n  <item n="1"/>\n  <item n="1"/>\n</list>')).toEqual([
      { severity: 'error', layer: 'sch', ruleId: 'dup', message: 'item 1 repeats', file: 'd.xml', line: 3, column: 3, xpath: '/list[1]/item[2]' },
    ]);
  });

  it('finds exactly the repeated numbers, however many items (one rule firing per node)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (ns) => {
        const text = `<list>${ns.map((n) => `<item n="${n}"/>`).join('')}</list>`;
        const expected = ns.flatMap((n, i) => (ns.slice(0, i).includes(n) ? [`item ${n} repeats`] : []));
        expect(run(text).map((d) => d.message)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('reuses one schema for many documents without carrying state between them', () => {
    expect(run('<list><item n="1"/></list>')).toEqual([]);
    expect(run('<list><item n="1"/><item n="1"/></list>')).toHaveLength(1);
    expect(run('<list><item n="1"/></list>')).toEqual([]);
  });
});

describe('validateSchematron on a damaged schema', () => {
  it('reports instead of throwing', async () => {
    const { schema } = await loadSchematron({ sch: [file] }, { cacheDir: path.join(dir, 'cache') });
    const damaged = { ...schema!, compiled: { ...schema!.compiled, patterns: [{ id: 'p', lets: [], rules: [{ ...schema!.compiled.patterns[0]!.rules[0]!, expr: { xqueryx: '<not-xqueryx' } }] }] } };
    const parsed = parseXml('d.xml', '<list><item n="1"/></list>');
    const result = validateSchematron({ document: parsed.document!, text: parsed.transformText! }, 'd.xml', damaged);
    expect(result.map((d) => [d.layer, d.ruleId, d.file])).toEqual([['sch', 'sch.internal-error', 'd.xml']]);
  });
});
