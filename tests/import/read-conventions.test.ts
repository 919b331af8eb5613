import { describe, expect, it } from 'vitest';
import { nestSpans } from '../../src/import/nest-spans.js';
import { readConventions } from '../../src/import/read-conventions.js';
import { makeBlock, splitLines } from '../../src/import/source-lines.js';
import { isElement, type XNode } from '../../src/import/xml-node.js';
import { testContext } from './context.js';

/** A compact rendering of element content: <name a="v">…</name>, without @resp. */
const show = (nodes: XNode[]): string =>
  nodes.map((n) => (isElement(n) ? `<${n.name}${Object.entries(n.attrs).filter(([k]) => k !== 'resp').map(([k, v]) => ` ${k}="${v}"`).join('')}>${show(n.children)}</${n.name}>` : n)).join('');

function encode(text: string) {
  const ctx = testContext();
  const block = makeBlock(splitLines(text));
  const layer = readConventions(block, ctx);
  return { xml: show(nestSpans(block.text, layer.hidden, layer.spans).children), ctx };
}

describe('readConventions', () => {
  it.each([
    ['the flods [sic] came', 'the <sic>flods</sic> came'],
    ['with Coj Jen Gen [sic] during', 'with <sic>Coj Jen Gen</sic> during'],
    ['Com. Col. S. S. Zudin [sic], who', 'Com. Col. S. S. <sic>Zudin</sic>, who'],
    ['but [will do so] on', 'but <supplied reason="implied-in-original">will do so</supplied> on'],
    ['Filippov [Stalin] agreed', 'Filippov <supplied reason="identification">Stalin</supplied> agreed'],
    ['by 남일 [Nam Il],', 'by 남일 <supplied reason="romanisation">Nam Il</supplied>,'],
    ['“Zh[ou]” said', '“<choice><abbr>Zh</abbr><expan>Zh<ex>ou</ex></expan></choice>” said'],
    ['the Gov[ernmen]t', 'the <choice><abbr>Govt</abbr><expan>Gov<ex>ernmen</ex>t</expan></choice>'],
    ['work. […] The', 'work. <gap reason="omitted"></gap> The'],
    ['a [two words illegible] b', 'a <gap reason="illegible"><desc>two words illegible</desc></gap> b'],
    ['Com. [[Hwang]] said', 'Com. <unclear>Hwang</unclear> said'],
    ['[stamp] 26 June 1970', '<stamp type="unidentified" cert="low">26 June 1970</stamp>'],
    ['[CPSU CC stamp: No. 5]', '<stamp type="cpsu-cc"><seg type="label">CPSU CC stamp:</seg> No. 5</stamp>'],
    ['[handwritten: Agreed. [[V. M.]]]', '<add hand="#handwritten"><seg type="label">handwritten:</seg> Agreed. <unclear>V. M.</unclear></add>'],
    ['x [Ed. note: it reads "[Top Secret]".]', 'x <note type="editor" place="inline"><seg type="label">Ed. note:</seg> it reads "[Top Secret]".</note>'],
  ])('%j', (text, expected) => {
    expect(encode(text).xml).toBe(expected);
  });

  it('reads an omission followed by a bracketed summary as a gap and a note', () => {
    expect(encode('work. [...] [Passage on trade omitted] The').xml).toBe('work. <gap reason="omitted"></gap> <note type="summary" place="inline">Passage on trade omitted</note> The');
  });

  it('keeps unknown forms as printed and lists them', () => {
    const { xml, ctx } = encode('guests [1] and [Seal: round] and [] end ]');
    expect(xml).toBe('guests [1] and [Seal: round] and [] end ]');
    expect(ctx.unrecognised.map((u) => [u.text, u.column])).toEqual([[']', 41], ['[1]', 8], ['[Seal: round]', 16], ['[]', 34]]);
  });

  it('logs each decision with its rule and, for a guess, the alternatives', () => {
    const { ctx } = encode('with Coj Jen Gen [sic] during');
    expect(ctx.log.decisions).toEqual([{ line: 1, column: 18, rule: 'bracket.sic', encoded: 'sic around "Coj Jen Gen"', text: '[sic]', confidence: 'medium', alternatives: ['sic around "Gen" only'] }]);
  });
});
