/**
 * What the collection needs from a document's HTML page: its passages (the
 * text a reader sees in the reading view, cut at the elements that carry an
 * id, so that a search result can link to the paragraph or section it was
 * found in) and, for each index entry, the anchors of its occurrences.
 *
 * Reading the page rather than the TEI means that every anchor the
 * collection links to exists on the page, and that the searchable text is
 * the text shown (corrections and expansions, not the diplomatic
 * alternatives). The page is the HTML stylesheet's own output, so the
 * classes relied on here are the ones xslt/html/ writes.
 */
import { Parser } from 'htmlparser2';

/** A stretch of the page's text that a link can open: the text of one element with an id. */
export interface Passage {
  /** The id of the element on the page (`p5`, `d12`, `n-stamp`), or `te-text` for text before any. */
  id: string;
  /** How a reader would name the place: "¶5", a section's heading, "note 3"; '' for the start of the text. */
  label: string;
  /** The reading text, whitespace collapsed. */
  text: string;
  /** On a page split into parts (src/pipeline/split-long-page.ts): the part (1-based) that holds it. */
  part?: number;
}

/** One name in the text that points at an index entry. */
export interface Occurrence {
  /** The anchor of the name on the page (`occ-zhou-enlai-3`). */
  id: string;
  /** Where it stands, as the page's index labels it ("¶5", "heading", "note 2"). */
  label: string;
  /** On a page split into parts: the part (1-based) that holds it. */
  part?: number;
}

/** A page split into parts: each part's HTML, and the part that holds each id. */
export interface PageParts {
  pages: readonly string[];
  partOf: ReadonlyMap<string, number>;
}

export interface PageFacts {
  title: string;
  /** The page's language and direction (`<html lang dir>`). */
  lang: string;
  dir: string;
  passages: Passage[];
  /** The opening of the text (its first real paragraph), for a collection list when the header gives no summary. */
  opening: string;
  /** Index entries on the page by id (the entity's xml:id), each with its occurrences in the text. */
  entries: Record<string, Occurrence[]>;
}

