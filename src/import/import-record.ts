/**
 * Imports one plain-text archival record as a TEI draft: page layout,
 * structure, conventions, names, dates, speech; then the header; then a
 * check that every word of the record is in the draft. Returns the draft (as
 * a tree and as XML), the report, and diagnostics; never throws for bad input.
 */
import { rejectUnknownOptions, type OptionKeys } from '../config/check-options.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { buildHeader } from './build-header.js';
import { buildText } from './build-body.js';
import { DecisionLog } from './decision.js';
import { decodeText } from './decode-text.js';
import { lostWords } from './diplomatic-words.js';
import { EntityRegistry, toId, type Entity } from './entity-registry.js';
import { findDates, readDate, referenceOf } from './find-dates.js';
import { discoverNames } from './discover-names.js';
import { NameIndex } from './find-names.js';
import type { Agents, ImportContext } from './import-context.js';
import { summarise, type ImportReport } from './import-report.js';
import { LEADING_TITLES } from './lexicon.js';
import type { NameEntry } from './load-names.js';
import { readPageLayout } from './read-page-layout.js';
import { readStructure } from './read-structure.js';
import { serializeTei, type ProcessingInstruction } from './serialize-tei.js';
import { splitLines } from './source-lines.js';
import { el, type XElement } from './xml-node.js';

export interface ImportOptions {
  /** The input's name in diagnostics and in the report (default "stdin"); never written into the draft, which must not carry a path of the importing machine. */
  file?: string;
  /** The draft's identifier (its root xml:id); default: derived from `file`. */
  name?: string;
  /** The editor's names file, parsed. */
  names?: readonly NameEntry[];
  /** The date of the draft, ISO yyyy-mm-dd (default: today). */
  today?: string;
  /** xml-model processing instructions to write, as hrefs to the RELAX NG and Schematron schemas. */
  schemaHrefs?: { rng?: string; sch?: string };
}

export interface ImportResult {
  /** The draft; absent when the input could not be imported at all. */
  xml?: string;
  tree?: XElement;
  report: ImportReport;
  diagnostics: Diagnostic[];
}

/** Longest input the importer accepts, in characters: beyond this a record is certainly not one record. */
export const MAX_INPUT = 50_000_000;

/** The draft identifier for an input file name: an NCName. */
export function draftName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return toId(base, 'record').replace(/^n-/, 'record-');
}

function emptyReport(file: string): ImportReport {
  return { tool: `tei-edition import ${packageVersion}`, input: file, record: { title: '' }, summary: {}, decisions: [], unrecognised: [], dropped: [], lostWords: [], diagnostics: [] };
}

/** Imports the bytes of a record (decoding them first). */
export function importRecord(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const file = options.file ?? 'stdin';
  const decoded = decodeText(file, bytes);
  if (decoded.text === undefined) {
    const report = emptyReport(file);
    report.diagnostics = decoded.diagnostics;
    return { report, diagnostics: decoded.diagnostics };
  }
  const result = importText(decoded.text, options);
  result.diagnostics.unshift(...decoded.diagnostics);
  result.report.diagnostics.unshift(...decoded.diagnostics);
  return result;
}

const IMPORT_OPTION_KEYS: OptionKeys<ImportOptions> = { file: true, name: true, names: true, today: true, schemaHrefs: true };

