/**
 * Builds the draft's teiHeader from what the page said about the record
 * (title line, date line, funder, summary, "Document Information", rights)
 * and from what the import found (persons, places, organisations, hands):
 * every pointer of the text resolves to an entry here. The header also says
 * what of the page was left out, and that the whole is an unreviewed draft.
 */
import type { Entity } from './entity-registry.js';
import type { ImportContext } from './import-context.js';
import { HIDDEN_EMAIL, type PageLayout } from './read-page-layout.js';
import { el, type XElement, type XNode } from './xml-node.js';

export interface HeaderInput {
  layout: PageLayout;
  ctx: ImportContext;
  title: string;
  /** The record's date (ISO), when known. */
  when?: string;
  /** The first and last lines of the record, for samplingDecl. */
  firstLine?: string;
  lastLine?: string;
  /** The date of the draft (ISO yyyy-mm-dd). */
  today: string;
  version: string;
  /** Persons from the page header: author (with the rank printed before the name), translator, finder. */
  author?: { entity: Entity; rank: string };
  translators: Entity[];
  finders: Entity[];
  funder?: Entity;
}

const ref = (e: Entity) => `#${e.id}`;
const nameElement = (e: Entity, text = e.name) => el(e.type === 'person' ? 'persName' : e.type === 'place' ? 'placeName' : 'orgName', { ref: ref(e) }, [text]);

