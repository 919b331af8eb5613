/**
 * The record's page in a real browser (Debian chromium via playwright-core),
 * opened from file:// as a reader opens the built edition: the view control
 * works from the keyboard and is remembered in the URL, footnotes and their
 * back-links round-trip, the index reaches every occurrence of Zhou Enlai and
 * back, the stamp is visible with its date, speakers show on hover and focus
 * and can be highlighted, and with JavaScript off the whole text and every
 * note are still there (and the view control still works, through CSS).
 * Skips, saying so, where chromium is absent.
 */
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { lcsLength, missingWords, words } from '../helpers/words.js';
import { parseTei } from '../html/render-html.js';
import { buildRecordPage, recordName, type BuiltPages } from './build-pages.js';
import { hasChromium, launchChromium, noteNoChromium, type BrowserSession } from './chromium.js';

noteNoChromium('the record page browser tests');

const tei = parseTei(path.join(repoRoot, 'tei', `${recordName}.xml`));

/** True when the element's box lies (at least partly) inside the viewport. */
const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0;
  });
const hash = (page: Page) => page.evaluate(() => location.hash);
const search = (page: Page) => page.evaluate(() => location.search);

/** The words a reader of the reading view must find, in order: the text without editorial notes, sic-in-choice, orig or abbr. */
function readingWords(): string[] {
  const text = tei.querySelector('text')!.cloneNode(true) as Element;
  for (const el of Array.from(text.querySelectorAll('note[type="editorial"], choice > sic, choice > orig, choice > abbr'))) el.remove();
  return words(text.textContent ?? '');
}