/** Elements that hold a passage of their own when they carry an id; ids on phrases (names, choices) do not cut the text. */
const BLOCKS = new Set(['section', 'div', 'article', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figure', 'table', 'td', 'th', 'dd', 'dt', 'pre', 'aside', 'header', 'footer']);
/** Elements after which words must not run together. */
const BREAKS = new Set([...BLOCKS, 'br', 'tr', 'ul', 'ol', 'dl', 'figcaption', 'hr']);
/** What the look adds that is not the document's text: diplomatic alternatives, note and index markers, page-break labels. */
const SKIPPED_CLASSES = ['v-dipl', 'note-ref', 'app-ref', 'name-link', 'note-back', 'note-kind', 'tei-pagebreak', 'tei-columnbreak', 'stamp-label', 'visually-hidden'];
/** The regions of the page whose text is searchable. */
const REGIONS = new Set(['te-text', 'te-notes']);

const MAX_LABEL = 100;
/** The opening is the first paragraph of at least this many words (a character of Chinese or Japanese counts as one). */
const OPENING_WORDS = 8;
const OPENING_MAX = 300;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length;

/** Shortens `text` to about `max` characters at a word boundary. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

interface OpenPassage {
  /** Its rank in page order (passages close inner first; readers expect them as they open). */
  rank: number;
  id: string;
  label: string;
  parts: string[];
  /** True until the passage has its label (the first heading it holds). */
  wantsHeading: boolean;
}

interface Frame {
  name: string;
  passage?: OpenPassage;
  skip: boolean;
  region: boolean;
  heading: boolean;
  opening: boolean;
  entry?: string;
  occurrence?: string;
}

/** Reads the facts of an HTML page written by the HTML edition. Never throws: a page without the expected parts has no passages. */
export function readPageFacts(html: string): PageFacts {
  const facts: PageFacts = { title: '', lang: '', dir: '', passages: [], opening: '', entries: {} };
  const stack: Frame[] = [];
  const open: OpenPassage[] = [];
  const done: OpenPassage[] = [];
  let inTitle = false;
  let skipDepth = 0;
  let regionDepth = 0;
  let heading: { parts: string[]; owner: OpenPassage } | undefined;
  let opening: string[] | undefined;
  let entry: string | undefined;
  let occurrence: { href: string; parts: string[]; again: boolean } | undefined;
  // The place of the last occurrence link: a further mention in the same place is labelled "2nd", "3rd" on the page.
  let place = '';
  const separate = () => {
    const top = open[open.length - 1];
    if (top && top.parts[top.parts.length - 1] !== ' ') top.parts.push(' ');
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const classes = (attribs.class ?? '').split(/\s+/);
        const frame: Frame = { name, skip: false, region: false, heading: false, opening: false };
        if (name === 'html') {
          facts.lang = attribs.lang ?? '';
          facts.dir = attribs.dir ?? '';
        }
        if (name === 'title' && regionDepth === 0) inTitle = true;
        const id = attribs.id;
        if (id && REGIONS.has(id)) {
          frame.region = true;
          regionDepth++;
        }
        if (regionDepth > 0) {
          // The look's own headings ("Notes") carry generated ids (te-…); the document's headings carry its ids or none.
          if (SKIPPED_CLASSES.some((c) => classes.includes(c)) || (/^h[1-6]$/.test(name) && id?.startsWith('te-'))) {
            frame.skip = true;
            skipDepth++;
          }
          if (BREAKS.has(name)) separate();
          if (id && skipDepth === 0 && BLOCKS.has(name) && !id.startsWith('occ-')) {
            const label = /^p\d+$/.test(id) ? `¶${id.slice(1)}` : name === 'li' && attribs.value && classes.includes('note') ? `note ${attribs.value}` : '';
            frame.passage = { rank: open.length + done.length, id, label, parts: [], wantsHeading: label === '' && !REGIONS.has(id) };
            open.push(frame.passage);
          }
          if (/^h[1-6]$/.test(name) && !heading && skipDepth === 0) {
            const owner = frame.passage ?? open[open.length - 1];
            if (owner?.wantsHeading) {
              frame.heading = true;
              heading = { parts: [], owner };
            }
          }
          if (name === 'p' && facts.opening === '' && !opening && skipDepth === 0 && classes.includes('tei-p')) {
            frame.opening = true;
            opening = [];
          }
        } else if (name === 'li' && id && classes.includes('index-entry')) {
          entry = id;
          facts.entries[id] = [];
          frame.entry = id;
        } else if (entry && name === 'a' && classes.includes('occurrence') && attribs.href?.startsWith('#')) {
          occurrence = { href: attribs.href.slice(1), parts: [], again: classes.includes('occurrence-again') };
          frame.occurrence = occurrence.href;
        }
        // htmlparser2 closes void elements (br, img) at once, so the stack stays balanced.
        stack.push(frame);
      },
      ontext(text) {
        if (inTitle) facts.title += text;
        if (occurrence) occurrence.parts.push(text);
        if (regionDepth === 0 || skipDepth > 0) return;
        open[open.length - 1]?.parts.push(text);
        heading?.parts.push(text);
        opening?.push(text);
      },
      onclosetag(name) {
        const frame = stack.pop();
        if (!frame) return;
        if (name === 'title') inTitle = false;
        if (frame.heading && heading) {
          heading.owner.label = shorten(collapse(heading.parts.join('')), MAX_LABEL);
          heading.owner.wantsHeading = false;
          heading = undefined;
        }
        if (frame.opening && opening) {
          const text = collapse(opening.join(''));
          if (wordCount(text) >= OPENING_WORDS) facts.opening = shorten(text, OPENING_MAX);
          opening = undefined;
        }
        if (frame.occurrence && occurrence && entry) {
          const text = collapse(occurrence.parts.join(''));
          if (!occurrence.again) place = text;
          facts.entries[entry]!.push({ id: occurrence.href, label: occurrence.again ? `${place} (${text})` : text });
          occurrence = undefined;
        }
        if (frame.entry) entry = undefined;
        if (regionDepth > 0 && BREAKS.has(name)) separate();
        if (frame.passage) done.push(open.pop()!);
        if (frame.skip) skipDepth--;
        if (frame.region) regionDepth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  while (open.length) done.push(open.pop()!);

  facts.passages = done
    .sort((a, b) => a.rank - b.rank)
    .map((p) => ({ id: p.id, label: p.label, text: collapse(p.parts.join('')) }))
    .filter((p) => p.text !== '');
  facts.title = collapse(facts.title);
  return facts;
}

/**
 * The facts of a page split into parts: title, language, opening and index entries from the whole
 * page `html`, each occurrence with the part that holds it; the passages from the parts, each with
 * its part, so that a search hit opens the part it was found in (text outside any element with an
 * id too: each part has its own `te-text`).
 */
export function readSplitPageFacts(html: string, parts: PageParts): PageFacts {
  const whole = readPageFacts(html);
  const entries: PageFacts['entries'] = {};
  for (const [id, occurrences] of Object.entries(whole.entries)) {
    entries[id] = occurrences.map((o) => (parts.partOf.has(o.id) ? { ...o, part: parts.partOf.get(o.id)! } : o));
  }
  const passages = parts.pages.flatMap((page, i) => readPageFacts(page).passages.map((p) => ({ ...p, part: i + 1 })));
  return { ...whole, passages, entries };
}