/**
 * Imports the text of one record as a TEI draft (in memory; nothing is
 * written). Throws a TypeError for an option it does not know; never throws
 * for bad input.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  rejectUnknownOptions('importText', options, IMPORT_OPTION_KEYS);
  const file = options.file ?? 'stdin';
  const diagnostics: Diagnostic[] = [];
  if (text.length > MAX_INPUT) {
    const d = diagnostic('error', 'import', 'import.too-large', `the input has ${text.length} characters; expected one record of at most ${MAX_INPUT}`, { file });
    const report = emptyReport(file);
    report.diagnostics = [d];
    return { report, diagnostics: [d] };
  }
  const lines = splitLines(text);
  const layout = readPageLayout(lines);
  if (!layout.record.some((l) => l.text)) {
    diagnostics.push(diagnostic('warning', 'import', 'import.empty-record', `no record text found in the input${lines.some((l) => l.text) ? ' (only the page around it)' : ' (it is empty)'}; the draft has an empty body`, { file }));
  }

  const registry = new EntityRegistry();
  for (const n of options.names ?? []) registry.add({ id: n.id, type: n.type, form: n.form, source: 'names-file', ...(n.authority ? { authority: n.authority } : {}) });
  const header = (type: Entity['type'], form: string, role: string) => {
    const known = registry.findByForm(form, type);
    const entity = known ?? registry.add({ type, form, source: 'header' });
    registry.use(entity.id, role);
    return entity;
  };
  const info = layout.documentInformation;
  const authorLine = layout.titleLine?.author;
  const rank = authorLine ? (LEADING_TITLES.exec(authorLine)?.[0] ?? '') : '';
  const author = authorLine ? { entity: header('person', authorLine.slice(rank.length).trim(), 'author'), rank: rank.trim() } : undefined;
  const translators = (info?.translatedBy ?? []).map((t) => header('person', t, 'translator'));
  const finders = (info?.obtainedBy ?? []).map((t) => header('person', t, 'archivalResearcher'));
  const funder = layout.funderLine ? header('org', layout.funderLine.funder, 'funder') : undefined;

  const agents: Agents = {
    importer: '#importer',
    translator: translators[0] ? `#${translators[0].id}` : '#translator',
    author: author ? `#${author.entity.id}` : '#author',
    editor: '#editor',
  };
  const when = layout.dateLine?.date?.when ?? closingDate(layout.record.map((l) => l.text));
  const ctx: ImportContext = { file, log: new DecisionLog(), agents, registry, unrecognised: [], used: new Set(), chains: new Map(), counters: { spaced: 0 }, ...(referenceOf(when) ? { reference: referenceOf(when)! } : {}) };

  const structure = readStructure(layout.record, ctx);
  // Names the names file does not list become entries first (places of the gazetteer, organisations, persons by rule), so that every mention is found.
  discoverNames(layout.record.map((l) => l.text).join('\n'), registry);
  const index = new NameIndex(registry);
  const textElement = buildText(structure, ctx, index, author?.entity);
  const headUnit = structure.units.find((u) => u.kind === 'head');
  const title = layout.titleLine?.title ?? (headUnit?.kind === 'head' ? headUnit.block.text.replace(/\s+/g, ' ') : untitled(layout.record.map((l) => l.text)));
  const recordLines = layout.record.filter((l) => l.text);
  const teiHeader = buildHeader({
    layout, ctx, title, today: options.today ?? new Date().toISOString().slice(0, 10), version: packageVersion, translators, finders,
    ...(when ? { when } : {}), ...(author ? { author } : {}), ...(funder ? { funder } : {}),
    ...(recordLines.length ? { firstLine: recordLines[0]!.text, lastLine: recordLines[recordLines.length - 1]!.text } : {}),
  });
  const name = options.name ?? draftName(file);
  const tree = el('TEI', { 'xml:id': name, 'xml:lang': 'en' }, [teiHeader, textElement]);
  const instructions: ProcessingInstruction[] = [];
  if (options.schemaHrefs?.rng) instructions.push({ target: 'xml-model', data: `href="${options.schemaHrefs.rng}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"` });
  if (options.schemaHrefs?.sch) instructions.push({ target: 'xml-model', data: `href="${options.schemaHrefs.sch}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"` });

  const lost = lostWords(layout.record.map((l) => l.text).join('\n'), textElement);
  if (lost.length) diagnostics.push(diagnostic('error', 'import', 'import.words-lost', `the draft lacks words of the record: ${lost.map((w) => JSON.stringify(w)).join(', ')}; expected every word kept (please report this input)`, { file }));
  for (const u of ctx.unrecognised) diagnostics.push(diagnostic('info', 'import', 'import.unrecognised-bracket', `${JSON.stringify(u.text.length > 60 ? `${u.text.slice(0, 60)}…` : u.text)} kept as printed: ${u.why}`, { file, line: u.line, column: u.column }));

  const report: ImportReport = {
    ...emptyReport(file),
    record: { title, ...(when ? { when } : {}), ...(recordLines.length ? { firstLine: recordLines[0]!.no, lastLine: recordLines[recordLines.length - 1]!.no } : {}) },
    decisions: ctx.log.sorted(),
    unrecognised: ctx.unrecognised,
    dropped: layout.dropped,
    lostWords: lost,
    diagnostics,
  };
  report.summary = summarise(report.decisions);
  return { xml: serializeTei(tree, instructions), tree, report, diagnostics };
}

/** A title for a record whose page gives none and which has no heading: its first words, marked as the importer's. */
function untitled(lines: readonly string[]): string {
  const first = lines.find((l) => l.trim())?.trim();
  if (!first) return 'Untitled record';
  const words = first.split(/\s+/u);
  return `Untitled record beginning “${words.slice(0, 8).join(' ')}${words.length > 8 ? ' …' : ''}”`;
}

/** The record's date when the page gives none: the last dateline's date, else the first full date. */
function closingDate(lines: readonly string[]): string | undefined {
  for (const line of [...lines].reverse().slice(0, 15)) {
    const m = /,\s*(.+)$/u.exec(line);
    const d = m ? readDate(m[1]!.replace(/\.$/, '')) : readDate(line.replace(/\.$/, ''));
    if (d?.when && /^\d{4}-\d{2}-\d{2}$/.test(d.when)) return d.when;
  }
  for (const line of lines) for (const d of findDates(line)) if (d.when && /^\d{4}-\d{2}-\d{2}$/.test(d.when) && d.confidence === 'high') return d.when;
  return undefined;
}
