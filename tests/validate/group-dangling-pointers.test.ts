/**
 * Dangling pointers are reported once per missing id, at the first use, with
 * the number of uses (issue 19: one witness pointer of a real apparatus was
 * reported 471 times).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { checkReferences } from '../../src/validate/check-references.js';
import { DanglingPointerGroups } from '../../src/validate/group-dangling-pointers.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

noteSkip('the grouped dangling pointers of ../shared/genres/drama/mitford-julian.xml');

const check = (text: string) => {
  const { document, diagnostics } = parseXml('input.xml', text);
  expect(diagnostics).toEqual([]);
  return checkReferences(document!, 'input.xml');
};
const tei = (body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0"><listWit><witness xml:id="A"/></listWit>\n${body}</TEI>`;

describe('DanglingPointerGroups', () => {
  it('returns a diagnostic for the first use of an id only, and counts the rest in its message', () => {
    let asked = 0;
    const groups = new DanglingPointerGroups((id) => { asked++; return `expected "#${id}" to exist`; });
    const use = (id: string, line: number) => groups.add({ id, token: `#${id}`, attribute: 'wit', element: 'rdg', locate: () => ({ file: 'f.xml', line, column: 5 }) });
    const first = use('X', 1);
    expect(use('X', 2)).toBeUndefined();
    expect(use('X', 3)).toBeUndefined();
    const other = use('Y', 4);
    groups.finish();
    expect(first).toMatchObject({ ruleId: 'refs.dangling-pointer', line: 1, message: '"#X" does not resolve: no element has xml:id "X"; used 3 times (@wit on <rdg>), first here; expected "#X" to exist' });
    // A single use keeps the message of one pointer.
    expect(other!.message).toBe('@wit value "#Y" on <rdg> points to nothing: no element has xml:id "Y"; expected "#Y" to exist');
    expect(asked).toBe(2);
  });
});

describe('checkReferences with grouped dangling pointers', () => {
  it('reports a witness pointer used 471 times once, at its first use, with the count and the attributes that use it', () => {
    const readings = Array.from({ length: 470 }, () => '<app><rdg wit="#A #B">x</rdg></app>').join('\n');
    const found = check(tei(`${readings}\n<sp who="#B"/>`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'refs.dangling-pointer', line: 2, xpath: '/tei:TEI[1]/tei:app[1]/tei:rdg[1]/@wit' });
    expect(found[0]!.message).toBe('"#B" does not resolve: no element has xml:id "B"; used 471 times (@wit on <rdg>, @who on <sp>), first here; expected an existing xml:id, such as "#A"');
  });

  it('gives one diagnostic per distinct missing id, whatever the pointers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { maxLength: 30 }), (ids) => {
        const found = check(tei(ids.map((id) => `<rdg wit="#${id}"/>`).join('')));
        const missing = new Set(ids.filter((id) => id !== 'A'));
        expect(found.map((d) => d.message.match(/xml:id "(\w)"/)![1]).sort()).toEqual([...missing].sort());
        for (const d of found) {
          const id = d.message.match(/xml:id "(\w)"/)![1]!;
          const uses = ids.filter((x) => x === id).length;
          if (uses > 1) expect(d.message).toContain(`used ${uses} times`);
        }
      }),
    );
  });
});

describe.skipIf(!hasShared)('grouped dangling pointers in a real edition (../shared/genres/drama/mitford-julian.xml)', () => {
  it('reports each missing id once, with the number of its uses', () => {
    const file = shared('genres', 'drama', 'mitford-julian.xml');
    const text = readFileSync(file, 'utf8');
    const { document } = parseXml(file, text);
    const found = checkReferences(document!, file).filter((d) => d.ruleId === 'refs.dangling-pointer');
    const targets = found.map((d) => /xml:id "([^"]+)"/.exec(d.message)![1]!);
    expect(new Set(targets).size).toBe(targets.length);
    // "#Alfonso_J" (a speaker without a cast-list entry) is used by dozens of speeches: one diagnostic gives the count.
    const alfonso = found.find((d) => d.message.startsWith('"#Alfonso_J" does not resolve'))!;
    const uses = (text.match(/"#Alfonso_J"|#Alfonso_J[ "]/g) ?? []).length;
    expect(alfonso.message).toContain(`used ${uses} times`);
  });
});
