/**
 * The exchange copy: tei_all declared, UTF-8, XIncludes and entities
 * resolved, every other character kept; and, over random documents, every
 * element, attribute, text, comment and processing instruction preserved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exchangeCopy, exchangeCopyOfElement, TEI_ALL_XML_MODELS } from '../../src/exchange/write-exchange-copy.js';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement, XmlNode } from '../../src/parse/xml-tree.js';
import { arbitraryTei, type ModelElement, type ModelNode } from './arbitrary-tei.js';

const parsedOf = (text: string, encoding: BufferEncoding = 'utf8') => {
  const loaded = decodeSource('doc.xml', Buffer.from(text, encoding), '/tmp/doc.xml');
  const { parsed, diagnostics } = parseSource(loaded.source!);
  if (!parsed) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return parsed;
};

/** The model of a parsed element, built independently of the canonicaliser: adjacent texts merged. */
function modelOf(element: XmlElement): ModelElement {
  const children: ModelNode[] = [];
  for (const node of element.children as XmlNode[]) {
    if (node.type === 'element') children.push(modelOf(node));
    else if (node.type === 'comment') children.push({ kind: 'comment', value: node.value });
    else if (node.type === 'pi') children.push({ kind: 'pi', target: node.target, data: node.data });
    else {
      const last = children[children.length - 1];
      if (last?.kind === 'text') last.value += node.value;
      else children.push({ kind: 'text', value: node.value });
    }
  }
  return { kind: 'element', name: `{${element.uri}}${element.local}`, attributes: element.attributes.map((a) => [`{${a.uri}}${a.local}`, a.value]), children };
}

describe('exchangeCopy', () => {
  it('declares tei_all (RELAX NG and Schematron) in place of the document\'s own xml-model, and keeps everything else character for character', () => {
    const source = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="local.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<?xml-stylesheet href="view.css" type="text/css"?>\n<!-- kept -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0"   n = \'1\'>\n  <text><body><p>A <hi rend="it">b</hi></p><lb/></body></text>\n</TEI>\n<!-- after -->\n';
    const copy = exchangeCopy(parsedOf(source));
    expect(copy.diagnostics).toEqual([]);
    expect(copy.text).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
      '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
      '<?xml-stylesheet href="view.css" type="text/css"?>',
      '<!-- kept -->',
      '<TEI xmlns="http://www.tei-c.org/ns/1.0"   n = \'1\'>\n  <text><body><p>A <hi rend="it">b</hi></p><lb/></body></text>\n</TEI>\n<!-- after -->\n',
    ].join('\n'));
  });

  it('re-declares the encoding as UTF-8 for a Latin-1 source, and keeps version and standalone', () => {
    const source = '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>Caf\u00e9</p></body></text></TEI>';
    const copy = exchangeCopy(parsedOf(source, 'latin1'));
    expect(copy.text!.split('\n')[0]).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
    expect(copy.text).toContain('<p>Caf\u00e9</p>');
  });

  it('expands internal entities and drops the DOCTYPE, so that nothing outside the file is needed', () => {
    const source = '<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "tei.dtd" [\n<!ENTITY publisher "Bodleian &amp; Co">\n]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&publisher;</p></body></text></TEI>';
    const copy = exchangeCopy(parsedOf(source));
    expect(copy.text).not.toContain('DOCTYPE');
    expect(copy.text).toContain('<p>Bodleian &amp; Co</p>');
  });

  it('preserves every element, attribute, text, comment and processing instruction of random documents', () => {
    fc.assert(
      fc.property(arbitraryTei, ({ text, model }) => {
        const copy = exchangeCopy(parsedOf(text));
        expect(copy.diagnostics).toEqual([]);
        const reparsed = parseXml('copy.xml', copy.text!);
        expect(reparsed.diagnostics).toEqual([]);
        expect(modelOf(reparsed.document!.root)).toEqual(model);
        const pis = reparsed.document!.children.filter((n) => n.type === 'pi').map((n) => (n.type === 'pi' ? `<?${n.target} ${n.data}?>` : ''));
        expect(pis).toEqual(TEI_ALL_XML_MODELS);
      }),
      { numRuns: 300 },
    );
  });
});

describe('exchangeCopyOfElement', () => {
  it('writes a member of a larger document on its own, with the namespaces in scope declared on it', () => {
    const document = parsedOf('<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:cb="urn:cb"><teiHeader/><TEI xml:id="a"><text cb:n="1"><body><p>x</p></body></text></TEI></teiCorpus>').document;
    const tei = document.root.children[1] as XmlElement;
    const copy = exchangeCopyOfElement('corpus.xml', tei);
    expect(copy.diagnostics).toEqual([]);
    expect(copy.text).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${TEI_ALL_XML_MODELS.join('\n')}\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:cb="urn:cb" xml:id="a"><text cb:n="1"><body><p>x</p></body></text></TEI>\n`);
    expect(modelOf(copy.document!.root)).toEqual(modelOf(tei));
  });
});
