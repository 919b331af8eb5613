import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { normalizeSpace, readMessage, substitute } from '../../src/schematron/read-message.js';

describe('substitute', () => {
  it('replaces whole parameter names only, longest first, in one pass', () => {
    const params = [
      { name: 'a', value: 'A' },
      { name: 'ab', value: 'AB' },
      { name: 'b', value: '$a' },
    ];
    expect(substitute('$a $ab $abc $b $a.x $a-y', params)).toBe('A AB $abc $a $a.x $a-y');
    expect(substitute('no params', [])).toBe('no params');
  });

  it('leaves text without references unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !s.includes('$')), (s) => substitute(s, [{ name: 'x', value: 'y' }]) === s));
  });
});

describe('normalizeSpace', () => {
  it('collapses XML white space only (not no-break spaces)', () => {
    expect(normalizeSpace('  a\n\t b \r\n')).toBe('a b');
    expect(normalizeSpace('a\u00a0 b')).toBe('a\u00a0 b');
  });
});

describe('readMessage', () => {
  it('reads text, value-of, name and the text of inline markup', () => {
    const text = `<assert xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:h="urn:h">Found <value-of select="$x"/> in <name/> (<name path=".."/>), <emph>mind</emph> <h:b>this</h:b><!-- not this --></assert>`;
    const doc = parseXml('s.sch', text).document!;
    const parts = readMessage(doc.root as XmlElement, { file: 's.sch', path: '/s.sch', document: doc }, [{ name: 'x', value: '@n' }]);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'value-of' ? `{${p.select}}` : `<${p.path}>`)).join('')).toBe('Found {@n} in <.> (<..>), mind this');
    const valueOf = parts.find((p) => p.kind === 'value-of');
    expect(valueOf && 'where' in valueOf ? valueOf.where : undefined).toEqual({ file: 's.sch', line: 1, column: text.indexOf('<value-of') + 1 });
  });
});
