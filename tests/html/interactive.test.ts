/// <reference lib="dom" />
/**
 * Links inside links (xslt/html/interactive.xsl): the page never nests a link
 * or control in a link. Whether a name or a link holds one is decided from the
 * source, before its content is built: an indexed name holding a followable
 * link (or a footnote) stays a span with a separate index link; a link holding
 * an indexed name, a footnote or a speaker's turn stays a span; without them
 * both are links.
 */
import { describe, expect, it } from 'vitest';
import { renderHtmlText } from './render-html.js';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Links in links</title></titleStmt>
    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc></fileDesc>
    <profileDesc><particDesc><listPerson><person xml:id="kim"><persName>Kim</persName></person></listPerson></particDesc></profileDesc>
  </teiHeader>
  <text><body>
    <p xml:id="plain"><persName ref="#kim">Kim</persName> read <ref target="https://example.org/">the page</ref>.</p>
    <p xml:id="name-with-link"><persName ref="#kim">Kim of <ref target="https://example.org/kim">Seoul</ref></persName>.</p>
    <p xml:id="name-with-note"><persName ref="#kim">Kim<note>Attested once.</note></persName>.</p>
    <p xml:id="link-with-name"><ref target="https://example.org/">a letter to <persName ref="#kim">Kim</persName></ref>.</p>
    <p xml:id="link-with-turn"><ref target="https://example.org/"><said who="#kim">yes</said></ref>.</p>
    <p xml:id="removed-with-name"><ref target="javascript:alert(1)">a letter to <persName ref="#kim">Kim</persName></ref>.</p>
    <p xml:id="link-with-date"><ref target="#plain">on <date when="1936-01-02">2 January</date></ref>.</p>
  </body></text>
</TEI>`;

const page = renderHtmlText(tei, 'interactive').document;
const at = (id: string) => page.getElementById(id)!;
/** Tag and class of each element child of a paragraph, in order. */
const shape = (id: string) => Array.from(at(id).children).map((e) => `${e.localName}.${e.className}`);

describe('links inside links, decided from the source', () => {
  it('nests no link or control in a link anywhere on the page', () => {
    expect(page.querySelectorAll('a a, a [tabindex], a button, a input')).toHaveLength(0);
  });

  it('makes a name and a link holding no link of their own links', () => {
    expect(shape('plain')).toEqual(['a.name name-person', 'a.tei-ref']);
    expect(shape('link-with-date')).toEqual(['a.tei-ref']);
  });

  it('keeps a name holding a link or a footnote a span, beside a separate index link', () => {
    expect(shape('name-with-link')).toEqual(['span.name name-person', 'a.name-link']);
    expect(at('name-with-link').querySelector('span.name a.tei-ref')).not.toBeNull();
    expect(shape('name-with-note')).toEqual(['span.name name-person', 'a.name-link']);
    expect(at('name-with-note').querySelector('span.name a.note-ref')).not.toBeNull();
  });

  it('keeps a link holding an indexed name or a speaker\'s turn a span', () => {
    expect(shape('link-with-name')).toEqual(['span.tei-ref']);
    expect(shape('link-with-turn')).toEqual(['span.tei-ref']);
    // A refused address holds the name as it is: a link to the index, in a span marked as removed.
    expect(shape('removed-with-name')).toEqual(['span.tei-ref link-removed']);
    expect(at('removed-with-name').querySelector('a.name')).not.toBeNull();
  });
});
