/**
 * Separates a captured archive web page into the record and the page around
 * it, by the general rules of the Wilson Center Digital Archive's templates,
 * old and new: navigation links, the date line, the title line (with or
 * without an author and quotes), the funder line, the record, the summary,
 * then the page's foot from its first section label or field label on: link
 * lists ("Associated People & Organizations", "Associated Places",
 * "Associated Topics"), "Document Information" (a citation sentence and the
 * rights statement, or labelled fields), and fields ("Source", "Original
 * Archive", "Original Uploaded Date", "Record ID", "Rights"…) with their
 * values, and the funder again. Input without that layout is all record.
 */
import type { SourceLine } from './source-lines.js';
import { readDate, type DateMatch } from './find-dates.js';

export interface PageLine {
  line: SourceLine;
  text: string;
}

/** Something of the page that is not in the draft, and why. */
export interface DroppedItem {
  line: number;
  text: string;
  why: string;
}

export interface DocumentInformation extends PageLine {
  /** The citation before "Obtained by"/"translated by": archive and call number. */
  citation?: string;
  archive?: string;
  callNumber?: string;
  obtainedBy: string[];
  translatedBy: string[];
}

export interface PageLayout {
  record: SourceLine[];
  dateLine?: PageLine & { date?: DateMatch };
  titleLine?: PageLine & { author?: string; title: string };
  funderLine?: PageLine & { funder: string };
  summary?: PageLine;
  documentInformation?: DocumentInformation;
  rights: PageLine[];
  /** Labelled page fields with a value ("Record ID", "12345"). */
  fields: (PageLine & { label: string })[];
  /** The page's link lists ("Associated Places" and its entries). */
  associated: { label: string; terms: PageLine[] }[];
  dropped: DroppedItem[];
}

