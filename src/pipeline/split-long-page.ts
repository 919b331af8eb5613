/**
 * The split of a long page: a rendered HTML page above a size becomes a
 * contents page (the document's page, with its header, side panels and index,
 * its text replaced by a list of the parts) and one page per part: the front
 * matter, each top-level division of the body (one still longer than the
 * threshold, with divisions of its own, split into those), the back matter. Each part
 * keeps the page's chrome, gets previous/next links, and carries the notes and
 * apparatus entries whose references stand in it; every `href="#id"` is
 * pointed at the page that holds the id.
 *
 * It works on the page the HTML stylesheet wrote, by splicing its text at the
 * offsets htmlparser2 reports: every byte a part holds is the stylesheet's own
 * serialization, so a split page reads exactly as the whole one did, and the
 * same page always splits into the same bytes. Cutting the rendered page,
 * rather than rendering parts in XSLT, keeps one render per document and
 * leaves the stylesheets (and a project's own) unaware of parts: bench
 * figures are in docs/performance.md.
 */
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';
import { pagePartsOf, startTagEnd, type PagePlan } from './page-parts.js';

/** Pages above this many bytes of HTML are split by default ("about 500 KB"). */
export const DEFAULT_SPLIT_ABOVE = 500_000;

/** One page of a split document. */
export interface SplitPart {
  /** The part's file, relative to the folder of the document's page (`record.part-2.html`, unencoded). */
  file: string;
  /** The part's title, from its first heading. */
  title: string;
  html: string;
}

export interface SplitPage {
  /** The contents page, written where the whole page would have been. */
  contents: string;
  parts: SplitPart[];
  /** The part (1-based) holding each id of the text, notes and apparatus; ids of the contents page and chrome are absent. */
  partOf: Map<string, number>;
}

/** The file name of part `n` of the page whose output name ends in `leaf`. */
export const partFile = (leaf: string, n: number) => `${leaf}.part-${n}.html`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hrefOf = (file: string) => encodeURIComponent(file);

/** A `href="#id"` in a start tag: where its value starts and ends in the page, and the id. */
interface LinkSite {
  from: number;
  to: number;
  id: string;
  /** The item of the page's own menu ("Notes", "Index") holding the link, removed where its target is not on the page. */
  menuItem?: [number, number];
}

function linkSites(html: string, root: Element[]): LinkSite[] {
  const sites: LinkSite[] = [];
  for (const e of findAll((n) => n.attribs.href?.startsWith('#') ?? false, root)) {
    const tag = html.slice(e.startIndex!, startTagEnd(e));
    const m = /\shref="#([^"]*)"/.exec(tag);
    if (!m) continue;
    let id = m[1]!;
    try {
      id = decodeURIComponent(id);
    } catch {
      // Not percent-encoded after all: the id as written.
    }
    const from = e.startIndex! + m.index + m[0].indexOf('"') + 1;
    const li = e.parent as Element | null;
    // The page's own menu: header > nav.page-nav > ul > li > a.
    const nav = li?.name === 'li' ? (li.parent?.parent as Element | null) : null;
    const inMenu = nav?.name === 'nav' && nav.attribs.class === 'page-nav';
    sites.push({ from, to: from + m[1]!.length + 1, id, ...(inMenu && li ? { menuItem: [li.startIndex!, li.endIndex! + 1] as [number, number] } : {}) });
  }
  return sites;
}

/**
 * Splits `html`, the page of the document named `name`, when it is longer than `splitAbove` bytes
 * (0: never) and its text has parts to split into; otherwise undefined.
 */
