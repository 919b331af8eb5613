/**
 * The data export of one document (`data/<name>.json`): its metadata,
 * citation facts and entities from the data stylesheet (xslt/data/export.xsl,
 * which asks the shared meaning layer what each header field means), and its
 * reading text from the text edition (view reading, no header, no wrapping).
 * Keys are put in a fixed order here, so that the files diff well.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { loadCompiledStylesheet, loadEditionStylesheet } from '../transform/load-stylesheet.js';
import { checkTransformDepth } from '../transform/check-transform-depth.js';
import { prepareSource, runStylesheet, type PreparedSource } from '../transform/run-stylesheet.js';
import { runTextEdition } from '../transform/run-text-edition.js';

/** Where the data stylesheet is compiled to by `npm run compile`. */
export const DATA_STYLESHEET = {
  sefPath: path.join(packageRoot, 'dist', 'xslt', 'data-export.sef.json'),
  sourcePath: path.join(packageRoot, 'xslt', 'data', 'export.xsl'),
};

/** An identifier of a document or an entity: what kind it is (idno/@type, `xml:id`, `uri`…) and its value. */
export interface Identifier {
  type: string;
  value: string;
}

/** What the header says about a document. Absent facts are null or empty arrays, never missing keys. */
export interface DocumentMetadata {
  id: string | null;
  title: string | null;
  subtitle: string[];
  authors: string[];
  editors: string[];
  translators: string[];
  date: string | null;
  dateIso: string | null;
  place: string | null;
  summary: string | null;
  keywords: string[];
  languages: string[];
  repository: string | null;
  settlement: string | null;
  callNumbers: string[];
  source: string | null;
  publisher: string | null;
  editionDate: string | null;
  licence: string | null;
  rights: string[];
  ids: Identifier[];
}

/** A person or body in a citation: structured when the header gives surname and forename. */
export type NameParts = { family: string; given: string } | { literal: string };

/** The citation facts of xslt/common/citation.xsl (te:citation). */
export interface CitationFacts {
  authors: NameParts[];
  translators: NameParts[];
  editors: NameParts[];
  title: string;
  date: string;
  dateIso: string;
  archive: string;
  archivePlace: string;
  callNumber: string;
  container: string;
  publisher: string;
  editionDate: string;
  editionUrl: string;
}

/** A person, group, place or organisation the document lists or names with an authority. */
export interface Entity {
  /** Its xml:id in the document; null for a name that points straight at an authority. */
  id: string | null;
  kind: string;
  label: string;
  names: string[];
  idnos: Identifier[];
  /** How many names in the document point at it. */
  mentions: number;
}

/** `data/<name>.json`. */
export interface DocumentData {
  name: string;
  metadata: DocumentMetadata;
  citation: CitationFacts;
  entities: Entity[];
  /** The reading text (corrections, regularisations, expansions), as plain text. */
  text: string;
}

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const ids = (v: unknown): Identifier[] => (Array.isArray(v) ? (v as Raw[]).map((i) => ({ type: String(i.type), value: String(i.value) })) : []);
const names = (v: unknown): NameParts[] =>
  (Array.isArray(v) ? (v as Raw[]) : []).map((n) => (typeof n.literal === 'string' ? { literal: n.literal } : { family: String(n.family ?? ''), given: String(n.given ?? '') }));

function metadataOf(m: Raw): DocumentMetadata {
  return {
    id: str(m.id), title: str(m.title), subtitle: strings(m.subtitle), authors: strings(m.authors), editors: strings(m.editors), translators: strings(m.translators),
    date: str(m.date), dateIso: str(m.dateIso), place: str(m.place), summary: str(m.summary), keywords: strings(m.keywords), languages: strings(m.languages),
    repository: str(m.repository), settlement: str(m.settlement), callNumbers: strings(m.callNumbers), source: str(m.source), publisher: str(m.publisher),
    editionDate: str(m.editionDate), licence: str(m.licence), rights: strings(m.rights), ids: ids(m.ids),
  };
}