describe.skipIf(!hasChromium)('the record page in Chromium', () => {
  let session: BrowserSession;
  let built: BuiltPages;
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    built = await buildRecordPage();
    url = built.pageUrl(recordName);
    session = await launchChromium();
    context = await session.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  const open = async (suffix = '') => {
    const page = await context.newPage();
    await page.goto(url + suffix);
    return page;
  };

  /** The page's visible text in a view (innerText: what a reader sees, not what is hidden). */
  const visibleText = async (page: Page) => page.locator('body').innerText();

  it('shows no attribute syntax (name="…") to a reader, in either view or in the citation tags', async () => {
    const page = await open();
    const attributeSyntax = /[\w:-]+="/;
    expect(await visibleText(page)).not.toMatch(attributeSyntax);
    await page.locator('#te-view-diplomatic').check();
    expect(await visibleText(page)).not.toMatch(attributeSyntax);
    const metas = await page.locator('meta[content]').evaluateAll((els) => els.map((el) => el.getAttribute('content') ?? ''));
    for (const content of metas.filter((c) => !c.includes("'self'"))) {
      expect(content).not.toMatch(attributeSyntax);
      // A gap in the source is shown as one, not left as a hole before the full stop.
      expect(content).not.toMatch(/ \.$| \. /);
    }
    expect(await page.locator('meta[name="DC.rights"]').getAttribute('content')).toMatch(/at \[…\]\.$/);
    await page.close();
  });

  it('labels every mention link by the kind and number of its place, once a place, never by an element name', async () => {
    const page = await open();
    const entries = await page.locator('#te-index .entry-occurrences').evaluateAll((els) =>
      els.map((el) => Array.from(el.querySelectorAll('a.occurrence')).map((a) => ({ label: a.textContent ?? '', again: a.classList.contains('occurrence-again') }))),
    );
    const elementNames = /^(note 0|closer|opener|list|item|dateline|head|heading|p|ab|said|signed|div|body|back|text)$/;
    const places = /^(¶ \d+|note \d+|title|signature|distribution list|place and date)$/;
    const all = entries.flat();
    expect(all.length).toBe(tei.querySelectorAll('text [ref]:is(persName, placeName, orgName, rs)').length);
    for (const { label, again } of all) {
      expect(label).not.toMatch(elementNames);
      expect(label).toMatch(again ? /^\d+(st|nd|rd|th)$/ : places);
    }
    for (const links of entries) {
      const first = links.filter((l) => !l.again).map((l) => l.label);
      expect(new Set(first).size).toBe(first.length);
    }
    expect(await page.locator('#bialek .entry-occurrences').innerText()).toBe('2 in the text: signature, distribution list');
    expect(await page.locator('#cpv .entry-occurrences').innerText()).toBe('5 in the text: ¶ 16 (2nd, 3rd, 4th, 5th)');
    await page.close();
  });

  it('cites the record with the archive’s address for it, the date of access and the call number as the archive cites it', async () => {
    const page = await open();
    const citation = await page.locator('#te-citation-text').innerText();
    expect(citation).toMatch(/https:\/\/digitalarchive\.wilsoncenter\.org\/document\/\S+ \(accessed \d{1,2} [A-Z][a-z]+ \d{4}\)/);
    expect(citation).toContain('History and Public Policy Program Digital Archive, AIPN, 2602/8901. Obtained by Marek Hańderek and translated by Jerzy Giebułtowski.');
    expect(citation).not.toContain('IPN BU');
    await page.close();
  });

  it('never shows a conjecture as fact or as a "?" mark in the diplomatic view; keywords and rights claim only what the sources say', async () => {
    const page = await open('?view=diplomatic');
    // The published record has no question mark: any "?" in the diplomatic text would be the edition's.
    expect(await page.locator('#te-text').innerText()).not.toContain('?');
    expect(await page.locator('#stamp').innerText()).not.toMatch(/receipt/i);
    expect(await page.locator('#te-keywords').textContent()).toMatch(/assigned by the tei-edition project/);
    expect(await page.locator('#n-heading').innerText()).toContain('missing from the heading on the page as captured');
    await page.close();
  });

  /** The focusable elements a Tab walk meets from the top of the page up to the end of the text. */
  const tabStopsBeforeTextEnd = async (page: Page) => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const stops: string[] = [];
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const el = document.activeElement;
          const text = document.getElementById('te-text')!;
          if (!el || el === document.body) return null;
          const after = !text.contains(el) && Boolean(text.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
          return after ? null : `${el.tagName.toLowerCase()}.${el.className}`;
        });
        if (where === null) break;
        stops.push(where);
      }
      return stops;
  };

  it('keeps highlighting off by default: names and speech are quiet and no tab stops, at most 60 tab stops before the end of the text', async () => {
    const page = await open();
    expect(await page.locator('#te-highlight').isChecked()).toBe(false);
    const name = page.locator('#p2 a.name').first();
    expect(await name.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    expect(await page.locator('#s-china-2').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const stops = await tabStopsBeforeTextEnd(page);
    expect(stops.length).toBeLessThanOrEqual(60);
    expect(stops.filter((s) => /\bname\b|\bspeech\b/.test(s))).toEqual([]);
    // The notes are labelled by their kind once, in the heading, not each "Editorial note".
    expect(await page.locator('#te-notes .note-kind').count()).toBe(0);
    expect(await page.locator('#te-notes-heading').innerText()).toBe('Editorial notes');
    await page.close();
  });

  it('turns highlighting on without scripts: names become links and tab stops, speech is shaded', async () => {
    const noScript = await session.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await noScript.newPage();
    await page.goto(url);
    await page.locator('#te-highlight').check();
    const name = page.locator('#p2 a.name').first();
    expect(await name.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await page.locator('#s-china-2').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const stops = await tabStopsBeforeTextEnd(page);
    expect(stops.filter((s) => /\bname\b/.test(s)).length).toBeGreaterThan(50);
    await name.click();
    expect(await hash(page)).toBe('#zudin');
    await noScript.close();
  });

  it('puts the legend before the index and shows paragraph numbers at 360 px', async () => {
    const narrow = await session.newContext({ viewport: { width: 360, height: 740 } });
    const page = await narrow.newPage();
    await page.goto(url);
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(await top('#te-conventions')).toBeLessThan(await top('#te-index'));
    expect(await top('#te-cite')).toBeLessThan(await top('#te-index'));
    const number = await page.locator('#p5').evaluate((el) => {
      const style = getComputedStyle(el, '::before');
      return { display: style.display, content: style.content, position: style.position };
    });
    expect(number).toEqual({ display: 'inline-block', content: '"p5"', position: 'static' });
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await narrow.close();
  });

  it('shows paragraph numbers in print, inside the page', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    const number = await page.locator('#p5').evaluate((el) => {
      const style = getComputedStyle(el, '::before');
      return { display: style.display, content: style.content, position: style.position };
    });
    expect(number).toEqual({ display: 'inline-block', content: '"p5"', position: 'static' });
    await page.close();
  });

  it('shows the whole header: funding, physical description, setting, editorial method, and which language is the original', async () => {
    const page = await open();
    const about = page.locator('#te-about');
    const fact = async (label: string) => about.locator(`dt:text-is("${label}") + dd`).innerText();
    expect(await fact('Languages')).toBe('English, translated from Polish');
    expect(await fact('Funding')).toBe('This document was made possible with support from Kyungnam University');
    expect(await fact('Physical description')).toContain('Typescript, copy 2 of 3 printed');
    expect(await fact('Setting')).toContain('late April 1970');
    const method = about.locator('details#te-method');
    expect(await method.locator('summary').textContent()).toBe('Editorial method');
    await method.locator('summary').click();
    expect(await method.innerText()).toContain('Our own corrections are few and always visible');
    expect(await method.innerText()).not.toMatch(/[\w:-]+="/);
    await page.close();
  });

  it('marks a deletion with a sign every font has, labelled', async () => {
    const page = await open();
    const mark = page.locator('#c-need .omission-mark');
    expect(await mark.textContent()).toBe('^');
    expect(await mark.getAttribute('title')).toBe('“need” deleted');
    // No character of the page's conventions lies outside the fonts' common ground (the sign ⸆, U+2E06, did).
    expect(await page.locator('body').innerText()).not.toMatch(/[\u2E00-\u2E7F]/);
    await page.close();
  });

  it('switches views from the keyboard: the translator’s [sic] and the 56 / 5–6 correction swap, and the URL remembers', async () => {
    const page = await open();
    const sic = page.locator('#p1 .marked.sic .sic-mark');
    const c56 = page.locator('#c-56');
    expect(await sic.isVisible()).toBe(false);
    expect(await c56.innerText()).toBe('5–6');
    expect(await page.locator('#p1').innerText()).toContain('S. S. Zudin, who');

    await page.locator('#te-view-reading').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#te-view-diplomatic').isChecked()).toBe(true);
    expect(await sic.isVisible()).toBe(true);
    expect(await page.locator('#p1').innerText()).toContain('S. S. Zudin [sic], who');
    expect(await c56.innerText()).toBe('56');
    expect(await page.locator('#p8 .choice-abbreviation').innerText()).toBe('Zh[ou]');
    expect(await page.locator('#p9 .marked.supplied').innerText()).toBe('[will do so]');
    expect(await search(page)).toBe('?view=diplomatic');

    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#te-view-reading').isChecked()).toBe(true);
    expect(await c56.innerText()).toBe('5–6');
    expect(await page.locator('#p8 .choice-abbreviation').innerText()).toBe('Zhou');
    expect(await sic.isVisible()).toBe(false);
    expect(await search(page)).toBe('');
    await page.close();
  });

  it('opens in the view the URL names', async () => {
    const page = await open('?view=diplomatic#p7');
    expect(await page.locator('#te-view-diplomatic').isChecked()).toBe(true);
    expect(await page.locator('#c-56').innerText()).toBe('56');
    expect(await page.locator('#c-marshal-1').innerText()).toBe('Marshall');
    expect(await inViewport(page.locator('#p7'))).toBe(true);
    await page.close();
  });

  it('round-trips a footnote and its back-link, and shows the note in a popover on hover', async () => {
    const page = await open();
    const ref = page.locator('a.note-ref[href="#n-56"]');
    await ref.hover();
    const popover = page.locator('.note-popover');
    expect(await popover.isVisible()).toBe(true);
    expect(await popover.innerText()).toContain('fifty-six years makes no sense');
    await page.keyboard.press('Escape');
    expect(await popover.isVisible()).toBe(false);

    await ref.click();
    expect(await hash(page)).toBe('#n-56');
    expect(await inViewport(page.locator('#n-56'))).toBe(true);
    const back = page.locator('#n-56 a.note-back');
    const target = await back.getAttribute('href');
    await back.click();
    expect(await hash(page)).toBe(target);
    expect(await inViewport(page.locator(target!))).toBe(true);
    expect(await page.locator(target!).getAttribute('href')).toBe('#n-56');
    await page.close();
  });

  it('lists every occurrence of Zhou Enlai in his index entry, each linking there and back', async () => {
    const page = await open();
    const mentions = tei.querySelectorAll('text [ref="#zhou-enlai"]').length;
    expect(mentions).toBe(7);
    // Names link to the index while highlighting is on.
    await page.locator('#te-highlight').check();
    const links = page.locator('#zhou-enlai a.occurrence');
    expect(await links.count()).toBe(mentions);
    for (let i = 0; i < mentions; i++) {
      const link = links.nth(i);
      const href = (await link.getAttribute('href'))!;
      await link.click();
      expect(await hash(page)).toBe(href);
      const occurrence = page.locator(href);
      expect(await inViewport(occurrence)).toBe(true);
      expect(await occurrence.innerText()).toMatch(/^Zh/);
      // Back from the occurrence to the entry.
      await occurrence.click();
      expect(await hash(page)).toBe('#zhou-enlai');
      expect(await inViewport(page.locator('#zhou-enlai'))).toBe(true);
    }
    await page.close();
  });

  it('shows the stamp as a boxed mark with its date, as the source shows it: the conjectured type only on hover', async () => {
    const page = await open();
    const stamp = page.locator('#stamp');
    expect(await stamp.isVisible()).toBe(true);
    expect(await stamp.innerText()).toMatch(/^STAMP\s+26 June 1970$/);
    expect(await stamp.locator('time').getAttribute('datetime')).toBe('1970-06-26');
    expect(await stamp.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('double');
    const box = await stamp.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    await page.close();
  });

  it('names the speaker on hover and on focus, and highlights one speaker’s turns', async () => {
    const page = await open();
    const turn = page.locator('#s-china-2');
    expect(await turn.getAttribute('title')).toBe('Spoken by Kim Il Sung');
    await page.locator('#te-highlight').check();
    await turn.focus();
    expect(await turn.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Kim Il Sung"');
    const control = page.locator('.speaker-control');
    expect(await control.isVisible()).toBe(true);
    await control.getByLabel(/Kim Il Sung/).check();
    const kim = page.locator('#te-text .speech[data-who="kim-il-sung"]');
    const count = await kim.count();
    expect(count).toBe(tei.querySelectorAll('text said[who="#kim-il-sung"]').length);
    for (let i = 0; i < count; i++) expect(await kim.nth(i).getAttribute('class')).toMatch(/\bhl-1\b/);
    expect(await page.locator('#te-text .speech[data-who="zhou-enlai"][class*="hl-"]').count()).toBe(0);
    await page.close();
  });

  it('keeps the whole text and every note with JavaScript off, and its view control still works', async () => {
    const noScript = await session.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await noScript.newPage();
    await page.goto(url);
    expect(await page.locator('.speaker-control').isVisible()).toBe(false);
    const expected = readingWords();
    // Note and index references are the edition's, not the document's: without them, superscript numbers do not glue to words.
    await page.evaluate(() => document.querySelectorAll('#te-text .note-ref, #te-text .name-link').forEach((el) => el.remove()));
    const shown = words(await page.locator('#te-text').innerText());
    expect(missingWords(expected, shown)).toEqual([]);
    expect(lcsLength(expected, shown)).toBe(expected.length);
    const notes = Array.from(tei.querySelectorAll('text note[type="editorial"]'));
    for (const note of notes) {
      const item = page.locator(`#${note.getAttribute('xml:id')}`);
      expect(await item.isVisible()).toBe(true);
      expect(words(await item.innerText())).toEqual(expect.arrayContaining(words(note.textContent ?? '')));
    }
    // The view control is CSS only: it switches without a script.
    await page.locator('#te-view-diplomatic').check();
    expect(await page.locator('#c-56').innerText()).toBe('56');
    expect(await page.locator('#p1 .sic-mark').isVisible()).toBe(true);
    await noScript.close();
  });
});
