/**
 * teiCorpus files as collections: members named by xml:id or position,
 * nested corpora, members included with xi:include, the corpus header kept
 * as context, and diagnostics on a member pointing at the corpus file's lines.
 */
import { describe, expect, it } from 'vitest';
import { corpusHeaders, isTeiCorpus, memberTei, splitTeiCorpus } from '../../src/pipeline/split-tei-corpus.js';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { getAttribute, textContent, XML_NS } from '../../src/parse/xml-tree.js';
import { checkReferences } from '../../src/validate/check-references.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { loadSource } from '../../src/load/load-source.js';

const parse = (text: string) => parseSource(decodeSource('letters.xml', Buffer.from(text), '/tmp/letters.xml').source!).parsed!;

const header = (title: string) => `<teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>`;
const tei = (id: string | undefined, body: string) => `<TEI${id ? ` xml:id="${id}"` : ''}>${header(id ?? 'untitled')}<text><body>${body}</body></text></TEI>`;

const CORPUS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE teiCorpus [<!ENTITY sender "Mary &amp; Percy">]>',
  '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">',
  header('Letters'),
  `  ${tei('L1', '<p>From &sender;</p>')}`,
  `  ${tei(undefined, '<p>Second</p>')}`,
  `  <teiCorpus xml:id="later">${header('Later letters')}`,
  `    ${tei('L3', '<p>Third <ref target="#nowhere">x</ref></p>')}`,
  '  </teiCorpus>',
  '</teiCorpus>',
].join('\n');

describe('splitTeiCorpus', () => {
  it('makes each TEI a document named by its xml:id or position, nested corpora adding a level', () => {
    const parsed = parse(CORPUS);
    expect(isTeiCorpus(parsed.document)).toBe(true);
    const { members, diagnostics } = splitTeiCorpus(parsed, 'letters');
    expect(diagnostics).toEqual([]);
    expect(members.map((m) => [m.name, m.position, m.id])).toEqual([
      ['letters/L1', [1], 'L1'],
      ['letters/2', [2], undefined],
      ['letters/later/L3', [3, 1], 'L3'],
    ]);
  });

  it('keeps only its own TEI in each member, with the corpus headers around it as context, and entities expanded', () => {
    const { members } = splitTeiCorpus(parse(CORPUS), 'letters');
    const texts = members.map((m) => textContent(memberTei(m.parsed.document)!.children.find((c) => c.type === 'element' && c.local === 'text')!));
    expect(texts).toEqual(['From Mary & Percy', 'Second', 'Third x']);
    const third = members[2]!.parsed.document;
    expect(corpusHeaders(third).map((h) => textContent(h))).toEqual(['Letters', 'Later letters']);
    expect(getAttribute(memberTei(third)!, 'id', XML_NS)).toBe('L3');
    // The text handed to stylesheets holds one TEI only.
    expect(members[0]!.parsed.xmlText.match(/<TEI\b/g)).toHaveLength(1);
  });

  it('keeps the corpus file\'s lines and columns, so a member\'s diagnostics point into the corpus file', () => {
    const { members } = splitTeiCorpus(parse(CORPUS), 'letters');
    const third = members[2]!.parsed;
    const found = checkReferences(third.document, third.source.file);
    expect(found.map((d) => [d.ruleId, d.line])).toContainEqual(['refs.dangling-pointer', 8]);
    expect(third.source.text).toHaveLength(CORPUS.length);
  });

  it('names a member included with xi:include by its position and leaves its inclusion to the caller', () => {
    const text = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">${header('C')}<xi:include href="a.xml"/>${tei('B', '<p/>')}</teiCorpus>`;
    const { members } = splitTeiCorpus(parse(text), 'c');
    expect(members.map((m) => m.name)).toEqual(['c/1', 'c/B']);
    expect(members[0]!.parsed.xmlText).toContain('<xi:include href="a.xml"/>');
    expect(members[0]!.parsed.xmlText).not.toContain('xml:id="B"');
  });

  it('falls back to the position for a duplicate id, with a warning, and warns about an empty corpus', () => {
    const duplicate = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${header('C')}${tei('A', '<p/>')}${tei('A', '<p/>')}</teiCorpus>`;
    const split = splitTeiCorpus(parse(duplicate), 'c');
    expect(split.members.map((m) => m.name)).toEqual(['c/A', 'c/2']);
    expect(split.diagnostics.map((d) => d.ruleId)).toEqual(['corpus.duplicate-member-id']);
    const empty = splitTeiCorpus(parse(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">${header('C')}</teiCorpus>`), 'c');
    expect(empty.members).toEqual([]);
    expect(empty.diagnostics.map((d) => d.ruleId)).toEqual(['corpus.empty']);
  });

  it('returns nothing for a document that is not a corpus', () => {
    expect(splitTeiCorpus(parse(`<TEI xmlns="http://www.tei-c.org/ns/1.0">${header('x')}<text><body><p/></body></text></TEI>`), 'x')).toEqual({ members: [], diagnostics: [] });
  });

  it.skipIf(!hasShared)('reads the TEI test corpora of the shared corpus as collections', async () => {
    noteSkip('the teiCorpus files of ../shared');
    const names: string[] = [];
    for (const [file, name] of [['teic-stylesheets/testCorpus1.xml', 'testCorpus1'], ['teic-p5test/testcorpus.xml', 'testcorpus']] as const) {
      const loaded = await loadSource(shared('corpus', file));
      const { parsed } = parseSource(loaded.source!);
      const split = splitTeiCorpus(parsed!, name);
      expect(split.diagnostics).toEqual([]);
      names.push(...split.members.map((m) => m.name));
      for (const m of split.members) expect(memberTei(m.parsed.document)).toBeDefined();
    }
    expect(names).toEqual(['testCorpus1/MyTextNumber1', 'testCorpus1/MyTextNumber2', 'testcorpus/1', 'testcorpus/2', 'testcorpus/3']);
  });
});
