/**
 * The words of a TEI source's text, as the text edition should keep them:
 * the reference side of the corpus check. Computed from the parsed tree,
 * independently of the stylesheet, with the few TEI rules that decide where
 * a word ends:
 *
 * - a line, page or column break marked break="no" is inside a word (the
 *   white space around it is layout of the source file);
 * - any other break, and the edges of block-level elements (paragraphs,
 *   lines, cells, items…), end a word even where the file has no white space;
 * - a gap or space (characters that are not there) parts what stands around it;
 * - in an element holding only elements that no rule knows (a person entry,
 *   a foreign record), each child is apart from the next.
 *
 * Elements the drop report lists for a view are left out (by their XPath),
 * since the report says their content is not in that view.
 */
import { TEI_NS, xpathOf, type XmlDocument, type XmlElement, type XmlNode } from '../../src/parse/xml-tree.js';
import { textRuledNames } from '../helpers/ruled-elements.js';
import { words } from '../helpers/words.js';

/** Elements whose edges end a word. */
const BLOCKS = new Set(
  `p ab l lg head item list label cell row table div div1 div2 div3 div4 div5 div6 div7 sp speaker stage note figure figDesc
   opener closer dateline salute signed byline docAuthor docDate docTitle titlePart docImprint trailer postscript argument epigraph
   u line zone surface surfaceGrp sourceDoc castList castItem castGroup role roleDesc set quote cit bibl listBibl front body back text
   group floatingText person place org event listPerson listPlace listOrg listEvent lem rdg app egXML eg incident vocal kinesic pause`.split(/\s+/),
);

/** Roots that are a piece of a text when they stand alone in a file (as in xslt/text/document.xsl). */
const TEXT_PIECES = new Set('text body front back group div div1 div2 div3 div4 div5 div6 div7 p ab lg sp floatingText sourceDoc surface surfaceGrp zone'.split(' '));

/**
 * The TEI elements the text stylesheet has a rule for (every format's list and the text's own, in
 * xslt/common/ruled-elements.xsl, read from the stylesheet): an element holding only elements keeps
 * its children apart only when no rule knows it (a person entry, a foreign record), as the edition
 * does; a known element like expan holds the parts of one word, and a facsimile line holding only
 * deletions (<del>i</del><del>f</del>) holds one word "if".
 */
const KNOWN = new Set(textRuledNames());

const EXAMPLES_NS = 'http://www.tei-c.org/ns/Examples';

const isTei = (e: XmlElement, ...names: string[]) => e.uri === TEI_NS && names.includes(e.local);
const elementChildren = (e: XmlElement) => e.children.filter((n): n is XmlElement => n.type === 'element');

/** The parts of the document the text edition renders: each TEI's text (or its sourceDoc when it has no text), or a root that is a piece of a text. */
export function textRoots(document: XmlDocument): XmlElement[] {
  const root = document.root;
  const ofTei = (tei: XmlElement) => {
    const children = elementChildren(tei);
    const text = children.find((c) => isTei(c, 'text'));
    const sourceDoc = children.find((c) => isTei(c, 'sourceDoc'));
    return text ? [text] : sourceDoc ? [sourceDoc] : [];
  };
  if (isTei(root, 'teiCorpus')) {
    const out: XmlElement[] = [];
    const visit = (e: XmlElement) => {
      for (const c of elementChildren(e)) {
        if (isTei(c, 'TEI')) out.push(...ofTei(c));
        else if (isTei(c, 'teiCorpus')) visit(c);
      }
    };
    visit(root);
    return out;
  }
  if (isTei(root, 'TEI')) return ofTei(root);
  if (root.uri === TEI_NS && TEXT_PIECES.has(root.local)) return [root];
  return [];
}

/**
 * The text of `roots`, with word boundaries as described above and the elements at `excluded` paths
 * left out. With `xmlText` (the text the tree was parsed from), an egXML example counts as its markup.
 */
export function sourceText(roots: readonly XmlElement[], excluded: ReadonlySet<string>, xmlText?: string): string {
  let out = '';
  /** Set after a break inside a word: the white space that follows is not a boundary. */
  let joining = false;
  const visit = (node: XmlNode) => {
    if (node.type === 'text') {
      out += joining ? node.value.replace(/^[ \t\r\n]+/, '') : node.value;
      if (/[^ \t\r\n]/.test(node.value)) joining = false;
      return;
    }
    if (node.type !== 'element') return;
    if (excluded.has(xpathOf(node))) return;
    // A gap or a space stands for characters that are not there: the edition marks it ("[…]"), so it parts what stands around it.
    if (node.uri === TEI_NS && (node.local === 'gap' || node.local === 'space')) {
      out += ' ';
      return;
    }
    if (node.uri === TEI_NS && (node.local === 'lb' || node.local === 'pb' || node.local === 'cb')) {
      if (node.attributes.some((a) => a.local === 'break' && a.uri === '' && a.value === 'no')) {
        out = out.replace(/[ \t\r\n]+$/, '');
        joining = true;
      } else out += ' ';
      return;
    }
    const block = node.uri === TEI_NS && BLOCKS.has(node.local);
    const elementOnly =
      !(node.uri === TEI_NS && KNOWN.has(node.local)) &&
      node.children.some((c) => c.type === 'element') &&
      node.children.every((c) => c.type !== 'text' || !/[^ \t\r\n]/.test(c.value));
    if (node.local === 'egXML' && node.uri === EXAMPLES_NS && xmlText !== undefined) {
      // The edition shows an example as the XML it is: its words are those of its markup as written.
      const inner = xmlText.slice(node.startTagEnd, node.end);
      out += ` ${inner.slice(0, inner.lastIndexOf('</')).replace(/<!\[CDATA\[|\]\]>/g, '')} `;
      return;
    }
    if (block || elementOnly) out += ' ';
    for (const child of node.children) {
      visit(child);
      if (elementOnly && child.type === 'element') out += ' ';
    }
    if (block || elementOnly) out += ' ';
  };
  for (const root of roots) visit(root);
  return out;
}

/**
 * The words of a text for comparison: note and apparatus marks ("[12]", "[a3]") are not words;
 * bracket marks of the conventions ([ ] ⟦ ⟧ { } \ /) join what
 * they stand inside (the diplomatic "Zh[ou]" is the word "Zhou", as "sic[utor]" is "sicutor"), on
 * both sides alike; CJK characters count one by one, since Chinese and Japanese have no spaces and
 * a line may break between any two characters.
 */
export function comparableWords(text: string): string[] {
  return words(text.replace(/\[a?\d+\]/g, ' ').replace(/\[\?\]/g, '').replace(/[[\]⟦⟧{}\\/]/g, '')).flatMap((w) => (CJK.test(w) ? [...w.replace(CJK_RUN, (run) => ` ${[...run].join(' ')} `).split(' ').filter(Boolean)] : [w]));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Source words missing from `edition`, counting repeats: the multiset difference. */
export function missingFrom(sourceWords: readonly string[], editionWords: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const w of editionWords) available.set(w, (available.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of sourceWords) {
    const n = available.get(w) ?? 0;
    if (n > 0) available.set(w, n - 1);
    else missing.push(w);
  }
  return missing;
}

/** The words of the source text of `document` for one view, leaving out the elements at `excluded`. */
export function sourceWords(document: XmlDocument, excluded: ReadonlySet<string>, xmlText?: string): string[] {
  return comparableWords(sourceText(textRoots(document), excluded, xmlText));
}
