import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { detectTeiP4 } from '../../src/validate/detect-tei-p4.js';

const detect = (text: string) => detectTeiP4(parseXml('x.xml', text).document!, 'x.xml');

describe('detectTeiP4', () => {
  it('gives one clear diagnostic for a TEI.2 root', () => {
    const d = detect('<?xml version="1.0"?>\n<TEI.2><teiHeader/><text/></TEI.2>');
    expect(d).toMatchObject({ severity: 'error', ruleId: 'tei.p4-not-supported', line: 2, column: 1 });
    expect(d!.message).toMatch(/TEI P4 is not supported.*p4top5\.xsl/);
  });

  it('explains a P5 root that lost its namespace', () => {
    expect(detect('<TEI><teiHeader/></TEI>')!.message).toMatch(/in no namespace.*xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/);
  });

  it('accepts TEI P5 and other vocabularies', () => {
    expect(detect('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')).toBeUndefined();
    expect(detect('<html/>')).toBeUndefined();
  });
});
