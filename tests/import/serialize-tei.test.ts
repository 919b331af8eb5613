import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { textContent } from '../../src/parse/xml-tree.js';
import { serializeTei } from '../../src/import/serialize-tei.js';
import { el } from '../../src/import/xml-node.js';

describe('serializeTei', () => {
  const tree = el('TEI', { 'xml:id': 'r' }, [el('text', {}, [el('body', {}, [el('p', { n: 'a&b "c"' }, ['Tom & Jerry &A; <x> ', el('lb'), 'end'])])])]);

  it('writes the prolog one construct a line, indents containers only, and escapes every ampersand', () => {
    expect(serializeTei(tree, [{ target: 'xml-model', data: 'href="s.rng"' }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model href="s.rng"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="r">\n  <text>\n    <body>\n      <p n="a&amp;b &quot;c&quot;">Tom &amp; Jerry &amp;A; &lt;x&gt; <lb/>end</p>\n    </body>\n  </text>\n</TEI>\n',
    );
  });

  it('writes XML that parses back to the same text', () => {
    const { document } = parseXml('t.xml', serializeTei(tree));
    expect(textContent(document!.root).trim()).toBe('Tom & Jerry &A; <x> end');
  });
});