function citationOf(c: Raw): CitationFacts {
  const s = (key: string) => (typeof c[key] === 'string' ? (c[key] as string) : '');
  return {
    authors: names(c.authors), translators: names(c.translators), editors: names(c.editors), title: s('title'), date: s('date'), dateIso: s('date-iso'),
    archive: s('archive'), archivePlace: s('archive-place'), callNumber: s('call-number'), container: s('container'), publisher: s('publisher'),
    editionDate: s('edition-date'), editionUrl: s('edition-url'),
  };
}

function entityOf(e: Raw): Entity {
  return { id: str(e.id), kind: String(e.kind), label: String(e.label), names: strings(e.names), idnos: ids(e.idnos), mentions: Number(e.mentions) || 0 };
}

/** The header facts and entities of a document: its data export without the reading text. */
export type DocumentFacts = Omit<DocumentData, 'text'>;

/**
 * The metadata, citation facts and entities of `parsed` (the data stylesheet
 * alone), for callers that take the text from elsewhere: the collection pages
 * read it from the HTML page, and on a 3 MB volume the reading text costs ten
 * times what the facts cost. `prepared`: the same document already parsed for
 * saxon-js (prepareSource), when the caller has it, so it is not parsed again.
 */
export function deriveDocumentFacts(parsed: ParsedDocument, name: string, prepared?: PreparedSource): { facts?: DocumentFacts; diagnostics: Diagnostic[] } {
  const file = parsed.source.file;
  const tooDeep = checkTransformDepth(parsed);
  if (tooDeep) return { diagnostics: [tooDeep] };
  const { stylesheet, diagnostics } = loadCompiledStylesheet('data', DATA_STYLESHEET.sefPath, DATA_STYLESHEET.sourcePath);
  if (!stylesheet) return { diagnostics };
  const facts = runStylesheet(stylesheet, prepared ?? parsed.xmlText, file, pathToFileURL(parsed.source.path).href, { name });
  diagnostics.push(...facts.diagnostics);
  if (facts.output === undefined) return { diagnostics };
  let raw: Raw;
  try {
    raw = JSON.parse(facts.output) as Raw;
  } catch (e) {
    diagnostics.push(diagnostic('error', 'transform', 'export.data-unreadable', `the data stylesheet wrote something that is not JSON (${(e as Error).message}); expected the JSON of xslt/data/export.xsl`, { file }));
    return { diagnostics };
  }
  return {
    facts: {
      name,
      metadata: metadataOf((raw.metadata ?? {}) as Raw),
      citation: citationOf((raw.citation ?? {}) as Raw),
      entities: (Array.isArray(raw.entities) ? (raw.entities as Raw[]) : []).map(entityOf),
    },
    diagnostics,
  };
}

/** Derives the data export of `parsed` (a whole document, or a corpus member), whose output name is `name`. */
export function deriveDocumentData(parsed: ParsedDocument, name: string): { data?: DocumentData; diagnostics: Diagnostic[] } {
  const tooDeep = checkTransformDepth(parsed);
  if (tooDeep) return { diagnostics: [tooDeep] };
  const text = loadEditionStylesheet('text');
  // Parsed once for both runs.
  const prepared = prepareSource(parsed.xmlText);
  const { facts, diagnostics } = deriveDocumentFacts(parsed, name, prepared);
  diagnostics.push(...text.diagnostics);
  if (!facts || !text.stylesheet) return { diagnostics };
  const reading = runTextEdition(text.stylesheet, prepared ?? parsed.xmlText, parsed.source.file, pathToFileURL(parsed.source.path).href, { name, view: 'reading', width: '0', header: 'no' });
  diagnostics.push(...reading.diagnostics);
  if (reading.output === undefined) return { diagnostics };
  return { data: { ...facts, text: reading.output }, diagnostics };
}
