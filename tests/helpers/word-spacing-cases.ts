/**
 * The cases of the word-spacing checks (issue 18), shared by
 * tests/transform/word-spacing.test.ts (both stylesheets, generated documents)
 * and tests/browser/word-spacing.browser.test.ts (the page in Chromium): the
 * source words, the blocks that hold running text, and the test for words
 * that came out joined.
 */

/**
 * Source words: letters only, all different, none a word the editions print of their own. The pieces
 * draw from the start (at most 16 words); the containers' own words are the last seven.
 */
export const WORDS = `alfa bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo
  sierra tango uniform victor whiskey xray yankee zulu amber basalt cobalt dune ember fjord garnet heron iris jasper`.split(/\s+/);

/** Words the editions add (header, conventions, note section): allowed beside the source's. */
export const EDITION_WORDS = new Set(['T', 'P', 'S', 'Source', 'NOTES', 'sic', 'Notes']);

/** The blocks that hold running text, each as the markup that places `content` in a division. */
export const CONTAINERS: readonly { name: string; place: (content: string) => string }[] = [
  { name: 'p', place: (c) => `<p>${c}</p>` },
  { name: 'opener', place: (c) => `<opener>${c}</opener>` },
  { name: 'closer', place: (c) => `<closer>${c}</closer>` },
  { name: 'salute', place: (c) => `<salute>${c}</salute>` },
  { name: 'dateline', place: (c) => `<dateline>${c}</dateline>` },
  { name: 'opener/dateline+salute', place: (c) => `<opener>\n  <dateline>ember</dateline>\n  <salute>${c}</salute>\n</opener>` },
  { name: 'closer/salute+signed', place: (c) => `<closer>\n  <salute>${c}</salute>\n  <signed>fjord</signed>\n</closer>` },
  { name: 'address', place: (c) => `<p>garnet</p><address>\n  <addrLine>${c}</addrLine>\n  <addrLine>heron</addrLine>\n</address>` },
  { name: 'item', place: (c) => `<list>\n  <item>${c}</item>\n  <item>iris</item>\n</list>` },
  { name: 'cell', place: (c) => `<table>\n  <row><cell>${c}</cell><cell>iris</cell></row>\n</table>` },
  { name: 'l', place: (c) => `<lg>\n  <l>${c}</l>\n  <l>jasper</l>\n</lg>` },
  { name: 'head', place: (c) => `<head>${c}</head>` },
  { name: 'note', place: (c) => `<p>garnet<note>${c}</note> heron</p>` },
];

/** A TEI document whose text is one division holding `body` and a last paragraph. */
export const teiDocument = (body: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><div>${body}<p>amber</p></div></body></text></TEI>`;

/** The issue's example: a space between each two inline elements. */
export const ISSUE_EXAMPLE = 'juliet <persName>kilo</persName> <supplied>lima</supplied> <orgName>mike</orgName>';

/** Each place where two source words are joined in `text`, for the failure message. */
export function joinedWords(text: string): string[] {
  const source = new Set(WORDS);
  const joined: string[] = [];
  for (const token of text.split(/\s+/)) {
    const runs = token.match(/\p{L}+/gu) ?? [];
    const sourceRuns = runs.filter((r) => source.has(r));
    if (runs.some((r) => !source.has(r) && !EDITION_WORDS.has(r)) || sourceRuns.length > 1) joined.push(token);
  }
  return joined;
}
