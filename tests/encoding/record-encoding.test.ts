/**
 * The encoding of the first record (tei/zakharov-kim-il-sung-1970-06-10.xml),
 * one test per phenomenon of docs/encoding.md. The record is the answer key
 * for later work, so these tests pin down specific content, not just shapes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SaxonNode } from 'saxon-js';
import {
  RECORD_PATH,
  SOURCE_PATH,
  diplomatic,
  hasShared,
  loadRecord,
  normaliseSpace,
  sourceRecordText,
  xpath,
} from './record-helpers.js';

let doc: SaxonNode;

beforeAll(async () => {
  doc = await loadRecord();
});

const strings = (expr: string): string[] => xpath(expr, doc).map(String);
const count = (expr: string): number => Number(xpath(`count(${expr})`, doc)[0]);
const yes = (expr: string): boolean => xpath(`boolean(${expr})`, doc)[0] === true;
const text = (path: string): string => diplomatic(path, doc);

const BODY = '/tei:TEI/tei:text/tei:body';
const HEADER = '/tei:TEI/tei:teiHeader';

describe('processing instructions and root', () => {
  it('points at the project schemas with two xml-model PIs', () => {
    const pis = strings("/processing-instruction('xml-model')/string()");
    expect(pis).toEqual([
      'href="../schema/tei-edition.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"',
      'href="../schema/tei-edition.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"',
    ]);
  });

  it('has the record identifier on the root, and no DOCTYPE', () => {
    expect(strings('/tei:TEI/@xml:id/string()')).toEqual(['zakharov-kim-il-sung-1970-06-10']);
    expect(readFileSync(RECORD_PATH, 'utf8')).not.toMatch(/<!DOCTYPE/);
  });
});

describe('opener', () => {
  it('keeps both call numbers as printed, each as idno type="callNumber"', () => {
    expect(strings(`${BODY}/tei:opener/tei:idno[@type = 'callNumber']/string()`)).toEqual([
      'Ipn bu 2602/8901',
      'IPN BU 648/34',
    ]);
  });

  it('keeps "Att. to No." with the attachment number as idno', () => {
    expect(strings(`${BODY}/tei:opener/tei:idno[@type = 'attachmentTo']/string()`)).toEqual(['KZ/0104/70']);
    expect(text(`${BODY}/tei:opener`)).toContain('Att. to No. KZ/0104/70');
  });

  it('encodes the stamp as <stamp> with a type, a certainty, its date and an editorial note', () => {
    expect(count(`${BODY}/tei:opener/tei:stamp`)).toBe(1);
    expect(strings(`${BODY}/tei:opener/tei:stamp/@type/string()`)).toEqual(['receipt']);
    expect(strings(`${BODY}/tei:opener/tei:stamp/@cert/string()`)).toEqual(['medium']);
    expect(strings(`${BODY}/tei:opener/tei:stamp/tei:date/@when/string()`)).toEqual(['1970-06-26']);
    expect(strings(`${BODY}/tei:opener/tei:stamp/tei:date/string()`)).toEqual(['26 June 1970']);
    expect(
      yes(`//tei:note[@type = 'editorial'][@resp = '#tei-edition'][@target = '#stamp'][contains(., 'sixteen days')]`),
    ).toBe(true);
  });

  it('does not keep the translator\'s word "[stamp]" as text: the diplomatic view restores it', () => {
    expect(yes(`${BODY}//text()[not(ancestor::tei:note)][contains(., '[stamp]')]`)).toBe(false);
    expect(text(`${BODY}/tei:opener`)).toContain('[stamp] 26 June 1970');
  });

  it('ends with the copy number, each printed line separated by lb', () => {
    expect(text(`${BODY}/tei:opener`)).toBe(
      'Ipn bu 2602/8901 IPN BU 648/34 Att. to No. KZ/0104/70 [stamp] 26 June 1970 Copy no 2',
    );
    expect(count(`${BODY}/tei:opener/tei:lb`)).toBe(4);
  });
});

describe('heading', () => {
  it('starts "of conversation", as published, after the opener', () => {
    expect(yes(`${BODY}/tei:head/preceding-sibling::tei:opener`)).toBe(true);
    expect(text(`${BODY}/tei:head`)).toBe(
      'of conversation of the Marshall of the Soviet Union Com. Zakharov with Com. Kim Il Sung during Com. Zakharov’s visit in the DPRK',
    );
  });

  it('has an editorial note saying that the word "Record" is missing', () => {
    const note = strings(`//tei:note[@type = 'editorial'][@target = '#heading']/string()`);
    expect(note).toHaveLength(1);
    expect(note[0]).toContain('“Record”');
    expect(note[0]).toContain('missing');
  });
});

describe('paragraphs', () => {
  it('has 17 paragraphs p1–p17 in order, each with a stable xml:id', () => {
    const ids = strings(`${BODY}//tei:p/@xml:id/string()`);
    expect(ids).toEqual(Array.from({ length: 17 }, (_, i) => `p${i + 1}`));
  });

  it('puts the right text in the right paragraph', () => {
    expect(text(`id('p1')`)).toMatch(/^I present this account of the conversation/);
    expect(text(`id('p5')`)).toMatch(/^Then Com\. Zakharov joining the conversation, said/);
    expect(text(`id('p9')`)).toMatch(/^With China, says com\. “Kim”, we maintain good relations/);
    expect(text(`id('p17')`)).toBe(
      'At the end of the conversation dinner was offered. Zakharov’s visit continued into the evening hours.',
    );
  });
});

describe('closer', () => {
  it('has the signature block in signed, with the printed lines as lb', () => {
    expect(count(`${BODY}/tei:closer/tei:signed`)).toBe(1);
    expect(count(`${BODY}/tei:closer/tei:signed//tei:lb`)).toBe(4);
    expect(text(`${BODY}/tei:closer/tei:signed`)).toBe(
      'Military attaché of the Embassy of the People’s Republic of Poland in Pyongyang Col. Mieczysław Białek',
    );
  });

  it('names the embassy, its country and city, and the signatory', () => {
    const signed = `${BODY}/tei:closer/tei:signed`;
    expect(strings(`${signed}/tei:orgName/@ref/string()`)).toEqual(['#polish-embassy']);
    expect(strings(`${signed}/tei:orgName/tei:placeName/@ref/string()`)).toEqual(['#poland', '#pyongyang']);
    expect(strings(`${signed}/tei:persName[@ref = '#bialek']/string()`)).toEqual(['Mieczysław Białek']);
  });
});

describe('distribution block', () => {
  const div = `/tei:TEI/tei:text/tei:back/tei:div[@type = 'distribution']`;

  it('is a distribution list in back, one item a printed line', () => {
    expect(strings(`${div}/tei:list[@type = 'distribution']/tei:item/normalize-space()`)).toEqual([
      'Printed: 3 copies',
      'Copy 1 and 2: addressee',
      'Copy 3: for the files',
      'made and printed: M. B., Col.',
      'No of typescript: PF/33/70',
    ]);
  });

  it('refers the initials to Białek and keeps the typescript number as idno', () => {
    expect(strings(`${div}//tei:rs[@type = 'person'][. = 'M. B.']/@ref/string()`)).toEqual(['#bialek']);
    expect(strings(`${div}//tei:idno[@type = 'typescript']/string()`)).toEqual(['PF/33/70']);
  });

  it('has the place and date as a dateline', () => {
    expect(strings(`${div}/tei:dateline/normalize-space()`)).toEqual(['Pyongyang, 10 June 1970']);
    expect(strings(`${div}/tei:dateline/tei:placeName/@ref/string()`)).toEqual(['#pyongyang']);
    expect(strings(`${div}/tei:dateline/tei:date/@when/string()`)).toEqual(['1970-06-10']);
  });
});

describe('speech', () => {
  it('gives every said a who pointing to a person, and a direct of true or false', () => {
    expect(count(`${BODY}//tei:said`)).toBeGreaterThan(15);
    expect(count(`${BODY}//tei:said[not(@who)]`)).toBe(0);
    expect(
      count(`${BODY}//tei:said[not(//tei:person/@xml:id = substring-after(@who, '#'))]`),
    ).toBe(0);
    expect(count(`${BODY}//tei:said[not(@direct = ('true', 'false'))]`)).toBe(0);
  });

  it('tells reported speech (direct="false") from direct speech (direct="true")', () => {
    const regrets = `${BODY}//tei:said[starts-with(., 'he deeply regrets')]`;
    expect(strings(`${regrets}/@who/string()`)).toEqual(['#kim-il-sung']);
    expect(strings(`${regrets}/@direct/string()`)).toEqual(['false']);
    const china = `${BODY}//tei:said[starts-with(., 'we maintain good relations')]`;
    expect(strings(`${china}/@who/string()`)).toEqual(['#kim-il-sung']);
    expect(strings(`${china}/@direct/string()`)).toEqual(['true']);
    // The reporting words are outside the said.
    expect(yes(`${BODY}//tei:said[@who = '#kim-il-sung'][contains(., 'was to have said')]`)).toBe(false);
    expect(text(`id('p4')`)).toMatch(/^At the beginning Kim Il Sung was to have said he deeply regrets/);
  });

  it('tags Zakharov\'s words, addressed to Kim Il Sung', () => {
    expect(
      strings(`${BODY}//tei:said[@who = '#zakharov']/@toWhom/string()`),
    ).toEqual(['#kim-il-sung', '#kim-il-sung']);
    expect(text(`(${BODY}//tei:said[@who = '#zakharov'])[2]`)).toBe(
      'this was, not an official invitation, but if Kim Il Sung’s health improves, then the CPSU leadership would certainly send such an invitation.',
    );
  });

  it('splits the utterance that runs over p9 and p10 and chains its parts with next/prev', () => {
    const parts = ['s-china-1', 's-china-2', 's-china-3'];
    expect(strings(`id('s-china-1')/@next/string()`)).toEqual(['#s-china-2']);
    expect(strings(`id('s-china-2')/@prev/string()`)).toEqual(['#s-china-1']);
    expect(strings(`id('s-china-2')/@next/string()`)).toEqual(['#s-china-3']);
    expect(strings(`id('s-china-3')/@prev/string()`)).toEqual(['#s-china-2']);
    expect(count(`id('s-china-3')/@next`)).toBe(0);
    expect(parts.map((id) => strings(`id('${id}')/ancestor::tei:p[1]/@xml:id/string()`)[0])).toEqual([
      'p9',
      'p9',
      'p10',
    ]);
    expect(text(`id('s-china-1')`)).toBe('With China');
    expect(text(`id('s-china-3')`)).toMatch(/^As regards the Chinese policy vis-à-vis the USSR – we do not approve/);
  });

  it('never lets a said with a speaker\'s words cross a paragraph boundary', () => {
    expect(count(`${BODY}//tei:said[tei:p][not(@who = '#zudin')]`)).toBe(0);
    expect(count(`${BODY}//tei:said[.//tei:p][ancestor::tei:p]`)).toBe(0);
  });

  it('nests an utterance reported within another (Kim Il Sung to Zhou Enlai, Zhou Enlai to Kim Il Sung)', () => {
    const inner = `id('p8')/tei:said[@who = '#kim-il-sung'][@toWhom = '#zakharov']/tei:said`;
    expect(strings(`${inner}/@toWhom/string()`)).toEqual(['#zhou-enlai']);
    expect(text(inner)).toBe(
      'it might have been beneficial for China, but he sees no possibility to initiate it in the DPRK.',
    );
    expect(text(`id('p14')/tei:said/tei:said[@who = '#zhou-enlai']`)).toBe(
      'China wishes to improve relations with the USSR.',
    );
  });
});

describe('the Zudin layer', () => {
  it('is one said of Zudin to the author, indirect, holding p2–p17 and nothing else', () => {
    const layer = `${BODY}/tei:said`;
    expect(count(layer)).toBe(1);
    expect(strings(`${layer}/@who/string()`)).toEqual(['#zudin']);
    expect(strings(`${layer}/@toWhom/string()`)).toEqual(['#bialek']);
    expect(strings(`${layer}/@direct/string()`)).toEqual(['false']);
    expect(strings(`${layer}/*/@xml:id/string()`)).toEqual(
      Array.from({ length: 16 }, (_, i) => `p${i + 2}`),
    );
    expect(count(`${layer}/*[not(self::tei:p)]`)).toBe(0);
  });

  it('starts with Zudin\'s first impression and ends with the evening hours; p1 is the author\'s own', () => {
    expect(text(`${BODY}/tei:said`)).toMatch(/^Com\. Zudin’s first impression/);
    expect(text(`${BODY}/tei:said`)).toMatch(/continued into the evening hours\.$/);
    expect(yes(`id('p1')/ancestor::tei:said`)).toBe(false);
  });
});

describe("the author's remarks and asides", () => {
  const authorial = `${BODY}//tei:note[@type = 'authorial']`;

  it('has exactly two remarks and two asides, inline, by Białek', () => {
    expect(count(authorial)).toBe(4);
    expect(count(`${authorial}[@place = 'inline'][@resp = '#bialek']`)).toBe(4);
    expect(strings(`${authorial}/@subtype/string()`)).toEqual(['aside', 'remark', 'remark', 'aside']);
  });

  it('keeps the NB remark with its parentheses and "– my own remark", outside Kim Il Sung\'s words', () => {
    const remark = `(${authorial}[@subtype = 'remark'])[1]`;
    expect(text(remark)).toBe('(NB As far as I know it was anti-Kim Il Sung propaganda – my own remark)');
    expect(strings(`${remark}/ancestor::tei:p/@xml:id/string()`)).toEqual(['p9']);
    expect(yes(`${remark}/ancestor::tei:said[@who = '#kim-il-sung']`)).toBe(false);
    expect(strings(`${remark}/tei:persName/@ref/string()`)).toEqual(['#kim-il-sung']);
  });

  it('keeps the "Allegedly" remark whole', () => {
    expect(text(`(${authorial}[@subtype = 'remark'])[2]`)).toBe(
      '(Allegedly this problem was very difficult, as the Chinese interrupted the Koreans’ efforts as far as they could to utilize water power. I heard that there were cases of redirecting the flow of water, etc. – my own remark)',
    );
  });

  it('marks the two asides with subtype="aside"', () => {
    const asides = `${authorial}[@subtype = 'aside']`;
    expect(strings(`${asides}/normalize-space()`)).toEqual([
      '(he did not mention anyone by name)',
      '(the conversation took place in late April)',
    ]);
    expect(count(`${asides}/ancestor::tei:said[@who = '#kim-il-sung']`)).toBe(0);
  });

  it('leaves glossing parentheses in the sentence, untagged', () => {
    for (const gloss of ['(river)', '(the whole – division into parts – the whole)', '(15 August)', '(of 1945)', '(DPRK)']) {
      expect(yes(`${BODY}//tei:note[contains(., '${gloss}')]`)).toBe(false);
      expect(text(BODY)).toContain(gloss);
    }
  });
});

describe("the translator's interventions", () => {
  it('encodes his [sic] after "Zudin" as sic inside the persName', () => {
    const sic = `${BODY}//tei:persName[@ref = '#zudin']/tei:sic`;
    expect(strings(`${sic}/string()`)).toEqual(['Zudin']);
    expect(strings(`${sic}/@resp/string()`)).toEqual(['#giebultowski']);
  });

  it('encodes his [sic] after "Coj Jen Gen" as sic inside the persName for Choe Yong-gon', () => {
    const sic = `${BODY}//tei:persName[@ref = '#choe-yong-gon']/tei:sic`;
    expect(strings(`${sic}/string()`)).toEqual(['Coj Jen Gen']);
    expect(strings(`${sic}/@resp/string()`)).toEqual(['#giebultowski']);
  });

  it('keeps neither "[sic]" nor any bracket as text', () => {
    expect(yes(`${BODY}//text()[not(ancestor::tei:note)][contains(., '[') or contains(., ']')]`)).toBe(false);
    expect(text(`id('p1')`)).toContain('Com. Col. S. S. Zudin [sic], who was');
    expect(text(`id('p6')`)).toContain('with Coj Jen Gen [sic] during his visit');
  });

  it('encodes "[will do so]" and "[said]" as supplied, with his resp and a reason', () => {
    const supplied = `${BODY}//tei:supplied`;
    expect(strings(`${supplied}/string()`)).toEqual(['will do so', 'said']);
    expect(count(`${supplied}[@resp = '#giebultowski'][@reason = 'implied-in-original']`)).toBe(2);
    expect(text(`id('p9')`)).toContain('we will help one another but [will do so] on the principle');
    expect(text(`id('p15')`)).toContain('and [said] that the problem of Cambodia');
  });

  it('encodes each "Zh[ou]" as abbr "Zh" with his expansion Zh<ex>ou</ex>', () => {
    const choices = `${BODY}//tei:persName[@ref = '#zhou-enlai']/tei:choice`;
    expect(count(choices)).toBe(4);
    expect(count(`${choices}[tei:abbr = 'Zh'][tei:expan[@resp = '#giebultowski'] = 'Zhou'][tei:expan/tei:ex = 'ou']`)).toBe(4);
    expect(
      strings(`${choices}/ancestor::tei:p[1]/@xml:id/string()`),
    ).toEqual(['p8', 'p11', 'p12', 'p14']);
  });
});

describe('our editorial interventions', () => {
  const editorial = `${BODY}//tei:choice[tei:corr | tei:reg]`;

  it('gives every editorial choice an xml:id, resp="#tei-edition", a cert and its own note', () => {
    expect(count(editorial)).toBe(5);
    expect(count(`${editorial}[not(@xml:id)]`)).toBe(0);
    expect(count(`${editorial}/(tei:corr | tei:reg)[not(@resp = '#tei-edition') or not(@cert)]`)).toBe(0);
    for (const id of strings(`${editorial}/@xml:id/string()`)) {
      const note = `//tei:note[@type = 'editorial'][@resp = '#tei-edition'][@target = '#${id}']`;
      expect(count(note), id).toBe(1);
      expect(count(`${note}[@xml:id]`), id).toBe(1);
      // The note follows its choice at once.
      expect(yes(`id('${id}')/following-sibling::node()[1][self::tei:note][@target = '#${id}']`), id).toBe(true);
    }
  });

  it('reads "56 years" as 5–6 years, with medium certainty', () => {
    const c = `id('c-56')`;
    expect(strings(`${c}/tei:sic/string()`)).toEqual(['56']);
    expect(strings(`${c}/tei:corr/string()`)).toEqual(['5–6']);
    expect(strings(`${c}/tei:corr/@cert/string()`)).toEqual(['medium']);
  });

  it('leaves out the stray "need", with low certainty', () => {
    const c = `id('c-need')`;
    expect(strings(`${c}/tei:sic/string()`)).toEqual(['need']);
    expect(count(`${c}/tei:corr[not(node())]`)).toBe(1);
    expect(strings(`${c}/tei:corr/@cert/string()`)).toEqual(['low']);
    expect(strings(`id('n-need')/string()`)[0]).toContain('niezbędny');
  });

  it('reads "border waters of irrigation" as "for irrigation"', () => {
    const c = `id('c-irrigation')`;
    expect(strings(`${c}/tei:sic/string()`)).toEqual(['of']);
    expect(strings(`${c}/tei:corr/string()`)).toEqual(['for']);
    expect(strings(`${c}/tei:corr/@cert/string()`)).toEqual(['high']);
  });

  it('regularises "Marshall" to "Marshal" in the text but not in the published title', () => {
    expect(strings(`${BODY}//tei:choice[tei:orig = 'Marshall'][tei:reg = 'Marshal']/@xml:id/string()`)).toEqual([
      'c-marshal-1',
      'c-marshal-2',
    ]);
    expect(count(`${BODY}//text()[contains(., 'Marshall')][not(parent::tei:orig)][not(ancestor::tei:note)]`)).toBe(0);
    expect(strings(`${HEADER}/tei:fileDesc/tei:titleStmt/tei:title/string()`)[0]).toContain('the Marshall of the Soviet Union');
    expect(count(`${HEADER}//tei:choice`)).toBe(0);
  });

  it('explains the wrong congress number in a note without correcting it', () => {
    expect(text(`id('p5')`)).toContain('the 25th CPSU Congress is due');
    expect(strings(`id('n-congress')/string()`)[0]).toContain('24th');
    expect(count(`id('p5')//tei:corr`)).toBe(0);
  });
});

describe('names', () => {
  const kinds = [
    ['persName', 'person'],
    ['placeName', 'place'],
    ['orgName', 'org'],
  ] as const;

  it('gives every name and rs in the text a ref to an entry of the right kind', () => {
    for (const [name, entry] of kinds) {
      expect(count(`/tei:TEI/tei:text//tei:${name}`), name).toBeGreaterThan(0);
      expect(
        count(`/tei:TEI/tei:text//tei:${name}[not(//tei:${entry}/@xml:id = substring-after(@ref, '#'))]`),
        name,
      ).toBe(0);
    }
    for (const type of ['person', 'place', 'org', 'event']) {
      expect(count(`/tei:TEI/tei:text//tei:rs[@type = '${type}']`), type).toBeGreaterThan(0);
      expect(
        count(`/tei:TEI/tei:text//tei:rs[@type = '${type}'][not(//tei:${type}/@xml:id = substring-after(@ref, '#'))]`),
        type,
      ).toBe(0);
    }
    expect(count(`/tei:TEI/tei:text//tei:rs[not(@type = ('person', 'place', 'org', 'event'))]`)).toBe(0);
  });

  it('does not count the rank "Marshal(l) of the Soviet Union" as a mention of the country', () => {
    expect(count(`/tei:TEI/tei:text//tei:placeName[. = 'Soviet Union']`)).toBe(0);
    expect(text(`${BODY}/tei:head`)).toContain('Marshall of the Soviet Union Com. Zakharov');
  });

  it('tags the named events and periods, each pointing at an event of the header with a label, and indexes them', () => {
    expect(strings(`/tei:TEI/tei:text//tei:rs[@type = 'event']/concat(@ref, '=', normalize-space())`)).toEqual([
      '#ww2=World War II',
      '#cpsu-congress=the 25th CPSU Congress',
      '#cultural-revolution=the Cultural Revolution',
      '#korean-war=the Korean-American war',
    ]);
    expect(strings(`${HEADER}//tei:listEvent/tei:event[tei:label]/@xml:id/string()`)).toEqual(['ww2', 'korean-war', 'cultural-revolution', 'cpsu-congress']);
  });

  it('gives a Wikidata identifier only where it was checked, and says for whom none is given', () => {
    expect(strings(`${HEADER}//tei:person[@xml:id = 'kim-il-sung']/tei:idno[@type = 'wikidata']/string()`)).toEqual(['http://www.wikidata.org/entity/Q39364']);
    for (const id of ['zhou-enlai', 'zakharov', 'brezhnev', 'kosygin', 'peng-dehuai', 'choe-yong-gon']) {
      expect(count(`${HEADER}//tei:person[@xml:id = '${id}']/tei:idno`), id).toBe(0);
    }
    expect(strings(`${HEADER}//tei:p[@xml:id = 'ed-ids']/normalize-space()`)[0]).toContain('could not be checked (Zhou Enlai, Zakharov, Brezhnev, Kosygin, Peng Dehuai, Choe Yong-gon');
  });

  it('tags descriptions as rs with the article, and names inside names', () => {
    const rs = (type: string, ref: string): string[] => {
      const path = `/tei:TEI/tei:text//tei:rs[@type = '${type}'][@ref = '${ref}']`;
      return Array.from({ length: count(path) }, (_, i) => text(`(${path})[${i + 1}]`));
    };
    expect(rs('person', '#peng-dehuai')).toEqual(['the commander of the Chinese troops']);
    expect(rs('person', '#zakharov')).toEqual(['Marshall of the Soviet Union']);
    expect(rs('org', '#cpv')).toEqual([
      'the Chinese volunteers',
      'the Chinese army',
      'Chinese troops',
      'the Chinese troops',
      'the Chinese troops',
    ]);
    expect(rs('org', '#kpa')).toEqual(['Korean (DPRK) troops']);
    expect(rs('place', '#demarcation-line')).toEqual(['the demarcation line', 'the demarcation line']);
    expect(rs('place', '#parallel-38')).toEqual(['the demarcation line', 'the demarcation line']);
    expect(strings(`//tei:orgName[@ref = '#usaf']/tei:placeName[@ref = '#usa']/string()`)).toEqual(['US']);
  });

  it('keeps titles and the possessive outside the name', () => {
    expect(count(`/tei:TEI/tei:text//tei:persName[matches(., '^(Com|com|Col)\\.')]`)).toBe(0);
    expect(count(`/tei:TEI/tei:text//tei:persName[contains(., '’')]`)).toBe(0);
    expect(strings(`id('p10')//tei:persName[@ref = '#mao-zedong']/string()`)).toEqual(['Mao']);
  });

  it('identifies "Coj Jen Gen" as Choe Yong-gon', () => {
    expect(strings(`//tei:person[@xml:id = 'choe-yong-gon']/tei:persName[@type = 'main']/string()`)).toEqual([
      'Choe Yong-gon',
    ]);
    expect(strings(`//tei:person[@xml:id = 'choe-yong-gon']/tei:persName[@type = 'printed']/string()`)).toEqual([
      'Coj Jen Gen',
    ]);
    expect(strings(`/tei:TEI/tei:text//tei:persName[@ref = '#choe-yong-gon']/string()`)).toEqual(['Coj Jen Gen']);
  });

  it('keeps the quotation marks around “Kim” and “Zh[ou]” as printed characters outside the persName', () => {
    const quoted = (persName: string): string =>
      `/tei:TEI/tei:text//${persName}[ends-with(preceding-sibling::node()[1][self::text()], '“')][starts-with(following-sibling::node()[1][self::text()], '”')]`;
    expect(count(`/tei:TEI/tei:text//tei:persName[. = 'Kim']`)).toBe(5);
    expect(count(quoted(`tei:persName[. = 'Kim']`))).toBe(5);
    expect(count(quoted(`tei:persName[tei:choice/tei:abbr = 'Zh']`))).toBe(4);
    expect(count(`/tei:TEI/tei:text//tei:persName[contains(., '“') or contains(., '”')]`)).toBe(0);
  });
});

describe('dates and measures', () => {
  it('tags the calendar expressions with when', () => {
    expect(strings(`/tei:TEI/tei:text//tei:date[@when]/concat(@when, '=', normalize-space())`)).toEqual([
      '1970-06-26=26 June 1970',
      '1970-04-22=V. Lenin’s 100th birthday',
      '1970-08-15=15 August',
      '1945=1945',
      '1970-06-10=10 June 1970',
    ]);
  });

  it('gives "late April" notBefore and notAfter, and no when', () => {
    const late = `/tei:TEI/tei:text//tei:date[. = 'late April']`;
    expect(strings(`${late}/@notBefore/string()`)).toEqual(['1970-04-20']);
    expect(strings(`${late}/@notAfter/string()`)).toEqual(['1970-04-30']);
    expect(count(`${late}/@when`)).toBe(0);
    expect(count(`//tei:*[@when][@notBefore or @notAfter or @from or @to]`)).toBe(0);
  });

  it('measures the border and the demarcation line in km', () => {
    expect(
      strings(`/tei:TEI/tei:text//tei:measure/concat(@type, '|', @quantity, '|', @unit, '|', @corresp, '|', .)`),
    ).toEqual([
      'length|1300|km|#china-dprk-border|1300 km',
      'length|240|km|#demarcation-line|240 km',
    ]);
  });
});

describe('teiHeader', () => {
  const titleStmt = `${HEADER}/tei:fileDesc/tei:titleStmt`;

  it('has the published title verbatim, the author, the funder and three respStmts', () => {
    expect(strings(`${titleStmt}/tei:title/string()`)).toEqual([
      "Record of Conversation of the Marshall of the Soviet Union Com. Zakharov with Com. Kim Il Sung during Com. Zakharov's Visit in the DPRK",
    ]);
    expect(strings(`${titleStmt}/tei:author/normalize-space()`)).toEqual(['Col. Mieczysław Białek']);
    expect(strings(`${titleStmt}/tei:author/tei:persName/@ref/string()`)).toEqual(['#bialek']);
    expect(strings(`${titleStmt}/tei:funder/tei:orgName[. = 'Kyungnam University']/@ref/string()`)).toEqual([
      '#kyungnam-university',
    ]);
    expect(strings(`${titleStmt}/tei:respStmt/concat(tei:resp, ': ', (tei:persName | tei:orgName)/@ref)`)).toEqual([
      'obtained by: #handerek',
      'translated by: #giebultowski',
      'TEI encoding, editorial interventions and notes: #tei-edition',
    ]);
  });

  it('has the reuse statement in availability, with the hidden e-mail left out and marked', () => {
    const availability = `${HEADER}/tei:fileDesc/tei:publicationStmt/tei:availability`;
    const paras = strings(`${availability}/tei:p/normalize-space()`);
    expect(paras).toHaveLength(2);
    expect(paras[0]).toMatch(/^The History and Public Policy Program welcomes reuse of Digital Archive materials/);
    expect(paras[1]).toMatch(/please contact the History and Public Policy Program at \.$/);
    expect(count(`${availability}/tei:p[2]/tei:gap[@resp = '#tei-edition'][@reason]`)).toBe(1);
    expect(strings(`${HEADER}/tei:fileDesc/tei:publicationStmt/tei:date/@when/string()`)).toEqual(['2026-11-26']);
  });

  it('describes the original in msDesc with every call number and number it carries', () => {
    const ms = `${HEADER}/tei:fileDesc/tei:sourceDesc/tei:msDesc`;
    expect(strings(`${ms}/tei:msIdentifier/tei:repository/string()`)).toEqual([
      'Archiwum Instytutu Pamięci Narodowej',
    ]);
    expect(strings(`${ms}/tei:msIdentifier/tei:settlement/string()`)).toEqual(['Warsaw']);
    expect(strings(`${ms}/tei:msIdentifier/tei:idno/string()`)).toEqual(['IPN BU 2602/8901']);
    expect(strings(`${ms}/tei:msIdentifier/tei:altIdentifier/tei:idno/string()`)).toEqual([
      'AIPN, 2602/8901',
      'IPN BU 648/34',
      'PF/33/70',
    ]);
    expect(strings(`${ms}//tei:msItem/tei:idno[@type = 'attachmentTo']/string()`)).toEqual(['KZ/0104/70']);
    expect(strings(`${ms}/tei:physDesc/tei:objectDesc/normalize-space()`)[0]).toContain('copy 2 of 3 printed');
    expect(strings(`${ms}/tei:history/tei:origin/tei:origPlace/@ref/string()`)).toEqual(['#pyongyang']);
    expect(strings(`${ms}/tei:history/tei:origin/tei:origDate/@when/string()`)).toEqual(['1970-06-10']);
  });

  it('cites the published translation with the page lines kept verbatim', () => {
    const bibl = `${HEADER}/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'publishedTranslation']`;
    expect(strings(`${bibl}/tei:date[not(@type)]/concat(@when, '=', .)`)).toEqual(['1970-06-10=June 10, 1970']);
    expect(strings(`${bibl}/tei:note[@type = 'titleLine']/string()`)).toEqual([
      "Col. Mieczysław Białek, 'Record of Conversation of the Marshall of the Soviet Union Com. Zakharov with Com. Kim Il Sung during Com. Zakharov's Visit in the DPRK'",
    ]);
    expect(strings(`${bibl}/tei:note[@type = 'funding']/string()`)).toEqual([
      'This document was made possible with support from Kyungnam University',
    ]);
    expect(strings(`${bibl}/tei:note[@type = 'documentInformation']/string()`)).toEqual([
      'AIPN, 2602/8901. Obtained by Marek Hańderek and translated by Jerzy Giebułtowski.',
    ]);
    expect(strings(`${bibl}/tei:respStmt/(tei:persName/@ref)/string()`)).toEqual(['#handerek', '#giebultowski']);
    expect(strings(`${bibl}/tei:publisher/tei:orgName/@ref/string()`)).toEqual(['#hppp']);
  });

  it('records the address of the archive page, the date it was read and the archive\'s name as it cites itself, saying they are not on the page', () => {
    const bibl = `${HEADER}/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'publishedTranslation']`;
    expect(strings(`${bibl}/tei:idno[@type = 'URI']/string()`)).toEqual([
      'https://digitalarchive.wilsoncenter.org/document/col-mieczyslaw-bialek-record-conversation-marshall-soviet-union-com-zakharov-com-kim-il',
    ]);
    expect(strings(`${bibl}/tei:date[@type = 'accessed']/@when/string()`)).toEqual(['2026-11-26']);
    expect(strings(`${bibl}/tei:title[@type = 'citation']/string()`)).toEqual(['History and Public Policy Program Digital Archive']);
    expect(strings(`${bibl}/tei:note[@type = 'editorial']/string()`)[0]).toMatch(/not on the captured page/);
    if (hasShared) expect(readFileSync(SOURCE_PATH, 'utf8')).not.toContain('digitalarchive.wilsoncenter.org');
  });

  it('has the archive summary as abstract', () => {
    expect(strings(`${HEADER}/tei:profileDesc/tei:abstract/tei:p/normalize-space()`)).toEqual([
      'Kim Il Sung mentioned his gratitude to the Soviet Union. Kim discussed the impact of the Cultural Revolution on China and Sino-DPRK ties, and his wish to improve relations with the USSR.',
    ]);
  });

  it('records creation, English translated from Polish, and the keywords', () => {
    const profile = `${HEADER}/tei:profileDesc`;
    expect(strings(`${profile}/tei:creation/tei:date/@when/string()`)).toEqual(['1970-06-10']);
    expect(strings(`${profile}/tei:creation/tei:placeName/@ref/string()`)).toEqual(['#pyongyang']);
    expect(strings(`${profile}/tei:langUsage/tei:language/@ident/string()`)).toEqual(['en', 'pl']);
    expect(strings(`${profile}/tei:langUsage/tei:language[@ident = 'pl']/string()`)[0]).toContain('original');
    const terms = strings(`${profile}/tei:textClass/tei:keywords/tei:term/string()`);
    expect(terms).toContain('Cultural Revolution');
    expect(terms).toContain('Sino-Soviet split');
    expect(strings(`${profile}/tei:textClass/tei:catRef/@target/string()`)).toEqual(['#record-of-conversation']);
  });

  it('lists everyone mentioned, with names, occupations or roles and a note', () => {
    const ids = strings(`${HEADER}//tei:listPerson/tei:person/@xml:id/string()`);
    expect(ids).toEqual([
      'bialek',
      'zakharov',
      'kim-il-sung',
      'zudin',
      'zhou-enlai',
      'lenin',
      'brezhnev',
      'kosygin',
      'choe-yong-gon',
      'mao-zedong',
      'peng-dehuai',
      'handerek',
      'giebultowski',
    ]);
    expect(count(`${HEADER}//tei:listPerson/tei:person[not(tei:persName[@type = 'main'])]`)).toBe(0);
    expect(count(`${HEADER}//tei:listPerson/tei:person[not(tei:note)]`)).toBe(0);
    expect(count(`${HEADER}//tei:listPerson/tei:person[not(tei:occupation or @role)]`)).toBe(0);
    const zakharov = `//tei:person[@xml:id = 'zakharov']`;
    expect(strings(`${zakharov}/tei:persName[@type = 'main']/normalize-space()`)).toEqual([
      'Matvei Vasilyevich Zakharov',
    ]);
    expect(strings(`${zakharov}/(tei:birth | tei:death)/@when/string()`)).toEqual(['1898-08-17', '1972-01-31']);
    expect(strings(`${zakharov}/tei:occupation/string()`)[0]).toContain('Chief of the General Staff');
    expect(strings(`//tei:person[@xml:id = 'zudin']/tei:occupation/string()`)[0]).toContain('military attaché');
  });

  it('lists the places and organisations', () => {
    const places = strings(`${HEADER}//tei:listPlace/tei:place/@xml:id/string()`);
    for (const id of ['pyongyang', 'moscow', 'dprk', 'korea', 'china', 'ussr', 'cambodia', 'beijing', 'shanghai', 'usa', 'poland', 'demarcation-line', 'parallel-38']) {
      expect(places).toContain(id);
    }
    const orgs = strings(`${HEADER}//tei:listOrg/tei:org/@xml:id/string()`);
    for (const id of ['cpsu', 'kwp', 'cpc', 'soviet-embassy', 'polish-embassy', 'usaf', 'cpv', 'kyungnam-university', 'hppp', 'ipn', 'aipn', 'tei-edition']) {
      expect(orgs).toContain(id);
    }
    // Authority identifiers are full Wikidata entity URIs.
    expect(
      count(`${HEADER}//tei:idno[@type = 'wikidata'][not(matches(., '^http://www\\.wikidata\\.org/entity/Q[0-9]+$'))]`),
    ).toBe(0);
  });

  it('records the exclusions in samplingDecl', () => {
    const sampling = strings(`${HEADER}/tei:encodingDesc/tei:samplingDecl/normalize-space()`)[0] ?? '';
    for (const chrome of ['Skip to content', 'Original Uploaded Date', 'Record ID', '[email protected]']) {
      expect(sampling).toContain(chrome);
      expect(yes(`/tei:TEI/tei:text//text()[contains(., '${chrome}')]`)).toBe(false);
    }
    expect(yes(`/tei:TEI/tei:teiHeader//tei:availability//text()[contains(., 'email protected')]`)).toBe(false);
  });

  it('documents each decision in editorialDecl', () => {
    const decl = `${HEADER}/tei:encodingDesc/tei:editorialDecl`;
    for (const part of ['correction', 'normalization', 'quotation', 'hyphenation', 'segmentation', 'interpretation', 'punctuation']) {
      expect(count(`${decl}/tei:${part}/tei:p`), part).toBeGreaterThan(0);
    }
    for (const id of ['ed-translator', 'ed-editor', 'ed-speech', 'ed-remarks', 'ed-names', 'ed-dates']) {
      expect(count(`${decl}//tei:p[@xml:id = '${id}']`), id).toBe(1);
    }
  });

  it('has a dated change in revisionDesc', () => {
    expect(strings(`${HEADER}/tei:revisionDesc/tei:change/concat(@when, ' ', @who)`)).toEqual([
      '2026-11-26 #tei-edition',
    ]);
  });
});

describe('identifiers and pointers', () => {
  it('has unique xml:ids', () => {
    const ids = strings('//@xml:id/string()');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every local pointer', () => {
    const pointers = strings(
      '//@*[local-name() = ("ref", "target", "who", "toWhom", "resp", "next", "prev", "corresp", "scheme")]/tokenize(normalize-space(.), " ")',
    );
    expect(pointers.length).toBeGreaterThan(150);
    const ids = new Set(strings('//@xml:id/string()'));
    expect(pointers.filter((p) => !p.startsWith('#') || !ids.has(p.slice(1)))).toEqual([]);
  });

  it('refers to every person, place and organisation of the lists at least once', () => {
    const referred = new Set(
      strings('//@*[local-name() = ("ref", "who", "toWhom", "resp", "corresp")]/tokenize(normalize-space(.), " ")'),
    );
    const entries = strings('//(tei:person | tei:place | tei:org)/@xml:id/string()');
    expect(entries).toHaveLength(42);
    expect(entries.filter((id) => !referred.has(`#${id}`))).toEqual([]);
  });
});

describe.skipIf(!hasShared)('faithfulness to the published source (../shared)', () => {
  if (!hasShared) console.warn(`skipped: ${SOURCE_PATH} is absent`);

  it('prints, in the diplomatic view, exactly the record as published', () => {
    expect(diplomatic('/tei:TEI/tei:text', doc)).toBe(sourceRecordText());
  });

  it('keeps the header quotations verbatim from the page', () => {
    const page = normaliseSpace(readFileSync(SOURCE_PATH, 'utf8'));
    const quoted = [
      ...strings(`${HEADER}/tei:fileDesc/tei:titleStmt/tei:title/normalize-space()`),
      ...strings(`${HEADER}//tei:bibl[@type = 'publishedTranslation']/(tei:date[not(@type)] | tei:note[not(@type = 'editorial')])/normalize-space()`),
      ...strings(`${HEADER}/tei:profileDesc/tei:abstract/tei:p/normalize-space()`),
      strings(`${HEADER}//tei:availability/tei:p[1]/normalize-space()`)[0] ?? '',
    ];
    expect(quoted).toHaveLength(7);
    for (const q of quoted) expect(page, q).toContain(q);
    const rights = strings(`${HEADER}//tei:availability/tei:p[2]/normalize-space()`)[0] ?? '';
    expect(page).toContain(rights.replace(/ at \.$/, ' at [email protected].'));
  });
});

describe('claims no more than the sources', () => {
  it('marks the keywords as the encoder\'s own (the archive gives none), and the rights status as unknown, as the rights text leaves it', () => {
    expect(strings(`${HEADER}/tei:profileDesc/tei:textClass/tei:keywords/@resp/string()`)).toEqual(['#tei-edition']);
    expect(strings(`${HEADER}//tei:availability/@status/string()`)).toEqual(['unknown']);
    if (hasShared) expect(readFileSync(SOURCE_PATH, 'utf8')).not.toMatch(/Keywords|Sino-Soviet split/);
  });

  it('gives every conjecture (cert below high) an editorial note that says it is one', () => {
    const conjectures = xpath(`//tei:text//*[@cert][not(@cert = 'high')]`, doc) as SaxonNode[];
    expect(conjectures.length).toBeGreaterThan(0);
    for (const c of conjectures) {
      const id = String(xpath(`string(ancestor-or-self::*[@xml:id][1]/@xml:id)`, c)[0]);
      const notes = strings(`//tei:note[@type = 'editorial'][tokenize(@target, ' ') = '#${id}']/string()`);
      expect(notes.join(' '), id).toMatch(/certainty/i);
    }
  });
});

describe('words for readers', () => {
  it('never writes attribute syntax (name="value") in text a reader sees: notes say values in words', () => {
    // The statement of method, shown on the page too, names attributes and values with att and val.
    const offenders = strings(`//text()[matches(., '[\\w:-]+="')]/string()`);
    expect(offenders).toEqual([]);
  });
});
