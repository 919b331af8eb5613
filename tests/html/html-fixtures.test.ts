/**
 * The HTML fixture set (tests/fixtures/html/<case>/input.xml): each case's
 * page and coverage report must equal the reviewed expectations beside it
 * (UPDATE=1 rewrites them), and each case's point is asserted directly too:
 * the apparatus shows lemma and sigla, right-to-left text gets dir, unknown
 * elements keep their text and are reported, hostile links and markup-like
 * text never become links, scripts or attributes, and lists and rows hold
 * only list items and cells.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile, fixtureCases } from '../helpers/fixtures.js';
import { renderHtml, type RenderedPage } from './render-html.js';

const cases = fixtureCases('html');
const pages = new Map<string, RenderedPage>();
const page = (name: string): RenderedPage => {
  let p = pages.get(name);
  if (!p) {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`no fixture case ${name}`);
    p = renderHtml(path.join(c.dir, 'input.xml'), name);
    pages.set(name, p);
  }
  return p;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('HTML fixtures', () => {
  it('has the cases the issue asks for', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['apparatus', 'code-examples', 'hostile-links', 'legend-samples', 'right-to-left', 'script-like-text', 'unknown-elements']));
  });

  for (const c of cases) {
    it(`${c.name}: page and coverage report match the reviewed expectations`, () => {
      const p = page(c.name);
      expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expectFile(p.html, path.join(c.dir, 'expected.html'));
      expectFile(p.files.get(`reports/${c.name}.coverage.json`) ?? '(no report)', path.join(c.dir, 'expected.coverage.json'));
    });
  }

  it('code examples: egXML shows as its markup and eg as written, in pre/code, nothing interpreted', () => {
    const { document, files } = page('code-examples');
    const examples = Array.from(document.querySelectorAll('#te-text pre.tei-example > code'));
    expect(examples.map((e) => e.textContent)).toEqual([
      '<p>Letter from <persName ref="#jm">John Mercer</persName> &amp; co.\n  <note>see <ref target="javascript:alert(1)">here</ref></note></p>',
      'xmllint --noout file.xml\n  <done>',
    ]);
    expect(document.querySelectorAll('#te-text a, #te-text .name, #te-notes')).toHaveLength(0);
    expect(JSON.parse(files.get('reports/code-examples.coverage.json')!).withoutRule).toBe(0);
  });

  it('legend samples: each convention is shown by its first instance on the page, the text before the notes', () => {
    const { document } = page('legend-samples');
    const sample = (name: string) =>
      Array.from(document.querySelectorAll('#te-conventions dt')).find((dt) => text(dt.querySelector('.convention-name')) === name)?.querySelector('.convention-sample');
    // The note's expansion "bbr" is rendered after the text, in the notes: the first on the page is "ster".
    expect(text(sample('Abbreviation'))).toBe('[ster]');
    expect(sample('Page break')?.querySelector('.tei-pagebreak')?.getAttribute('data-n')).toBe('1');
  });

  it('apparatus: the lemma stands in the text, each entry lists readings with witness sigla', () => {
    const { document } = page('apparatus');
    const p1 = document.getElementById('p1');
    expect(text(p1)).toContain('on a cold');
    expect(text(p1)).not.toContain('wet');
    const refs = Array.from(document.querySelectorAll('#te-text a.app-ref'));
    expect(refs.map((a) => a.textContent)).toEqual(['a', 'b', 'c']);
    for (const ref of refs) expect(document.getElementById(ref.getAttribute('href')!.slice(1))).not.toBeNull();
    const entries = Array.from(document.querySelectorAll('#te-apparatus li.app-entry'));
    expect(entries).toHaveLength(3);
    expect(text(entries[0])).toMatch(/^a cold \] A B wet C \(substantive\)/);
    // An empty reading is an omission; a reading group passes on its type.
    expect(text(entries[1])).toContain('om. B');
    expect(text(entries[1])).toContain('al the C (orthographic)');
    // Without lem, the first reading stands in the text.
    expect(text(document.getElementById('p2'))).toContain('They spoke of peace');
    // Sigla come from listWit: @n, else abbr, else the xml:id; each names its witness on hover.
    const sigla = Array.from(entries[0]!.querySelectorAll('.siglum'));
    expect(sigla.map((s) => [s.textContent, s.getAttribute('title')])).toEqual([
      ['A', 'Autograph draft, 1862'],
      ['B', 'Fair copy by a clerk'],
      ['C', 'Printed text, 1870'],
    ]);
    // The lemma's copy in the apparatus has no ids, so no id is duplicated.
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('right-to-left: lang and dir follow xml:lang, also for left-to-right text inside right-to-left text', () => {
    const { document } = page('right-to-left');
    const html = document.documentElement;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const article = document.getElementById('te-text')!;
    expect([article.getAttribute('lang'), article.getAttribute('dir')]).toEqual(['ar', null]);
    const foreign = document.querySelector('#p2 .tei-foreign')!;
    expect([foreign.getAttribute('lang'), foreign.getAttribute('dir')]).toEqual(['en', 'ltr']);
    // Hebrew inside Arabic is still right to left: no dir needed; Yiddish in Hebrew script likewise.
    expect([document.getElementById('p3')!.getAttribute('lang'), document.getElementById('p3')!.getAttribute('dir')]).toEqual(['he', null]);
    expect(document.querySelector('#p3 .tei-foreign')!.getAttribute('dir')).toBeNull();
    const english = document.getElementById('p4')!;
    expect([english.getAttribute('lang'), english.getAttribute('dir')]).toEqual(['en', 'ltr']);
    expect(document.querySelector('#p4 .tei-q')!.getAttribute('dir')).toBe('rtl');
    // Arabic in Latin script is left to right.
    expect(document.querySelector('#p4 .tei-foreign')!.getAttribute('dir')).toBeNull();
    expect(document.getElementById('ab1')!.getAttribute('lang')).toBe('syr');
  });

  it('unknown elements: text kept in a span or div named after the element, and counted in the coverage report', () => {
    const { document, files } = page('unknown-elements');
    const catchwords = Array.from(document.querySelectorAll('#te-text span.tei-unknown.tei-catchword'));
    expect(catchwords.map((e) => e.textContent)).toEqual(['catchword', 'again']);
    expect(text(document.querySelector('.tei-unknown.tei-annotation'))).toBe('project-specific annotation');
    const panel = document.querySelector('div.tei-unknown.tei-panel');
    expect(text(panel)).toBe('A foreign block holding a paragraph.');
    expect(text(document.getElementById('te-text'))).toContain('An event list the edition does not render specially.');
    const report = JSON.parse(files.get('reports/unknown-elements.coverage.json')!);
    expect(report.elementsWithoutRule).toEqual([
      { element: 'catchword', namespace: 'http://www.tei-c.org/ns/1.0', count: 2 },
      { element: 'annotation', namespace: 'https://example.org/ns/my-project', count: 1 },
      { element: 'emptyThing', namespace: 'http://www.tei-c.org/ns/1.0', count: 1 },
      { element: 'event', namespace: 'http://www.tei-c.org/ns/1.0', count: 1 },
      { element: 'listEvent', namespace: 'http://www.tei-c.org/ns/1.0', count: 1 },
      { element: 'panel', namespace: 'https://example.org/ns/my-project', count: 1 },
      { element: 'persPronoun', namespace: 'http://www.tei-c.org/ns/1.0', count: 1 },
    ]);
    expect(report.withoutRule).toBe(8);
  });

  it('hostile links: only http(s), mailto, relative and in-page targets become links; the others stay as text', () => {
    const { document } = page('hostile-links');
    const hrefs = Array.from(document.querySelectorAll('[href]')).map((e) => e.getAttribute('href')!);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|#|[^:]*$)/);
    const p1 = document.getElementById('p1')!;
    expect(p1.querySelectorAll('a')).toHaveLength(0);
    expect(Array.from(p1.querySelectorAll('.link-removed')).map((e) => text(e))).toEqual([
      'plain javascript', 'mixed case', 'tab inside the scheme', 'newline inside the scheme', 'control character first', 'data URL', 'vbscript', 'a local file', "javascript:alert('ptr')",
    ]);
    const p2 = document.getElementById('p2')!;
    expect(Array.from(p2.querySelectorAll('a.tei-ref')).map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a?b=c&d=e', 'http://example.org/', 'mailto:editor@example.org', 'other.html#x', '#p1',
    ]);
    // The hostile authority id is dropped; the safe ones link out.
    expect(Array.from(document.querySelectorAll('#mallory .entry-authorities a')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['VIAF', 'https://viaf.org/viaf/12345'],
      ['example.org', 'https://example.org/people/mallory'],
    ]);
    expect(text(document.querySelector('.licence'))).toBe('A licence with a hostile target');
    expect(document.querySelector('.licence a')).toBeNull();
  });

  it('script-like text: stays text; no script, handler, style or foreign element reaches the page', () => {
    const { document, html } = page('script-like-text');
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((s) => [s.getAttribute('src'), s.textContent])).toEqual([['assets/edition.js', '']]);
    for (const tag of ['iframe', 'img', 'svg', 'style', 'object', 'embed']) expect(document.querySelectorAll(tag)).toHaveLength(0);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^(on|style$|srcdoc$|formaction$)/);
    }
    expect(text(document.getElementById('p1'))).toContain('<script>window.pwned = "text"</script>');
    expect(html).toContain('&lt;script&gt;window.pwned = "text"&lt;/script&gt;');
    expect(document.querySelector('title')!.textContent).toContain('<script>');
    // The hostile rend becomes class tokens; the hostile language tag and the id that is no NCName are dropped, the text stays.
    expect(document.getElementById('p2')!.getAttribute('class')).toBe('tei-p rend-x- rend-onmouseover--window-pwned--rend-');
    expect(document.getElementById('p4')!.hasAttribute('lang')).toBe(false);
    expect(Array.from(document.querySelectorAll('[id]')).filter((e) => e.id.includes('pwned'))).toHaveLength(0);
    expect(text(document.getElementById('te-text'))).toContain('A hostile identifier.');
    // Elements named script, in TEI or another namespace, are unknown elements: their text shows, as text.
    expect(Array.from(document.querySelectorAll('#p3 .tei-unknown')).map((e) => e.getAttribute('data-element'))).toEqual(
      expect.arrayContaining(['script', 'img', 'iframe', 'svg', 'style']),
    );
    expect(text(document.querySelector('.note-list'))).toContain("</li><script>window.pwned='note'</script>");
  });

  it('lists and tables: a list holds list items only and a row cells only; what stands between them gets one of its own, white space and comments nothing', () => {
    const { document } = page('lists-and-tables');
    const list = document.getElementById('copies')!;
    expect(Array.from(list.children).map((li) => `${li.tagName.toLowerCase()}.${li.className}`)).toEqual([
      'li.tei-list-extra', 'li.tei-item', 'li.tei-item', 'li.tei-list-extra', 'li.tei-item',
    ]);
    expect(text(list.children[3])).toBe('[p. 2]');
    const rows = Array.from(document.querySelectorAll('#t1 tr'));
    expect(rows.map((tr) => Array.from(tr.children).map((c) => `${c.tagName.toLowerCase()}:${text(c)}`))).toEqual([
      ['th:Year', 'th:Count'],
      ['th:1969', 'td:12'],
      ['td:1970', 'td:[p. 3]', 'td:15'],
    ]);
    expect(rows[2]!.children[1]!.className).toBe('tei-row-extra');
    // Header cells say what they head (WCAG H63): a row of labels heads columns, a label cell its row.
    expect(Array.from(document.querySelectorAll('#t1 th')).map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'row']);
  });
});
