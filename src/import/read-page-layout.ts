/**
 * Separates a captured archive web page into the record and the page around
 * it. The Wilson Center Digital Archive's layout: "Skip to content", the date
 * line, the title line (author, 'title'), the funder line, the record, the
 * summary, "Document Information" with its sentence, the rights statement,
 * then labelled fields ("Original Uploaded Date", "Record ID") and the funder
 * again. Input without that layout is all record.
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
  /** Labelled page fields with a value ("Record ID: 123"). */
  fields: (PageLine & { label: string })[];
  dropped: DroppedItem[];
}

const FIELD_LABELS = /^(Original Uploaded Date|Record ID|Original Archive|Original Language|Type|Language|Rights|Subjects?|Source|Citation|Theme|Collection)$/i;
const TITLE_LINE = /^(?<author>[^'‘"“]*?),\s*['‘"“](?<title>.+)['’"”]$/u;
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
  const layout: PageLayout = { record: [], rights: [], fields: [], dropped: [] };
  const filled = lines.filter((l) => l.text !== '');
  let first = 0;
  let last = filled.length; // exclusive
  const at = (i: number) => filled[i];

  if (at(first)?.text.toLowerCase() === 'skip to content') {
    layout.dropped.push({ line: at(first)!.no, text: at(first)!.text, why: 'the page\u2019s navigation link' });
    first++;
  }
  const date = at(first) && readDate(at(first)!.text);
  if (date) {
    layout.dateLine = { line: at(first)!, text: at(first)!.text, date };
    first++;
  }
  const title = at(first) && TITLE_LINE.exec(at(first)!.text);
  if (title && (layout.dateLine || filled.length > first + 1)) {
    const author = title.groups!.author!.trim();
    layout.titleLine = { line: at(first)!, text: at(first)!.text, title: title.groups!.title!, ...(author ? { author } : {}) };
    first++;
  }
  const funder = at(first) && FUNDER_LINE.exec(at(first)!.text);
  if (funder) {
    layout.funderLine = { line: at(first)!, text: at(first)!.text, funder: funder.groups!.funder!.replace(/^the\s+/iu, '') };
    first++;
  }

  const infoLabel = filled.findLastIndex((l, i) => i >= first && l.text === 'Document Information');
  if (infoLabel >= 0) {
    layout.dropped.push({ line: filled[infoLabel]!.no, text: 'Document Information', why: 'a label of the page' });
    last = infoLabel;
    // The summary: the prose paragraph just before the label.
    const before = filled[infoLabel - 1];
    if (before && infoLabel - 1 >= first && before.text.split(' ').length >= 8 && /[.!?]$/.test(before.text) && blankBefore(lines, before)) {
      layout.summary = { line: before, text: before.text };
      last = infoLabel - 1;
    }
    let i = infoLabel + 1;
    if (filled[i] && !FIELD_LABELS.test(filled[i]!.text)) layout.documentInformation = readDocumentInformation(filled[i++]!);
    for (; i < filled.length && !FIELD_LABELS.test(filled[i]!.text); i++) {
      if (i === filled.length - 1 && layout.funderLine && sameFunder(filled[i]!.text, layout.funderLine.funder)) break;
      layout.rights.push({ line: filled[i]!, text: filled[i]!.text });
    }
    for (; i < filled.length; i++) {
      const line = filled[i]!;
      if (FIELD_LABELS.test(line.text)) {
        const value = filled[i + 1];
        const isValue = value && !FIELD_LABELS.test(value.text) && !(i + 1 === filled.length - 1 && layout.funderLine && sameFunder(value.text, layout.funderLine.funder));
        if (isValue) {
          layout.fields.push({ line: value, text: value.text, label: line.text });
          layout.dropped.push({ line: line.no, text: line.text, why: 'a label of the page; its value is kept in the header' });
          i++;
        } else layout.dropped.push({ line: line.no, text: line.text, why: 'a label of the page with an empty value' });
      } else if (layout.funderLine && sameFunder(line.text, layout.funderLine.funder)) {
        layout.dropped.push({ line: line.no, text: line.text, why: 'the page\u2019s funder field, given in the header as funder' });
      } else layout.rights.push({ line, text: line.text });
    }
  }
  const firstLine = filled[first];
  const endLine = filled[last - 1];
  layout.record = firstLine && endLine && last > first ? lines.slice(lines.indexOf(firstLine), lines.indexOf(endLine) + 1) : [];
  for (const r of layout.rights) {
    for (const m of r.text.matchAll(HIDDEN_EMAIL)) layout.dropped.push({ line: r.line.no, text: m[0], why: 'an e-mail address the page hid behind its e-mail protection' });
  }
  return layout;
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