/** Text with the page's hidden e-mail addresses as gap. */
function withGaps(text: string, importer: string): XNode[] {
  const out: XNode[] = [];
  let last = 0;
  for (const m of text.matchAll(HIDDEN_EMAIL)) {
    out.push(text.slice(last, m.index), el('gap', { reason: 'obfuscated-email', resp: importer }));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((n) => n !== '');
}

function author(input: HeaderInput): XElement[] {
  if (!input.author) return [];
  const { entity, rank } = input.author;
  return [el('author', {}, [...(rank ? [`${rank} `] : []), nameElement(entity)])];
}

function respStmts(input: HeaderInput): XElement[] {
  return [
    ...(input.finders.length ? [el('respStmt', {}, [el('resp', {}, ['obtained by']), ...input.finders.map((e) => nameElement(e))])] : []),
    ...(input.translators.length ? [el('respStmt', {}, [el('resp', {}, ['translated by']), ...input.translators.map((e) => nameElement(e))])] : []),
  ];
}

function fileDesc(input: HeaderInput): XElement {
  const { layout, ctx } = input;
  const importer = ctx.agents.importer;
  const titleStmt = el('titleStmt', {}, [
    el('title', { type: 'main' }, [input.title]),
    ...author(input),
    ...(input.funder ? [el('funder', {}, [nameElement(input.funder)])] : []),
    ...respStmts(input),
    el('respStmt', { 'xml:id': importer.slice(1) }, [
      el('resp', {}, [`draft encoding by automatic import (tei-edition ${input.version}); every element it made carries resp="${importer}" and awaits an editor's review`]),
      el('name', {}, ['tei-edition import']),
    ]),
  ]);
  const rights = layout.rights;
  const publicationStmt = rights.length
    ? el('publicationStmt', {}, [
        el('authority', {}, [`Unpublished draft made by tei-edition import on ${input.today}`]),
        el('availability', /permission/i.test(rights.map((r) => r.text).join(' ')) ? { status: 'restricted' } : {}, rights.map((r) => el('p', {}, withGaps(r.text, importer)))),
        el('date', { when: input.today }, [input.today]),
      ])
    : el('publicationStmt', {}, [el('p', {}, [`Unpublished draft made by tei-edition import on ${input.today}, for review.`])]);
  const bibl = el('bibl', { type: input.translators.length ? 'publishedTranslation' : 'source' }, [
    el('title', { level: 'a' }, [input.title]),
    ...author(input),
    ...(layout.dateLine ? [el('date', { when: layout.dateLine.date?.when }, [layout.dateLine.text])] : []),
    ...respStmts(input),
    ...(input.funder ? [el('funder', {}, [nameElement(input.funder)])] : []),
    ...(layout.titleLine ? [el('note', { type: 'titleLine' }, [layout.titleLine.text])] : []),
    ...(layout.funderLine ? [el('note', { type: 'funding' }, [layout.funderLine.text])] : []),
    ...(layout.documentInformation ? [el('note', { type: 'documentInformation' }, [layout.documentInformation.text])] : []),
    ...layout.fields.map((f) => el('note', { type: f.label.replace(/\s+(\p{L})/gu, (_, c: string) => c.toUpperCase()).replace(/^\p{Lu}/u, (c) => c.toLowerCase()) }, [f.text])),
  ]);
  const info = layout.documentInformation;
  const hands = ctx.used.has('hand');
  // The page's "Original Archive" names the repository in full; the citation only abbreviates it.
  const repository = layout.fields.find((f) => /^original archive$/iu.test(f.label))?.text ?? info?.archive;
  const msDesc = repository || hands
    ? el('msDesc', {}, [
        el('msIdentifier', {}, repository ? [el('repository', {}, [repository]), ...(info?.callNumber ? [el('idno', { type: 'callNumber' }, [info.callNumber])] : [])] : [el('msName', {}, [input.title])]),
        ...(hands ? [el('physDesc', {}, [el('handDesc', {}, [el('handNote', { 'xml:id': 'handwritten', scope: 'minor' }, ['Handwriting, as the translation marks it (“handwritten”); the hand is not identified.'])])])] : []),
      ])
    : undefined;
  return el('fileDesc', {}, [titleStmt, publicationStmt, el('sourceDesc', {}, [bibl, ...(msDesc ? [msDesc] : [])])]);
}

function encodingDesc(input: HeaderInput): XElement {
  const { layout, ctx } = input;
  const kept = input.firstLine
    ? `Kept: the record, from its first line (“${input.firstLine}”) to its last (“${input.lastLine}”), in text, every word as printed; the page's date line, title line, funder line, summary, “Document Information” and rights statement, where present, in this header.`
    : 'The input held no record text.';
  const dropped = layout.dropped.length
    ? `Excluded as parts of the web page rather than of the record: ${layout.dropped.map((d) => `“${d.text}” (line ${d.line}: ${d.why})`).join('; ')}.`
    : 'Nothing of the input was excluded.';
  return el('encodingDesc', {}, [
    el('samplingDecl', {}, [el('p', { 'xml:id': 'kept' }, [kept]), el('p', { 'xml:id': 'excluded' }, [dropped])]),
    el('editorialDecl', {}, [
      el('p', {}, [
        `Draft made by tei-edition import. The translator's bracketed marks are encoded, not transcribed: “[sic]” as sic, bracketed words as supplied, part-word expansions as choice of abbr and expan with ex, omissions as gap, uncertain readings as unclear, stamps and handwriting as stamp and add, notes as note; bracketed labels are kept as seg type="label". Bracket forms the importer did not recognise are kept as printed and listed in its report. Names, dates, measures, the writer's remarks and reported speech were recognised automatically. Every automatic element carries ${ctx.agents.importer} in @resp, and a guess carries @cert; the import report lists every decision with its rule, and its alternatives where the importer guessed.`,
      ]),
    ]),
  ]);
}

function entry(e: Entity): XElement {
  const main = e.type === 'person' ? 'persName' : e.type === 'place' ? 'placeName' : 'orgName';
  const note = e.source === 'guess'
    ? 'Found by the importer (by a title, an organisation’s head word, an acronym, capitals, as a speaker or in a list of participants): check the identification and the form.'
    : e.source === 'lexicon' ? 'Found by the importer in its gazetteer: check the identification.' : e.source === 'header' ? 'Named in the page’s header.' : undefined;
  const children: XNode[] = [
    el(main, { type: 'main' }, [e.name]),
    ...e.forms.filter((f) => f !== e.name).map((f) => el(main, { type: 'printed' }, [f])),
    ...(e.type === 'person' ? e.occupations.map((o) => el('occupation', {}, [o])) : []),
    ...(e.authority ? [el('idno', { type: /wikidata\.org/.test(e.authority) ? 'wikidata' : 'URI' }, [e.authority])] : []),
    ...(note ? [el('note', {}, [note])] : []),
  ];
  const roles = [...e.roles].filter((r) => r !== 'participant' || e.type === 'person');
  return el(e.type, { 'xml:id': e.id, role: e.type === 'person' && roles.length ? roles.sort().join(' ') : undefined }, children);
}

function profileDesc(input: HeaderInput): XElement {
  const { layout, ctx } = input;
  const used = ctx.registry.all().filter((e) => e.used);
  const persons = used.filter((e) => e.type === 'person').map(entry);
  const orgs = used.filter((e) => e.type === 'org').map(entry);
  const places = used.filter((e) => e.type === 'place').map(entry);
  const generic = (id: 'translator' | 'author' | 'editor', text: string) => (ctx.used.has(id) && ctx.agents[id] === `#${id}` ? [el(id === 'editor' ? 'org' : 'person', { 'xml:id': id, ...(id === 'editor' ? {} : { role: id }) }, [el('note', {}, [text])])] : []);
  persons.push(...generic('author', 'The author of the record, not named by the source.'), ...generic('translator', 'The translator, not named by the source.'));
  orgs.push(...generic('editor', 'The editors of the published text, whose notes are marked “Ed. note”.'));
  return el('profileDesc', {}, [
    ...(layout.summary ? [el('abstract', {}, [el('p', {}, [layout.summary.text])])] : []),
    ...(layout.associated.some((a) => a.terms.length) ? [el('textClass', {}, layout.associated.filter((a) => a.terms.length).map((a) => el('keywords', { n: a.label }, a.terms.map((t) => el('term', {}, [t.text])))))] : []),
    ...(input.when ? [el('creation', {}, [el('date', { when: input.when }, [input.when])])] : []),
    el('langUsage', {}, [el('language', { ident: 'en' }, ['English'])]),
    ...(persons.length || orgs.length ? [el('particDesc', {}, [...(persons.length ? [el('listPerson', {}, persons)] : []), ...(orgs.length ? [el('listOrg', {}, orgs)] : [])])] : []),
    ...(places.length ? [el('settingDesc', {}, [el('listPlace', {}, places)])] : []),
  ]);
}

/** The draft's teiHeader. */
export function buildHeader(input: HeaderInput): XElement {
  const importer = input.ctx.agents.importer;
  return el('teiHeader', {}, [
    fileDesc(input),
    encodingDesc(input),
    profileDesc(input),
    el('revisionDesc', { status: 'draft' }, [
      el('change', { when: input.today, who: importer, status: 'draft' }, ['Draft made by tei-edition import from a plain-text record, for review.']),
    ]),
  ]);
}