export function splitLongPage(html: string, name: string, splitAbove: number): SplitPage | undefined {
  if (splitAbove <= 0 || Buffer.byteLength(html) <= splitAbove) return undefined;
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const plan = pagePartsOf(html, document.children, splitAbove);
  if (!plan) return undefined;
  const leaf = name.split('/').at(-1)!;
  const files = ['', ...plan.parts.map((_, i) => partFile(leaf, i + 1))];
  const sites = linkSites(html, document.children.filter((n): n is Element => n.type === 'tag'));
  const where = placeIds(plan);
  const partOf = new Map<string, number>();
  for (const [id, homes] of where.homes) if (homes[0]! > 0) partOf.set(id, homes[0]!);

  /** The text of `[from, to)` as page `f` shows it: links to ids on other pages point there; menu items to nothing go. */
  const piece = (from: number, to: number, f: number): string => {
    let out = '';
    let at = from;
    for (const site of sites) {
      const cut = site.menuItem ?? [site.from, site.to];
      if (cut[0] < at || cut[1] > to) continue;
      const homes = where.homes.get(site.id);
      if (!homes || where.everywhere.has(site.id) || homes.includes(f)) continue;
      if (site.menuItem && homes[0] !== 0) {
        out += html.slice(at, cut[0]);
        at = cut[1];
      } else {
        out += html.slice(at, site.from) + `${hrefOf(files[homes[0]!] || `${leaf}.html`)}#${encodeURIComponent(site.id)}`;
        at = site.to;
      }
    }
    return out + html.slice(at, to);
  };
  /** Page `f`: the chrome, with `middle` as the text, the distributed sections' items of `f`, and the index on the contents page only. */
  const compose = (f: number, middle: string, title: string): string => {
    const edits: [number, number, string][] = [
      [plan.title.from, plan.title.to, escapeHtml(title)],
      [plan.article.from, plan.article.to, middle],
    ];
    for (const section of plan.distributed) {
      const kept = section.items.filter((item) => item.part === f);
      if (kept.length === 0) edits.push([section.from, section.to, '']);
      else for (const item of section.items) if (item.part !== f) edits.push([item.from, item.to, '']);
    }
    if (f > 0) {
      if (plan.index) edits.push([plan.index.from, plan.index.to, '']);
      const nav = partNav(files, plan, f, leaf);
      edits.push([plan.article.outerFrom, plan.article.outerFrom, nav('top')], [plan.article.outerTo, plan.article.outerTo, nav('end')]);
      if (plan.citeEnd !== undefined) {
        const cite = `<p class="citation-part">This part: <a href="${hrefOf(files[f]!)}">${escapeHtml(plan.parts[f - 1]!.title)}</a>, part ${f} of ${plan.parts.length}.</p>`;
        edits.push([plan.citeEnd, plan.citeEnd, cite]);
      }
    }
    edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let out = '';
    let at = 0;
    for (const [from, to, text] of edits) {
      if (from < at) continue;
      out += piece(at, from, f) + text;
      at = to;
    }
    return out + piece(at, html.length, f);
  };

  const docTitle = plan.title.text;
  const parts = plan.parts.map((part, i) => {
    const f = i + 1;
    const middle = part.pieces.map((p) => (typeof p === 'string' ? p : piece(p[0], p[1], f))).join('');
    return { file: files[f]!, title: part.title, html: compose(f, middle, `${part.title} · ${docTitle}`) };
  });
  const list = plan.parts.map((p, i) => `<li><a href="${hrefOf(files[i + 1]!)}">${escapeHtml(p.title)}</a></li>`).join('');
  const contents = compose(0, `<nav class="part-contents" aria-labelledby="te-contents-heading"><h2 id="te-contents-heading">Contents</h2><ol>${list}</ol></nav>`, docTitle);
  return { contents, parts, partOf };
}

/** On which pages each id stands (0: the contents page), and the ids of the chrome, which stand on every page. */
function placeIds(plan: PagePlan): { homes: Map<string, number[]>; everywhere: Set<string> } {
  const homes = new Map<string, number[]>();
  const add = (id: string, f: number) => {
    const list = homes.get(id) ?? [];
    if (!list.includes(f)) list.push(f);
    homes.set(id, list);
  };
  plan.parts.forEach((part, i) => part.ids.forEach((id) => add(id, i + 1)));
  for (const section of plan.distributed) {
    for (const item of section.items) item.ids.forEach((id) => add(id, item.part));
    for (const f of new Set(section.items.map((item) => item.part))) section.ids.forEach((id) => add(id, f));
  }
  plan.index?.ids.forEach((id) => add(id, 0));
  for (const list of homes.values()) list.sort((a, b) => a - b);
  return { homes, everywhere: plan.chromeIds };
}

/** The previous/next links of part `f`, at the top or the end of its text. */
function partNav(files: string[], plan: PagePlan, f: number, leaf: string): (where: 'top' | 'end') => string {
  const link = (n: number, rel: string, label: string) => `<a rel="${rel}" href="${hrefOf(files[n] || `${leaf}.html`)}">${label}: ${escapeHtml(n === 0 ? 'Contents' : plan.parts[n - 1]!.title)}</a>`;
  const items = [
    `<li>${link(0, 'contents', 'Up')}</li>`,
    f > 1 ? `<li>${link(f - 1, 'prev', 'Previous')}</li>` : '',
    f < plan.parts.length ? `<li>${link(f + 1, 'next', 'Next')}</li>` : '',
  ].join('');
  // At the top, the position is a heading: it opens the part's outline (h1 the document, h2 the part, h3 its divisions).
  const position = (tag: string) => `<${tag} class="part-position">Part ${f} of ${plan.parts.length}</${tag}>`;
  return (where) =>
    `<nav class="part-nav part-nav-${where}" aria-label="${where === 'top' ? 'Parts of the document' : 'Parts of the document, at the end of this part'}">${position(where === 'top' ? 'h2' : 'p')}<ul>${items}</ul></nav>`;
}
