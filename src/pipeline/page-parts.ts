/**
 * The plan of a long page's split (split-long-page.ts): where, in the text of
 * the page the HTML stylesheet wrote, stand its title, its text and the parts
 * of the text (front matter, each top-level division of the body, back
 * matter), the notes and apparatus entries (each given to the part that
 * refers to it), the index and the citation block, as offsets into the page.
 * The classes and ids relied on are those xslt/html/ writes (page.xsl,
 * blocks.xsl, notes.xsl, apparatus.xsl, index.xsl).
 */
import type { AnyNode, Element } from 'domhandler';
import { findAll, findOne } from 'domutils';

/** A stretch of the page, `[from, to)`, and the ids inside it. */
interface Stretch {
  from: number;
  to: number;
  ids: string[];
}

export interface PlannedPart {
  /** From its first heading, else "Front matter", "Back matter" or "Part N". */
  title: string;
  /** The stretches of the page it holds, in order. */
  ranges: [number, number][];
  /** For a division of the body: the body's wrapper, whose start tag (`[from, openEnd)`) and `close` enclose the ranges. */
  wrapper?: { from: number; openEnd: number; close: string };
  ids: string[];
}

/** A list shared out among the parts (notes, apparatus): each entry goes to the part that refers to it (0: none, the contents page). */
export interface DistributedSection extends Stretch {
  items: (Stretch & { part: number })[];
}

export interface PagePlan {
  /** The content of `<title>`, and its text. */
  title: { from: number; to: number; text: string };
  /** The content of the text's `<article>` (`from`, `to`), and the article itself (`outerFrom`, `outerTo`). */
  article: { from: number; to: number; outerFrom: number; outerTo: number };
  parts: PlannedPart[];
  distributed: DistributedSection[];
  /** The index panel, on the contents page only. */
  index?: Stretch;
  /** Where the citation block's `</section>` starts: each part adds its own line there. */
  citeEnd?: number;
  /** The ids of everything else, on every page. */
  chromeIds: Set<string>;
}

/** Sections whose entries go to the part that refers to them. */
const DISTRIBUTED = ['te-notes', 'te-apparatus'];
/** What the look adds to a heading that is not its text (note and apparatus marks, diplomatic alternatives). */
const NOT_HEADING_TEXT = ['note-ref', 'app-ref', 'v-dipl', 'visually-hidden', 'tei-pagebreak', 'tei-columnbreak'];

const isTag = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const classesOf = (e: Element) => (e.attribs.class ?? '').split(/\s+/);
const end = (n: AnyNode) => n.endIndex! + 1;
/** Where an element's start tag ends: at its first child, else at its end. */
export const startTagEnd = (e: Element) => e.children[0]?.startIndex ?? end(e);
const byId = (nodes: AnyNode[], id: string) => findOne((e) => e.attribs.id === id, nodes);
const idsIn = (nodes: AnyNode[]) => findAll((e) => e.attribs.id !== undefined, nodes.filter(isTag)).map((e) => e.attribs.id!);

function headingText(n: AnyNode): string {
  if (n.type === 'text') return n.data;
  if (!isTag(n) || NOT_HEADING_TEXT.some((c) => classesOf(n).includes(c))) return '';
  return n.children.map(headingText).join('');
}

/** The title of a part: the text of its first heading. */
function titleOf(nodes: AnyNode[], fallback: string): string {
  const heading = findOne((e) => /^h[1-6]$/.test(e.name), nodes.filter(isTag));
  const text = heading ? headingText(heading).replace(/\s+/g, ' ').trim() : '';
  return text || fallback;
}

/** The top-level divisions of the body, each with the other nodes before it (a `head` of the body goes with the first). */
function bodyUnits(body: Element): AnyNode[][] {
  const units: AnyNode[][] = [];
  let pending: AnyNode[] = [];
  for (const child of body.children) {
    pending.push(child);
    if (isTag(child) && classesOf(child).some((c) => /^tei-div\d?$/.test(c))) {
      units.push(pending);
      pending = [];
    }
  }
  if (pending.length && units.length) units[units.length - 1]!.push(...pending);
  return units.map((u) => u.filter((n, i) => isTag(n) || (i > 0 && i < u.length - 1)));
}

/** Plans the split of a page (the children of its document); undefined when its text has fewer than two parts. */
export function pagePartsOf(page: AnyNode[]): PagePlan | undefined {
  const article = byId(page, 'te-text');
  const title = findOne((e) => e.name === 'title', page);
  if (!article || !title) return undefined;
  const sections = article.children.filter(isTag);
  const kind = (k: string) => sections.find((s) => classesOf(s).includes(`tei-${k}`));
  const [front, body, back] = [kind('front'), kind('body'), kind('back')];
  const parts: PlannedPart[] = [];
  if (front) parts.push({ title: titleOf([front], 'Front matter'), ranges: [[front.startIndex!, end(front)]], ids: idsIn([front]) });
  for (const unit of body ? bodyUnits(body) : []) {
    parts.push({
      title: titleOf(unit, `Part ${parts.length + 1}`),
      ranges: [[unit[0]!.startIndex!, end(unit.at(-1)!)]],
      wrapper: { from: body!.startIndex!, openEnd: startTagEnd(body!), close: `</${body!.name}>` },
      ids: idsIn(unit),
    });
  }
  if (back) parts.push({ title: titleOf([back], 'Back matter'), ranges: [[back.startIndex!, end(back)]], ids: idsIn([back]) });
  if (parts.length < 2) return undefined;

  // Each note or apparatus entry goes to the part of the first link to it.
  const referredFrom = new Map<string, number>();
  for (const a of findAll((e) => e.attribs.href?.startsWith('#') ?? false, sections)) {
    const part = parts.findIndex((p) => p.ranges.some(([from, to]) => a.startIndex! >= from && a.startIndex! < to));
    const id = a.attribs.href!.slice(1);
    if (part >= 0 && !referredFrom.has(id)) referredFrom.set(id, part + 1);
  }
  const distributed: DistributedSection[] = [];
  for (const id of DISTRIBUTED) {
    const section = byId(page, id);
    if (!section) continue;
    const items = section.children.filter(isTag).flatMap((list) => list.children.filter(isTag).filter((li) => li.name === 'li' && li.attribs.id));
    const itemIds = new Set(items.flatMap((li) => idsIn([li])));
    distributed.push({
      from: section.startIndex!,
      to: end(section),
      ids: idsIn([section]).filter((i) => !itemIds.has(i)),
      items: items.map((li) => ({ from: li.startIndex!, to: end(li), ids: idsIn([li]), part: referredFrom.get(li.attribs.id!) ?? 0 })),
    });
  }
  const indexSection = byId(page, 'te-index');
  const index = indexSection ? { from: indexSection.startIndex!, to: end(indexSection), ids: idsIn([indexSection]) } : undefined;
  const cite = byId(page, 'te-cite');

  const elsewhere = new Set([...parts.flatMap((p) => p.ids), ...distributed.flatMap((d) => [...d.ids, ...d.items.flatMap((i) => i.ids)]), ...(index?.ids ?? [])]);
  return {
    title: { from: startTagEnd(title), to: title.endIndex! + 1 - '</title>'.length, text: headingText(title).trim() },
    article: { from: startTagEnd(article), to: end(article) - `</${article.name}>`.length, outerFrom: article.startIndex!, outerTo: end(article) },
    parts,
    distributed,
    ...(index ? { index } : {}),
    ...(cite ? { citeEnd: end(cite) - `</${cite.name}>`.length } : {}),
    chromeIds: new Set(idsIn(page).filter((i) => !elsewhere.has(i))),
  };
}
