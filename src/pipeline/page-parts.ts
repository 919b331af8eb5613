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
  /**
   * What its text is made of, in order: stretches of the page (`[from, to)`), and the start and end
   * tags of the containers around them (the body's, and a long division's when it is split further).
   */
  pieces: (string | [number, number])[];
  ids: string[];
}

/** A container around a part's stretches: its start tag as written, its end tag. */
interface Wrapper {
  open: string;
  close: string;
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

const isDivision = (n: AnyNode): n is Element => isTag(n) && classesOf(n).some((c) => /^tei-div\d?$/.test(c));

/** The divisions in a container (the body, a division), each with the other nodes before it (a `head` goes with the first). */
function bodyUnits(body: Element): AnyNode[][] {
  const units: AnyNode[][] = [];
  let pending: AnyNode[] = [];
  for (const child of body.children) {
    pending.push(child);
    if (isDivision(child)) {
      units.push(pending);
      pending = [];
    }
  }
  if (pending.length && units.length) units[units.length - 1]!.push(...pending);
  return units.map((u) => u.filter((n, i) => isTag(n) || (i > 0 && i < u.length - 1)));
}

/**
 * The parts of a container's divisions, inside `wrappers`. A division longer than `splitAbove`
 * characters with divisions of its own is split into those in turn: the nodes before them (its
 * heading) go with the first, and the division's id too.
 */
function divisionParts(html: string, container: Element, wrappers: Wrapper[], splitAbove: number): PlannedPart[] {
  const parts: PlannedPart[] = [];
  const around = (pieces: PlannedPart['pieces']) => [...wrappers.map((w) => w.open), ...pieces, ...wrappers.map((w) => w.close).reverse()];
  for (const unit of bodyUnits(container)) {
    const division = unit.find(isDivision)!;
    const range: [number, number] = [unit[0]!.startIndex!, end(unit.at(-1)!)];
    const inner = range[1] - range[0] > splitAbove ? divisionParts(html, division, [...wrappers, { open: html.slice(division.startIndex!, startTagEnd(division)), close: `</${division.name}>` }], splitAbove) : [];
    if (inner.length < 2) {
      parts.push({ title: titleOf(unit, ''), pieces: around([range]), ids: idsIn(unit) });
      continue;
    }
    // The nodes beside the division (a page break before it) move just inside it, on its first and last parts.
    const at = unit.indexOf(division);
    const [before, after] = [unit.slice(0, at), unit.slice(at + 1)];
    if (before.length) inner[0]!.pieces.splice(wrappers.length + 1, 0, [before[0]!.startIndex!, end(before.at(-1)!)]);
    if (after.length) inner.at(-1)!.pieces.splice(inner.at(-1)!.pieces.length - wrappers.length - 1, 0, [after[0]!.startIndex!, end(after.at(-1)!)]);
    inner[0]!.ids.unshift(...idsIn(before), ...(division.attribs.id ? [division.attribs.id] : []));
    inner.at(-1)!.ids.push(...idsIn(after));
    parts.push(...inner);
  }
  return parts;
}

/**
 * Plans the split of a page (`html`, and the children of its document) whose divisions are split
 * further while longer than `splitAbove` characters; undefined when its text has fewer than two parts.
 */
export function pagePartsOf(html: string, page: AnyNode[], splitAbove: number): PagePlan | undefined {
  const article = byId(page, 'te-text');
  const title = findOne((e) => e.name === 'title', page);
  if (!article || !title) return undefined;
  const sections = article.children.filter(isTag);
  const kind = (k: string) => sections.find((s) => classesOf(s).includes(`tei-${k}`));
  const [front, body, back] = [kind('front'), kind('body'), kind('back')];
  const parts: PlannedPart[] = [];
  if (front) parts.push({ title: titleOf([front], 'Front matter'), pieces: [[front.startIndex!, end(front)]], ids: idsIn([front]) });
  if (body) parts.push(...divisionParts(html, body, [{ open: html.slice(body.startIndex!, startTagEnd(body)), close: `</${body.name}>` }], splitAbove));
  if (back) parts.push({ title: titleOf([back], 'Back matter'), pieces: [[back.startIndex!, end(back)]], ids: idsIn([back]) });
  if (parts.length < 2) return undefined;
  parts.forEach((part, i) => (part.title ||= `Part ${i + 1}`));

  // Each note or apparatus entry goes to the part of the first link to it.
  const referredFrom = new Map<string, number>();
  for (const a of findAll((e) => e.attribs.href?.startsWith('#') ?? false, sections)) {
    const part = parts.findIndex((p) => p.pieces.some((r) => typeof r !== 'string' && a.startIndex! >= r[0] && a.startIndex! < r[1]));
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
