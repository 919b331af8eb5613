/**
 * readPageFacts: the passages a search can link to and the occurrence
 * anchors an index can link to, read from a page of the HTML edition — on
 * a page written here with the edition's classes, and on a page the HTML
 * stylesheet renders from a fixture.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFacts, shorten } from '../../src/collection/read-page-facts.js';
import { fixturesRoot } from '../helpers/fixtures.js';
import { renderHtml } from '../html/render-html.js';

const page = `<!DOCTYPE html><html lang="ru" dir="ltr"><head><title>Письмо &amp; ответ</title></head><body>
<header><h1>Not searchable</h1></header>
<article id="te-text" class="text">
  <div class="tei-opener">Copy no 2<br>Moscow</div>
  <h2 class="tei-head" id="heading">Record of a <a class="name name-person" href="#z" id="occ-z-1" data-ref="z">conversation</a></h2>
  <p class="tei-p" id="p1">Short <span class="choice"><del class="v-dipl">Marshall</del><ins class="v-read">Marshal</ins></span> text<a class="note-ref" href="#n1"><sup>1</sup></a>.</p>
  <section class="tei-div" id="d1"><h3 class="tei-head">A letter <a class="note-ref" href="#n2"><sup>2</sup></a>from the Minister</h3>
    <p class="tei-p">The Minister writes at length about the situation in the region, and what he expects.</p>
    <span class="tei-pagebreak" id="pg2">[p. 2]</span>
    <section class="tei-div" id="d2"><p class="tei-p">Inner text<br>on two lines.</p></section>
    <p class="tei-p">After the inner section.</p>
  </section>
</article>
<section id="te-notes" class="notes"><ol><li id="n1" class="note note-editorial" value="1"><span class="note-kind">Editorial note</span> <span class="note-body">A note on Marshal.</span> <a class="note-back" href="#r1">↩</a></li></ol></section>
<section id="te-index" class="index"><ul>
  <li id="z" class="index-entry index-entry-person"><p class="entry-head"><span class="entry-name">Zakharov</span></p>
    <p class="entry-occurrences"><a class="occurrence" href="#occ-z-1">heading</a> <a class="occurrence" href="#occ-z-2">¶5</a> (<a class="occurrence occurrence-again" href="#occ-z-3">2nd</a>)</p></li>
  <li id="k" class="index-entry index-entry-place"><p class="entry-occurrences"><span class="entry-count">Named in the header only.</span></p></li>
</ul></section>
</body></html>`;

describe('readPageFacts', () => {
  const facts = readPageFacts(page);

  it('reads the title, language and direction of the page', () => {
    expect(facts).toMatchObject({ title: 'Письмо & ответ', lang: 'ru', dir: 'ltr' });
  });

  it('cuts the text at elements with an id, in page order, with the reading text only', () => {
    expect(facts.passages.map((p) => [p.id, p.label, p.text])).toEqual([
      ['te-text', '', 'Copy no 2 Moscow'],
      ['heading', 'Record of a conversation', 'Record of a conversation'],
      ['p1', '¶1', 'Short Marshal text.'],
      ['d1', 'A letter from the Minister', 'A letter from the Minister The Minister writes at length about the situation in the region, and what he expects. After the inner section.'],
      ['d2', '', 'Inner text on two lines.'],
      ['te-notes', '', ''],
      ['n1', 'note 1', 'A note on Marshal.'],
    ].filter((p) => p[2] !== ''));
  });

  it('leaves out the banner, the index and the look’s own labels (note numbers, page breaks, note kinds)', () => {
    const all = facts.passages.map((p) => p.text).join(' ');
    for (const absent of ['Not searchable', 'Zakharov', 'Marshall', '[p. 2]', 'Editorial note', '↩', 'heading ¶5']) expect(all).not.toContain(absent);
  });

  it('lists every index entry with the anchors and labels of its occurrences, a further mention in the same place with its place', () => {
    expect(facts.entries).toEqual({ z: [{ id: 'occ-z-1', label: 'heading' }, { id: 'occ-z-2', label: '¶5' }, { id: 'occ-z-3', label: '¶5 (2nd)' }], k: [] });
  });

  it('takes the first paragraph of eight words or more as the opening', () => {
    expect(facts.opening).toBe('The Minister writes at length about the situation in the region, and what he expects.');
    expect(readPageFacts('<article id="te-text"><p class="tei-p">如是我聞。一時佛在舍衛國</p></article>').opening).toBe('如是我聞。一時佛在舍衛國');
  });

  it('never throws: a page without the edition’s parts has no passages', () => {
    expect(readPageFacts('<p>unclosed <b>tags')).toEqual({ title: '', lang: '', dir: '', passages: [], opening: '', entries: {} });
  });

  it('reads a page the HTML edition renders: passages at the paragraphs’ ids, occurrences at the names', () => {
    const file = path.join(fixturesRoot, 'collection', 'letters', 'tei', 'letters', 'kennan-1957.xml');
    const rendered = readPageFacts(renderHtml(file, 'letters/kennan-1957').html);
    expect(rendered.title).toBe('George F. Kennan to Richard Hall on containment');
    const p1 = rendered.passages.find((p) => p.id === 'p1');
    expect(p1).toMatchObject({ label: '¶1', text: 'Thank you for your letter. You ask what I meant by containment when I wrote from Moscow.' });
    expect(rendered.passages.some((p) => p.text.includes('The telegram of 22 February 1946.'))).toBe(true);
    expect(rendered.entries.gfk).toEqual([{ id: 'occ-gfk-1', label: '¶ 1' }, { id: 'occ-gfk-2', label: 'signature' }]);
    expect(rendered.entries.moscow).toEqual([{ id: 'occ-moscow-1', label: '¶ 1' }]);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
