/**
 * The plan of a split and the pages made from it, over generated pages shaped
 * like the HTML stylesheet's (fast-check): whatever the number of divisions,
 * notes, cross-references and index mentions, every division is on exactly one
 * part, every note on the part of its reference, and every link of every page
 * reaches a page of the split that has its id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { pagePartsOf } from '../../src/pipeline/page-parts.js';
import { splitLongPage } from '../../src/pipeline/split-long-page.js';
import { readPage } from './check-links.js';

interface Shape {
  front: boolean;
  back: boolean;
  /** Per division: its notes (count) and the paragraphs it refers to (division numbers). */
  divisions: { notes: number; refs: number[] }[];
}

/** A page as xslt/html/ writes one, with the shape given. */
function page(shape: Shape): string {
  let note = 0;
  const notes: string[] = [];
  const divs = shape.divisions.map((d, i) => {
    const refs = Array.from({ length: d.notes }, () => {
      note++;
      notes.push(`<li id="n${note}" class="note" value="${note}"><span class="note-body">Note ${note}.</span> <a class="note-back" href="#te-noteref-${note}">↩</a></li>`);
      return `<a class="note-ref" id="te-noteref-${note}" href="#n${note}"><sup>${note}</sup></a>`;
    });
    const xrefs = d.refs.map((j) => `<a class="tei-ref" href="#p${j % shape.divisions.length}">see</a>`);
    return `<section class="tei-div" id="d${i}"><h3 class="tei-head">Chapter ${i}</h3><p class="tei-p" id="p${i}">Text ${i}${refs.join('')} ${xrefs.join(' ')}</p></section>`;
  });
  const front = shape.front ? '<section class="tei-front"><section class="tei-div"><p class="tei-p">Title page</p></section></section>' : '';
  const back = shape.back ? '<section class="tei-back"><section class="tei-div" id="app"><h3 class="tei-head">Appendix</h3></section></section>' : '';
  const index = `<section id="te-index"><h2 id="te-index-heading">Index</h2><ul>${shape.divisions.map((_, i) => `<li class="index-entry" id="e${i}"><a class="occurrence" href="#p${i}">¶${i}</a></li>`).join('')}</ul></section>`;
  const notesSection = notes.length ? `<section id="te-notes" class="notes"><h2 id="te-notes-heading">Notes</h2><ol class="note-list">${notes.join('')}</ol></section>` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A generated page</title></head><body><a class="skip-link" href="#te-text">Skip</a><header class="edition-header"><h1 id="te-title">A generated page</h1><nav class="page-nav" aria-label="Parts of this page"><ul><li><a href="#te-text">Text</a></li>${notes.length ? '<li><a href="#te-notes">Notes</a></li>' : ''}<li><a href="#te-index">Index</a></li></ul></nav></header><main id="te-main"><div class="edition-reading"><article id="te-text" class="text">${front}<section class="tei-body">${divs.join('')}</section>${back}</article>${notesSection}${index}</div><div class="edition-side"><section id="te-cite" class="panel"><h2 id="te-cite-heading">How to cite</h2><p>Cite this.</p></section></div></main></body></html>`;
}

const shapes = fc.record({
  front: fc.boolean(),
  back: fc.boolean(),
  divisions: fc.array(fc.record({ notes: fc.nat(3), refs: fc.array(fc.nat(20), { maxLength: 3 }) }), { minLength: 2, maxLength: 7 }),
});

type Split = NonNullable<ReturnType<typeof splitLongPage>>;

/** The ids of each page of a split, by file name. */
function idsOf(split: Split): Map<string, Set<string>> {
  return new Map([['doc.html', readPage(split.contents).ids], ...split.parts.map((p): [string, Set<string>] => [p.file, readPage(p.html).ids])]);
}

/** Every link of every page of `split` reaches a page of it with its id. */
function expectLinksResolve(split: Split): void {
  const ids = idsOf(split);
  for (const [file, html] of [['doc.html', split.contents], ...split.parts.map((p) => [p.file, p.html])] as [string, string][]) {
    for (const href of readPage(html).links) {
      const [target, fragment] = href.split('#') as [string, string | undefined];
      const reached = target === '' ? file : decodeURIComponent(target);
      expect(ids.has(reached), `${file}: ${href}`).toBe(true);
      if (fragment) expect(ids.get(reached)!.has(fragment), `${file}: ${href}`).toBe(true);
    }
  }
}

describe('pagePartsOf and splitLongPage over generated pages', () => {
  it('plans one part per division, with front and back matter of their own, and each note on its reference\'s part', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const html = page(shape);
        const plan = pagePartsOf(html, parseDocument(html, { withStartIndices: true, withEndIndices: true }).children, html.length)!;
        const offset = shape.front ? 1 : 0;
        expect(plan.parts.map((p) => p.title)).toEqual([...(shape.front ? ['Front matter'] : []), ...shape.divisions.map((_, i) => `Chapter ${i}`), ...(shape.back ? ['Appendix'] : [])]);
        let note = 0;
        shape.divisions.forEach((d, i) => {
          for (let k = 0; k < d.notes; k++) expect(plan.distributed[0]!.items[note++]!.part).toBe(i + 1 + offset);
        });
      }),
    );
  });

  it('makes pages whose every link reaches a page of the split with its id', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const split = splitLongPage(page(shape), 'doc', 1)!;
        expectLinksResolve(split);
        // Every division on exactly one page.
        shape.divisions.forEach((_, i) => expect([...idsOf(split).values()].filter((set) => set.has(`d${i}`))).toHaveLength(1));
      }),
    );
  });

  it('splits a division longer than the threshold into its own divisions, its heading and id on the first', () => {
    fc.assert(
      fc.property(shapes, fc.nat(), (shape, pick) => {
        const whole = page(shape);
        // The chosen chapter gets two subdivisions after its paragraph; the second links back to the first chapter.
        const at = pick % shape.divisions.length;
        const subdivisions = '<section class="tei-div" id="s1"><h4 class="tei-head">Sub 1</h4><p class="tei-p" id="sp1">One.</p></section>'
          + '<section class="tei-div" id="s2"><h4 class="tei-head">Sub 2</h4><p class="tei-p" id="sp2">Two, <a href="#p0">see</a>.</p></section>';
        const nested = whole.replace(new RegExp(`(<section class="tei-div" id="d${at}">.*?</p>)</section>`), `$1${subdivisions}</section>`);
        expect(nested).not.toBe(whole);
        const split = splitLongPage(nested, 'doc', 1)!;
        expectLinksResolve(split);
        // d(at) is split: its heading, paragraph and id with its first subdivision, the second on the next part.
        const p = split.partOf;
        expect([p.get(`d${at}`), p.get('s1')]).toEqual([p.get(`p${at}`), p.get(`p${at}`)]);
        expect(p.get('s2')).toBe(p.get('s1')! + 1);
        expect(split.parts[p.get('s2')! - 1]!.title).toBe('Sub 2');
        expect(split.parts[p.get('s1')! - 1]!.title).toBe(`Chapter ${at}`);
        expect(split.parts.length).toBe(shape.divisions.length + 1 + (shape.front ? 1 : 0) + (shape.back ? 1 : 0));
      }),
    );
  });

  it('leaves a page whose body has one division whole', () => {
    const html = page({ front: false, back: false, divisions: [{ notes: 1, refs: [] }] });
    expect(pagePartsOf(html, parseDocument(html, { withStartIndices: true, withEndIndices: true }).children, 1)).toBeUndefined();
  });
});
