/**
 * tei/corpus.xml: a teiCorpus with a generated header listing every
 * document, each document's TEI without its prolog, and ids unique across
 * the collection.
 */
import { describe, expect, it } from 'vitest';
import { idsOf } from '../../src/exchange/assign-corpus-ids.js';
import { writeTeiCorpus, type CorpusEntry } from '../../src/exchange/write-tei-corpus.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { checkReferences } from '../../src/validate/check-references.js';
import { TEI_ALL_XML_MODELS } from '../../src/exchange/write-exchange-copy.js';

const copy = (id: string | undefined, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${TEI_ALL_XML_MODELS.join('\n')}\n<?xml-stylesheet href="x.css"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"${id ? ` xml:id="${id}"` : ''}><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>\n`;

const entry = (name: string, id: string | undefined, body: string, title: string | null = name): CorpusEntry => {
  const text = copy(id, body);
  const root = parseXml('x', text).document!.root;
  return { name, file: `${name}.xml`, title, copy: () => text, ids: idsOf(root), ...(id ? { teiId: id } : {}) };
};

describe('writeTeiCorpus', () => {
  it('writes a teiCorpus whose header lists each document and whose ids are unique, pointers following', () => {
    const { text, diagnostics } = writeTeiCorpus([
      entry('a', 'a', '<p xml:id="p1">One &amp; <ref target="#p1">self</ref></p>', 'Letter <A>'),
      entry('sub/b', undefined, '<p xml:id="p1">Two <ref target="#p1">self</ref></p>', null),
    ], 'Letters & papers');
    expect(diagnostics).toEqual([]);
    const document = parseXml('corpus.xml', text!).document!;
    expect(document.root.local).toBe('teiCorpus');
    expect(text).toContain('<title>Letters &amp; papers</title>');
    expect(text).toContain('<measure unit="documents" quantity="2">2 documents</measure>');
    expect(text).toContain('<bibl corresp="#a"><title>Letter &lt;A&gt;</title> <idno type="tei-edition">a</idno></bibl>');
    expect(text).toContain('<bibl corresp="#sub-b"><idno type="tei-edition">sub/b</idno></bibl>');
    expect(text).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="sub-b"><teiHeader>');
    expect(text).toContain('<p xml:id="sub-b.p1">Two <ref target="#sub-b.p1">self</ref></p>');
    // The documents' own prologs stay out; only the corpus declares its schema.
    expect(text!.match(/<\?xml-stylesheet/g)).toBeNull();
    expect(text!.match(/<\?xml-model/g)).toHaveLength(2);
    expect(checkReferences(document, 'corpus.xml').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('writes nothing for an empty collection, and leaves out a copy it cannot read back', () => {
    expect(writeTeiCorpus([], 'x')).toEqual({ diagnostics: [] });
    const broken = { ...entry('a', 'a', '<p/>'), copy: () => '<TEI' };
    const result = writeTeiCorpus([broken, entry('b', 'b', '<p/>')], 'x');
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['export.corpus-member-unreadable']);
    expect(result.text).toContain('xml:id="b"');
  });
});
