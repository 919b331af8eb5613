/**
 * The record's HTML page, read as a DOM: every part the issue lists is there
 * and says what the TEI says (metadata panel, citation in three forms, text
 * parts, speech, both views of each intervention, notes, stamp and archival
 * marks, the conventions legend, indexes with occurrences both ways), and the
 * page is the same from run to run. Expected values come from the record
 * (counted in the TEI) or from the archive's own facts, never from the page.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { parseTei, renderHtml, type RenderedPage } from './render-html.js';

const name = 'zakharov-kim-il-sung-1970-06-10';
const source = path.join(repoRoot, 'tei', `${name}.xml`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

let page: RenderedPage;
let doc: Document;
let tei: Document;
beforeAll(() => {
  page = renderHtml(source, name);
  doc = page.document;
  tei = parseTei(source);
});

/** The dd after the dt labelled `label` in the metadata panel. */
const fact = (label: string) => {
  const dt = Array.from(doc.querySelectorAll('#te-about dt')).find((d) => text(d) === label);
  return dt?.nextElementSibling ?? null;
};

describe('the record page', () => {
  it('renders without errors and identically from run to run', () => {
    expect(page.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const again = renderHtml(source, name);
    expect(again.html).toBe(page.html);
    expect(again.files).toEqual(page.files);
    expect(page.html).not.toMatch(/20[2-9][0-9]-[01][0-9]-[0-3][0-9]T/); // no timestamps
  });

  it('has a strict Content-Security-Policy and nothing inline', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(Array.from(doc.querySelectorAll('script')).every((s) => s.getAttribute('src') && s.textContent === '')).toBe(true);
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('has landmarks, a skip link, lang, and a Download TEI link to the copied source', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('header, main, footer, nav')).toHaveLength(4);
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#te-text');
    expect(doc.getElementById('te-text')).not.toBeNull();
    const download = Array.from(doc.querySelectorAll('a[download]')).find((a) => text(a) === 'Download TEI');
    expect(download?.getAttribute('href')).toBe(`../source/${name}.xml`);
  });

  it('shows the header facts in the metadata panel', () => {
    expect(text(doc.querySelector('h1'))).toBe(text(tei.querySelector('titleStmt > title')));
    expect(text(fact('Author'))).toBe('Mieczysław Białek');
    expect(fact('Date')?.querySelector('time')?.getAttribute('datetime')).toBe('1970-06-10');
    expect(text(fact('Place'))).toBe('Pyongyang');
    expect(text(fact('Archive'))).toBe('Archiwum Instytutu Pamięci Narodowej, Warsaw');
    // Every call number of msIdentifier, each once.
    const numbers = Array.from(tei.querySelectorAll('msIdentifier idno')).map((i) => text(i));
    expect(numbers).toHaveLength(4);
    expect(Array.from(doc.querySelectorAll('#te-about .call-numbers .archival-mark')).map((e) => text(e))).toEqual(numbers);
    expect(text(fact('Obtained by'))).toBe('Marek Hańderek');
    expect(text(fact('Translated by'))).toBe('Jerzy Giebułtowski');
    expect(text(fact('Funder'))).toBe('Kyungnam University');
    expect(text(doc.querySelector('#te-about .summary'))).toBe(text(tei.querySelector('abstract p')));
    expect(Array.from(doc.querySelectorAll('#te-about .keywords li')).map((e) => text(e))).toEqual(Array.from(tei.querySelectorAll('keywords term')).map((t) => text(t)));
    const rights = text(doc.querySelector('#te-about .rights'));
    expect(rights).toContain('welcomes reuse of Digital Archive materials');
    expect(rights).toContain('[…]'); // the obfuscated e-mail address is a gap, shown as one
  });

  it('offers a ready citation, Highwire tags and a CSL-JSON file beside the page', () => {
    const citation = text(doc.getElementById('te-citation-text'));
    // The archive's own form: author, 'title', date, archive, call number as the archive cites it; credits; address (accessed).
    expect(citation).toBe(
      "Col. Mieczysław Białek, ‘Record of Conversation of the Marshall of the Soviet Union Com. Zakharov with Com. Kim Il Sung during Com. Zakharov's Visit in the DPRK’, June 10, 1970, " +
        'History and Public Policy Program Digital Archive, AIPN, 2602/8901. Obtained by Marek Hańderek and translated by Jerzy Giebułtowski. ' +
        'https://digitalarchive.wilsoncenter.org/document/col-mieczyslaw-bialek-record-conversation-marshall-soviet-union-com-zakharov-com-kim-il (accessed 26 November 2026). ' +
        'TEI edition by the tei-edition project, 26 November 2026.',
    );
    const meta = (n: string) => Array.from(doc.querySelectorAll(`meta[name="${n}"]`)).map((m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual([text(tei.querySelector('titleStmt > title'))]);
    expect(meta('citation_author')).toEqual(['Białek, Mieczysław']);
    expect(meta('citation_date')).toEqual(['1970/06/10']);
    expect(meta('citation_online_date')).toEqual(['2026/11/26']);
    expect(meta('citation_keywords')).toHaveLength(10);
    expect(doc.querySelector('link[type="application/vnd.citationstyles.csl+json"]')?.getAttribute('href')).toBe(`${name}.csl.json`);
    const csl = JSON.parse(page.files.get(`html/${name}.csl.json`)!);
    expect(csl).toEqual([
      expect.objectContaining({
        id: name,
        type: 'manuscript',
        author: [{ family: 'Białek', given: 'Mieczysław' }],
        translator: [{ family: 'Giebułtowski', given: 'Jerzy' }],
        issued: { 'date-parts': [[1970, 6, 10]] },
        archive: 'Archiwum Instytutu Pamięci Narodowej',
        'archive-place': 'Warsaw',
        archive_location: 'AIPN, 2602/8901',
        'available-date': { 'date-parts': [[2026, 11, 26]] },
        URL: 'https://digitalarchive.wilsoncenter.org/document/col-mieczyslaw-bialek-record-conversation-marshall-soviet-union-com-zakharov-com-kim-il',
        accessed: { 'date-parts': [[2026, 11, 26]] },
      }),
    ]);
  });

  it('renders opener, heading, every paragraph with its id, closer with signature, and the distribution block', () => {
    expect(doc.querySelector('#te-text .tei-opener')).not.toBeNull();
    expect(text(doc.querySelector('#te-text h2.tei-head'))).toMatch(/^of conversation of the/);
    const ids = Array.from(tei.querySelectorAll('text p')).map((p) => p.getAttribute('xml:id')).filter(Boolean);
    expect(ids).toHaveLength(17);
    for (const id of ids) expect(doc.querySelector(`p#${id}`), id!).not.toBeNull();
    expect(text(doc.querySelector('.tei-closer .tei-signed'))).toMatch(/^Military attaché of the Embassy of the People’s Republic of Poland in Pyongyang°? Col\. Mieczysław Białek$/);
    expect(doc.querySelectorAll('.tei-closer .tei-signed br')).toHaveLength(4);
    const distribution = doc.querySelector('section.tei-distribution');
    expect(Array.from(distribution!.querySelectorAll('li')).map((li) => text(li))).toEqual(Array.from(tei.querySelectorAll('back item')).map((i) => text(i)));
    expect(text(distribution!.querySelector('.tei-dateline'))).toBe('Pyongyang, 10 June 1970');
  });

  it('attributes every speech turn to its speaker, direct and reported apart, with stable ids', () => {
    const said = Array.from(tei.querySelectorAll('text said'));
    const turns = Array.from(doc.querySelectorAll('#te-text .speech'));
    expect(turns).toHaveLength(said.length);
    turns.forEach((turn, i) => {
      const who = said[i]!.getAttribute('who')!.slice(1);
      expect(turn.getAttribute('data-who')).toBe(who);
      expect(turn.classList.contains(said[i]!.getAttribute('direct') === 'false' ? 'speech-reported' : 'speech-direct')).toBe(true);
      expect(turn.getAttribute('tabindex')).toBe('0');
      expect(turn.id).toBe(said[i]!.getAttribute('xml:id') ?? `te-said-${i + 1}`);
    });
    expect(doc.getElementById('s-china-2')?.getAttribute('title')).toBe('Spoken by Kim Il Sung');
    expect(doc.getElementById('zudin-account')?.getAttribute('data-speaker')).toBe('S. S. Zudin (reported)');
    // The speaker control offers every speaker once.
    expect(Array.from(doc.querySelectorAll('.speaker-control input')).map((i) => i.getAttribute('value'))).toEqual(['zudin', 'kim-il-sung', 'zakharov', 'zhou-enlai']);
  });

  it('writes both views of every intervention, telling translator and editors apart', () => {
    const c56 = doc.getElementById('c-56')!;
    expect(text(c56.querySelector('del.v-dipl'))).toBe('56');
    expect(text(c56.querySelector('ins.v-read'))).toBe('5–6');
    expect(c56.getAttribute('title')).toBe('Printed “56”, corrected to “5–6” by the editors (the tei-edition project) (certainty: medium)');
    expect(c56.classList.contains('resp-editor')).toBe(true);
    const zudin = doc.querySelector('#p1 .marked.sic')!;
    expect(zudin.classList.contains('resp-translator')).toBe(true);
    expect(text(zudin.querySelector('.sic-mark.v-dipl'))).toBe('[sic]');
    const need = doc.getElementById('c-need')!;
    expect(need.classList.contains('is-omission')).toBe(true);
    expect(text(need.querySelector('del.v-dipl'))).toBe('need');
    expect(Array.from(doc.querySelectorAll('#te-text .marked.supplied')).map((s) => text(s))).toEqual(['[will do so]', '[said]']);
    expect(Array.from(doc.querySelectorAll('#te-text .marked.supplied .bracket.v-dipl'))).toHaveLength(4);
    const zhou = doc.querySelector('#p8 .choice-abbreviation')!;
    expect(text(zhou)).toBe('Zh[ou]');
    expect(zhou.querySelectorAll('.bracket.v-dipl')).toHaveLength(2);
    expect(text(doc.querySelector('#c-marshal-1 ins.v-read'))).toBe('Marshal');
    expect(text(doc.querySelector('#c-marshal-1 del.v-dipl'))).toBe('Marshall');
  });

  it('numbers the editorial notes with back-links and keeps the author’s remarks inline, labelled', () => {
    const notes = Array.from(tei.querySelectorAll('text note[type="editorial"]'));
    const items = Array.from(doc.querySelectorAll('#te-notes li'));
    expect(items).toHaveLength(notes.length);
    items.forEach((li, i) => {
      expect(li.id).toBe(notes[i]!.getAttribute('xml:id'));
      const back = li.querySelector('a.note-back')!.getAttribute('href')!;
      const ref = doc.getElementById(back.slice(1))!;
      expect(ref.getAttribute('href')).toBe(`#${li.id}`);
      expect(text(ref)).toBe(String(i + 1));
    });
    const remarks = Array.from(doc.querySelectorAll('#te-text .remark'));
    expect(remarks).toHaveLength(tei.querySelectorAll('text note[type="authorial"]').length);
    for (const r of remarks) {
      expect(r.getAttribute('role')).toBe('note');
      expect(r.getAttribute('aria-label')).toBe('Remark by Mieczysław Białek, the author');
    }
    expect(text(doc.querySelector('#p9 .remark'))).toBe('(NB As far as I know it was anti-Kim Il Sung propaganda – my own remark)');
  });

  it('shows the stamp boxed with its date, its conjectured type on hover only, and the opener’s numbers as archival marks', () => {
    const stamp = doc.getElementById('stamp')!;
    expect(stamp.classList.contains('stamp')).toBe(true);
    expect(text(stamp.querySelector('.stamp-label'))).toBe('stamp');
    expect(stamp.getAttribute('title')).toContain('perhaps a receipt stamp: a conjecture of medium certainty');
    expect(stamp.querySelector('time')?.getAttribute('datetime')).toBe('1970-06-26');
    expect(text(stamp)).toContain('26 June 1970');
    const marks = Array.from(doc.querySelectorAll('#te-text .tei-opener .archival-mark'));
    expect(marks.map((m) => text(m))).toEqual(['Ipn bu 2602/8901', 'IPN BU 648/34', 'KZ/0104/70']);
  });

  it('lists in the legend exactly the conventions the record uses', () => {
    const names = Array.from(doc.querySelectorAll('#te-conventions .convention-name')).map((n) => text(n));
    expect(names).toEqual([
      'Correction', 'Deletion', 'Regularised spelling', 'Abbreviation', '[sic]', 'Supplied words', 'The author’s remark', 'Footnote',
      'Direct speech', 'Reported speech', 'Person', 'Place', 'Organisation', 'Event', 'Stamp', 'Archival mark',
    ]);
    // Samples carry the look but no ids or links.
    expect(doc.querySelectorAll('#te-conventions dl [id], #te-conventions dl a')).toHaveLength(0);
    const ids = Array.from(doc.querySelectorAll('[id]')).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('indexes persons, places and organisations, with every occurrence linked both ways and authority links', () => {
    for (const kind of ['person', 'place', 'org']) {
      const entries = Array.from(tei.querySelectorAll(kind)).filter((e) => e.getAttribute('xml:id'));
      expect(doc.querySelectorAll(`#te-index .index-entry-${kind}`)).toHaveLength(entries.length);
    }
    const zhou = doc.getElementById('zhou-enlai')!;
    expect(text(zhou.querySelector('.entry-name'))).toBe('Zhou Enlai');
    expect(text(zhou.querySelector('.entry-alt'))).toBe('周恩来');
    expect(zhou.querySelector('.entry-alt')?.getAttribute('lang')).toBe('zh-Hans');
    expect(text(zhou.querySelector('.entry-dates'))).toBe('(1898–1976)');
    const mentions = Array.from(tei.querySelectorAll('text [ref="#zhou-enlai"]'));
    const links = Array.from(zhou.querySelectorAll('a.occurrence'));
    expect(links).toHaveLength(mentions.length);
    expect(links.map((a) => text(a))).toEqual(['¶ 4', '¶ 7', '2nd', '¶ 8', '¶ 11', '¶ 12', '¶ 14']);
    for (const a of links) {
      const occurrence = doc.getElementById(a.getAttribute('href')!.slice(1))!;
      expect(occurrence.getAttribute('href') ?? occurrence.nextElementSibling?.getAttribute('href')).toBe('#zhou-enlai');
    }
    expect(Array.from(doc.querySelectorAll('#lenin .entry-authorities a')).map((a) => [text(a), a.getAttribute('href')])).toEqual([['Wikidata', 'http://www.wikidata.org/entity/Q1394']]);
    expect(text(doc.querySelector('#giebultowski .entry-count'))).toBe('Named in the header only.');
    expect(text(doc.querySelector('#bialek .entry-role'))).toBe('author');
  });

  it('writes a coverage report: every element of the record has a rule', () => {
    const report = JSON.parse(page.files.get(`reports/${name}.coverage.json`)!);
    expect(report.document).toBe(name);
    expect(report.elements).toBe(tei.querySelectorAll('text *').length);
    expect(report.elementsWithoutRule).toEqual([]);
  });
});
