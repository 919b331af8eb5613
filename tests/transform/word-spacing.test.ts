/// <reference lib="dom" />
/**
 * Words stay apart (issue 18): TEI with inline elements (names, dates,
 * interventions, choices, notes…) separated by spaces and punctuation, inside
 * each kind of block that holds running text, is run through the compiled
 * HTML and text stylesheets; no two source words may come out joined in the
 * reading text, the diplomatic text, or the page's text in either view.
 *
 * A word is "joined" when a run of letters in the output is not a source word
 * ("kilolima") or when one white-space-free token holds two source words
 * ("kilo[lima]mike"). The page's text is read the way a browser lays it out:
 * the elements hidden in a view (.v-dipl in the reading view, .v-read in the
 * diplomatic one, as edition.css says) are left out, and block elements part
 * what stands around them. tests/browser/word-spacing.browser.test.ts checks
 * the same in Chromium, CSS included.
 *
 * Before the fix, opener and closer were in the stylesheets' xsl:strip-space
 * list, and this failed with, e.g., `<opener>alfa <persName>bravo</persName> <hi>charlie</hi></opener>`
 * ("alfa bravocharlie" in every view).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderHtmlText } from '../html/render-html.js';
import { renderText } from '../text/run-text.js';
import { CONTAINERS, ISSUE_EXAMPLE, joinedWords, teiDocument, WORDS } from '../helpers/word-spacing-cases.js';

/** One inline piece of running text: the markup for one or two source words. */
type Piece = (words: readonly string[]) => string;

const wrap = (name: string, attributes = ''): Piece => ([w]) => `<${name}${attributes}>${w}</${name}>`;

/** Inline elements the stylesheets render inline, each holding whole words. */
const PIECES: readonly { name: string; words: number; piece: Piece }[] = [
  { name: 'text', words: 1, piece: ([w]) => w! },
  { name: 'persName', words: 1, piece: wrap('persName') },
  { name: 'placeName', words: 1, piece: wrap('placeName') },
  { name: 'orgName', words: 1, piece: wrap('orgName') },
  { name: 'supplied', words: 1, piece: wrap('supplied') },
  { name: 'hi', words: 1, piece: wrap('hi', ' rend="italic"') },
  { name: 'date', words: 1, piece: wrap('date') },
  { name: 'sic', words: 1, piece: wrap('sic') },
  { name: 'unclear', words: 1, piece: wrap('unclear') },
  { name: 'add', words: 1, piece: wrap('add') },
  { name: 'del', words: 1, piece: wrap('del') },
  { name: 'foreign', words: 1, piece: wrap('foreign') },
  { name: 'choice/sic+corr', words: 2, piece: ([a, b]) => `<choice><sic>${a}</sic><corr>${b}</corr></choice>` },
  { name: 'choice/abbr+expan', words: 2, piece: ([a, b]) => `<choice><abbr>${a}</abbr><expan>${b}</expan></choice>` },
  { name: 'persName/hi', words: 2, piece: ([a, b]) => `<persName>${a} <hi rend="italic">${b}</hi></persName>` },
  { name: 'note', words: 1, piece: wrap('note') },
];

/** What may stand between two pieces: white space, with or without punctuation. */
const SEPARATORS = [' ', ', ', '; ', ': ', '. ', ' – ', '\n      ', ' (', ') '];

/** A generated case: a container and its content, pieces joined by separators, each word used once. */
const caseArbitrary = fc
  .record({
    container: fc.constantFrom(...CONTAINERS),
    pieces: fc.array(fc.record({ piece: fc.constantFrom(...PIECES), separator: fc.constantFrom(...SEPARATORS) }), { minLength: 2, maxLength: 8 }),
  })
  .filter(({ container, pieces }) => !(container.name === 'note' && pieces.some((p) => p.piece.name === 'note')))
  .map(({ container, pieces }) => {
    let next = 0;
    const content = pieces
      .map(({ piece, separator }, i) => {
        const words = WORDS.slice(next, next + piece.words);
        next += piece.words;
        return (i === 0 ? '' : separator) + piece.piece(words);
      })
      .join('');
    return { container: container.name, xml: teiDocument(container.place(content)) };
  });

/** HTML elements a browser lays out as blocks (or breaks): they part the text around them. */
const BLOCK_TAGS = new Set('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL'.split(' '));

/** The text of the page's edition (text and notes) in one view, as a browser shows it. */
function pageText(html: string, view: 'reading' | 'diplomatic'): string {
  const { document: page } = parseHTML(html) as unknown as { document: Document };
  const hidden = view === 'reading' ? '.v-dipl' : '.v-read';
  for (const e of [...page.querySelectorAll(hidden)]) e.remove();
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) out += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const block = BLOCK_TAGS.has((node as Element).tagName);
    if (block) out += '\n';
    for (const child of [...node.childNodes]) visit(child);
    if (block) out += '\n';
  };
  for (const id of ['te-text', 'te-notes']) {
    const part = page.getElementById(id);
    if (part) visit(part);
  }
  return out;
}

/** The four texts of a document: both text views and the page's text in both views. */
function views(xml: string): Record<string, string> {
  const text = renderText(xml);
  expect(text.errors).toEqual([]);
  const { html } = renderHtmlText(xml);
  return { reading: text.reading, diplomatic: text.diplomatic, 'page (reading)': pageText(html, 'reading'), 'page (diplomatic)': pageText(html, 'diplomatic') };
}

describe('words stay apart around inline elements', () => {
  it('would notice: joined words are found, apart ones are not', () => {
    expect(joinedWords('juliet kilolimamike')).toEqual(['kilolimamike']);
    expect(joinedWords('juliet kilo[lima]mike')).toEqual(['kilo[lima]mike']);
    expect(joinedWords('juliet kilo [lima], mike\\papa/ uniform [sic] [1]')).toEqual(['mike\\papa/']);
    expect(joinedWords('juliet kilo [lima], ⟦mike⟧ \\papa/ uniform [sic] [1]')).toEqual([]);
    expect(pageText('<div id="te-text"><div>a</div><div>b</div><span class="v-dipl">c</span><span>d</span></div>', 'reading')).toMatch(/a\s+b\s+d/);
  });

  for (const container of CONTAINERS) {
    it(`the issue's example inside ${container.name}`, () => {
      const xml = teiDocument(container.place(ISSUE_EXAMPLE));
      for (const [view, text] of Object.entries(views(xml))) expect({ view, joined: joinedWords(text) }).toEqual({ view, joined: [] });
    });
  }

  it('in generated documents, in every view', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ xml }) => {
        for (const [view, text] of Object.entries(views(xml))) expect({ view, joined: joinedWords(text) }).toEqual({ view, joined: [] });
      }),
      { numRuns: 60 },
    );
  });
});