/** Links of the page before the record. */
const NAVIGATION = /^(?:skip to (?:main )?content|main navigation|menu|search|back to top)$/iu;
/** Labels of the page's sections after the record: its link lists and its document information. */
const SECTION_LABEL = /^(?:associated (?:people(?: (?:&|and) organi[sz]ations)?|organi[sz]ations|places|topics|documents|collections|themes)|related (?:documents|topics|collections)|document information)$/iu;
/** Labels of the page's fields, each followed by its value (or by nothing). */
const PAGE_FIELD = /^(?:source|original archive|original uploaded date|original language|record id|rights|type|language|subjects?|citation|theme|collection|translated by|obtained by)$/iu;
/** Fields only the page's foot has: where no section label precedes them, the first of them starts the foot. */
const FOOT_FIELD = /^(?:original archive|original uploaded date|record id)$/iu;
/** The summary's own label, in pages that print one. */
const SUMMARY_LABEL = /^(?:summary|abstract|document summary)$/iu;
const TITLE_LINE = /^(?<author>[^'‘"“]*?),\s*['‘"“](?<title>.+)['’"”]$/u;
const QUOTED_TITLE = /^['‘"“](?<title>.+)['’"”]$/u;
const FUNDER_LINE = /^This document was made possible with (?:the )?(?:generous )?support (?:from|of) (?<funder>.+?)\.?$/iu;
/** An e-mail address hidden by the page's e-mail protection. */
export const HIDDEN_EMAIL = /\[email(?:\u00a0|\s)protected\]/giu;

/** Splits "AIPN, 2602/8901. Obtained by A and translated by B." into its parts. */
export function readDocumentInformation(line: SourceLine): DocumentInformation {
  const text = line.text;
  const names = (s: string | undefined) => (s ? s.split(/,\s*|\s+and\s+/).map((n) => n.trim()).filter(Boolean) : []);
  const obtained = /\b(?:Obtained|Contributed|Provided)(?: for [^,.]+?)? by (?<who>.+?)(?=(?:,? and | and )?(?:translated|Translated)\b|\.\s*$|\.\s+[A-Z]|$)/u.exec(text);
  const translated = /\b[Tt]ranslated(?: from [A-Z][a-z]+)?(?: for [^,.]+?)? by (?<who>.+?)(?=\.\s*$|\.\s+[A-Z]|$)/u.exec(text);
  const firstPhrase = Math.min(...[obtained?.index, translated?.index].filter((i): i is number => i !== undefined), text.length);
  const citation = text.slice(0, firstPhrase).replace(/[.\s]+$/u, '').trim();
  const comma = citation.indexOf(',');
  return {
    line,
    text,
    ...(citation ? { citation } : {}),
    ...(comma > 0 ? { archive: citation.slice(0, comma).trim(), callNumber: citation.slice(comma + 1).trim() } : {}),
    obtainedBy: names(obtained?.groups?.who),
    translatedBy: names(translated?.groups?.who),
  };
}

/** Reads the page layout of `lines`. */
export function readPageLayout(lines: readonly SourceLine[]): PageLayout {
  const layout: PageLayout = { record: [], rights: [], fields: [], associated: [], dropped: [] };
  const filled = lines.filter((l) => l.text !== '');
  let first = 0;
  const at = (i: number) => filled[i];
  const drop = (line: SourceLine, why: string) => layout.dropped.push({ line: line.no, text: line.text, why });

  while (at(first) && NAVIGATION.test(at(first)!.text)) drop(at(first++)!, 'the page\u2019s navigation link');
  const date = at(first) && readDate(at(first)!.text);
  if (date && date.end >= at(first)!.text.replace(/\.$/u, '').length - 1) {
    layout.dateLine = { line: at(first)!, text: at(first)!.text, date };
    first++;
  }
  // The title line: the line after the page's date line, or a quoted title, or the line before the funder line.
  const titleText = at(first)?.text;
  if (titleText && filled.length > first + 1 && !isLabel(titleText)) {
    const quoted = TITLE_LINE.exec(titleText) ?? QUOTED_TITLE.exec(titleText);
    if (layout.dateLine || quoted || FUNDER_LINE.test(at(first + 1)!.text)) {
      const author = quoted?.groups!.author?.trim();
      layout.titleLine = { line: at(first)!, text: titleText, title: quoted?.groups!.title ?? titleText, ...(author ? { author } : {}) };
      first++;
    }
  }
  const funder = at(first) && FUNDER_LINE.exec(at(first)!.text);
  if (funder) {
    layout.funderLine = { line: at(first)!, text: at(first)!.text, funder: funder.groups!.funder!.replace(/^the\s+/iu, '') };
    first++;
  }

  // The page's foot: from its first section label ("Associated …", "Document Information") or page field, to the end.
  let last = filled.findIndex((l, i) => i >= first && (SECTION_LABEL.test(l.text) || FOOT_FIELD.test(l.text)));
  if (last < 0) last = filled.length;
  else readFoot(filled.slice(last), layout);
  const before = filled[last - 1];
  if (last < filled.length && before && last - 1 >= first && before.text.split(' ').length >= 8 && /[.!?]$/u.test(before.text) && blankBefore(lines, before)) {
    layout.summary = { line: before, text: before.text };
    last--;
    if (filled[last - 1] && SUMMARY_LABEL.test(filled[last - 1]!.text)) drop(filled[--last]!, 'a label of the page; the summary is kept in the header');
  }
  const firstLine = filled[first];
  const endLine = filled[last - 1];
  layout.record = firstLine && endLine && last > first ? lines.slice(lines.indexOf(firstLine), lines.indexOf(endLine) + 1) : [];
  for (const r of layout.rights) {
    for (const m of r.text.matchAll(HIDDEN_EMAIL)) layout.dropped.push({ line: r.line.no, text: m[0], why: 'an e-mail address the page hid behind its e-mail protection' });
  }
  return layout;

  /** The foot's lines, each in the section or field whose label comes before it. */
  function readFoot(foot: readonly SourceLine[], out: PageLayout): void {
    let section: { kind: 'associated'; list: PageLayout['associated'][number] } | { kind: 'information' } | { kind: 'rights' } | { kind: 'field'; label: string; values: number } | undefined;
    for (let i = 0; i < foot.length; i++) {
      const line = foot[i]!;
      const text = line.text;
      if (out.funderLine && sameFunder(text, out.funderLine.funder) && (i === foot.length - 1 || section?.kind !== 'associated')) {
        drop(line, 'the page\u2019s funder field, given in the header as funder');
        continue;
      }
      if (SECTION_LABEL.test(text) || PAGE_FIELD.test(text)) {
        if (section?.kind === 'field' && !section.values) out.dropped[out.dropped.length - 1]!.why = 'a label of the page with an empty value';
        if (/^associated\b/iu.test(text)) {
          const list = { label: text, terms: [] };
          out.associated.push(list);
          section = { kind: 'associated', list };
          drop(line, 'a label of the page\u2019s link list; its entries are kept in the header as keywords');
        } else if (/^document information$/iu.test(text)) {
          section = { kind: 'information' };
          drop(line, 'a label of the page');
        } else if (/^rights$/iu.test(text)) {
          section = { kind: 'rights' };
          drop(line, 'a label of the page; its value is kept in the header as availability');
        } else {
          section = { kind: 'field', label: text, values: 0 };
          drop(line, 'a label of the page; its value is kept in the header');
        }
        continue;
      }
      if (section?.kind === 'associated') section.list.terms.push({ line, text });
      else if (section?.kind === 'field' && /^source$/iu.test(section.label) && !out.documentInformation) {
        out.documentInformation = readDocumentInformation(line);
        section.values++;
      } else if (section?.kind === 'field' && !section.values) {
        out.fields.push({ line, text, label: section.label });
        section.values++;
      } else if (section?.kind === 'information' && !out.documentInformation) out.documentInformation = readDocumentInformation(line);
      else out.rights.push({ line, text });
    }
    if (section?.kind === 'field' && !section.values) out.dropped[out.dropped.length - 1]!.why = 'a label of the page with an empty value';
  }
}

/** The page repeats its funder at the foot, with or without an article or a full stop. */
function sameFunder(text: string, funder: string): boolean {
  const norm = (s: string) => s.replace(/^the\s+/iu, '').replace(/\.$/u, '').trim().toLowerCase();
  return norm(text) === norm(funder);
}

/** True when `line` follows a blank line (the summary is its own paragraph). */
function blankBefore(lines: readonly SourceLine[], line: SourceLine): boolean {
  const i = lines.indexOf(line);
  return i <= 0 || lines[i - 1]!.text === '';
}

/** A label of the page's foot. */
function isLabel(text: string): boolean {
  return SECTION_LABEL.test(text) || PAGE_FIELD.test(text);
}
