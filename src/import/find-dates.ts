/**
 * Finds calendar expressions in the forms seen in archival records and
 * normalises them to ISO 8601: "June 10, 1970", "26 June 1970", "June 1970",
 * "15 August" (year from the record's date), "24.III.50" (Roman month),
 * "10.06.1970", "1970.06.10", "70.06.10" (yy.mm.dd), a year after "in" or
 * "of", and "early/mid/late April" as a span. General-purpose parsers guess
 * silently at ambiguous numeric forms; an edition needs the alternatives
 * spelled out, so the grammar is explicit here and every guess says so.
 */
import type { Confidence } from './decision.js';

export interface DateMatch {
  start: number;
  end: number;
  /** ISO date, year-month or year; absent for a span. */
  when?: string;
  notBefore?: string;
  notAfter?: string;
  confidence: Confidence;
  /** Other readings, as ISO values. */
  alternatives: string[];
  rule: string;
}

/** The record's own date, used to complete dates printed without a year or with two digits. */
export interface ReferenceDate {
  year: number;
  month: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(1[0-9]\\d\\d|20\\d\\d)';
const B = '(?<![\\p{L}\\p{N}./-])';
const E = '(?![\\p{L}\\p{N}]|[./-]\\d)';

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const iso = (y: number, m: number, d?: number) => (d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`);
const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, '')]!;

/** A four-digit year for a two-digit one: in the century that puts it at or before the reference year. */
function fullYear(yy: number, reference?: ReferenceDate): { year: number; confidence: Confidence } {
  if (!reference) return { year: 1900 + yy, confidence: 'low' };
  const century = Math.floor(reference.year / 100) * 100;
  const year = century + yy <= reference.year ? century + yy : century - 100 + yy;
  return { year, confidence: 'medium' };
}

interface Pattern {
  rule: string;
  regex: RegExp;
  read(m: RegExpExecArray, reference?: ReferenceDate): Omit<DateMatch, 'start' | 'end' | 'rule'> | undefined;
}

const PATTERNS: Pattern[] = [
  {
    rule: 'date.month-day-year',
    regex: new RegExp(`${B}${MONTH} ${DAY},? ${YEAR}${E}`, 'gu'),
    read: (m) => {
      const [y, mo, d] = [Number(m[3]), monthOf(m[1]!), Number(m[2])];
      return valid(y, mo, d) ? { when: iso(y, mo, d), confidence: 'high', alternatives: [] } : undefined;
    },
  },
  {
    rule: 'date.day-month-year',
    regex: new RegExp(`${B}${DAY} ${MONTH},? ${YEAR}${E}`, 'gu'),
    read: (m) => {
      const [y, mo, d] = [Number(m[3]), monthOf(m[2]!), Number(m[1])];
      return valid(y, mo, d) ? { when: iso(y, mo, d), confidence: 'high', alternatives: [] } : undefined;
    },
  },
  {
    rule: 'date.part-of-month',
    regex: new RegExp(`${B}(early|mid|late|the end of|the beginning of)[ -]${MONTH}(?: ${YEAR})?${E}`, 'giu'),
    read: (m, reference) => {
      const mo = monthOf(m[2]!);
      const year = m[3] ? Number(m[3]) : reference?.year;
      if (year === undefined) return undefined;
      const part = m[1]!.toLowerCase();
      const [from, to] = part === 'early' || part === 'the beginning of' ? [1, 10] : part === 'mid' ? [11, 20] : [20, daysIn(year, mo)];
      return { notBefore: iso(year, mo, from), notAfter: iso(year, mo, to), confidence: m[3] ? 'medium' : 'low', alternatives: [] };
    },
  },
  {
    rule: 'date.month-year',
    regex: new RegExp(`${B}${MONTH},? ${YEAR}${E}`, 'gu'),
    read: (m) => ({ when: iso(Number(m[2]), monthOf(m[1]!)), confidence: 'high', alternatives: [] }),
  },
  {
    rule: 'date.day-month',
    regex: new RegExp(`${B}${DAY} ${MONTH}${E}|${B}${MONTH} ${DAY}${E}`, 'gu'),
    read: (m, reference) => {
      const [d, mo] = m[1] ? [Number(m[1]), monthOf(m[2]!)] : [Number(m[4]), monthOf(m[3]!)];
      if (!reference) return valid(2000, mo, d) ? { when: `--${pad(mo)}-${pad(d)}`, confidence: 'medium', alternatives: [] } : undefined;
      if (!valid(reference.year, mo, d)) return undefined;
      // A month later in the year than the record's own date may belong to the year before.
      const alternatives = mo > reference.month ? [iso(reference.year - 1, mo, d)] : [];
      return { when: iso(reference.year, mo, d), confidence: 'medium', alternatives };
    },
  },
  {
    rule: 'date.roman-month',
    regex: new RegExp(`${B}([0-3]?\\d)[. ]([IVX]{1,4})[. ](\\d{4}|\\d{2})${E}`, 'gu'),
    read: (m, reference) => {
      const mo = ROMAN[m[2]!.toLowerCase()];
      if (!mo) return undefined;
      const y4 = m[3]!.length === 4 ? { year: Number(m[3]), confidence: 'high' as Confidence } : fullYear(Number(m[3]), reference);
      return valid(y4.year, mo, Number(m[1])) ? { when: iso(y4.year, mo, Number(m[1])), confidence: y4.confidence, alternatives: [] } : undefined;
    },
  },
  {
    rule: 'date.iso-like',
    regex: new RegExp(`${B}${YEAR}([.-])(\\d{1,2})\\2(\\d{1,2})${E}`, 'gu'),
    read: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      return valid(y, mo, d) ? { when: iso(y, mo, d), confidence: 'high', alternatives: [] } : undefined;
    },
  },
  {
    rule: 'date.numeric',
    regex: new RegExp(`${B}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'gu'),
    read: (m, reference) => {
      const [a, sep, b, c] = [Number(m[1]), m[2]!, Number(m[3]), m[4]!];
      const readings: { value: string; confidence: Confidence }[] = [];
      if (c.length === 2) {
        // yy.mm.dd (as in Korean and Chinese documents) when the first number cannot be a day.
        const yA = fullYear(a, reference);
        if (a > 31 && valid(yA.year, b, Number(c))) return { when: iso(yA.year, b, Number(c)), confidence: yA.confidence, alternatives: [] };
      }
      const y = c.length === 4 ? { year: Number(c), confidence: 'high' as Confidence } : fullYear(Number(c), reference);
      // Dots are day-first in the European records; slashes are read both ways.
      if (valid(y.year, b, a)) readings.push({ value: iso(y.year, b, a), confidence: sep === '.' ? y.confidence : 'low' });
      if (a !== b && valid(y.year, a, b)) readings.push({ value: iso(y.year, a, b), confidence: 'low' });
      if (c.length === 2 && valid(fullYear(a, reference).year, b, Number(c))) readings.push({ value: iso(fullYear(a, reference).year, b, Number(c)), confidence: 'low' });
      if (!readings.length) return undefined;
      const [first, ...rest] = readings;
      return { when: first!.value, confidence: rest.length ? 'low' : first!.confidence, alternatives: rest.map((r) => r.value) };
    },
  },
  {
    rule: 'date.year',
    regex: new RegExp(`(?<=\\b(?:in|of|since|until|till|from|to|by|before|after|year|early|late|mid|spring|summer|autumn|fall|winter)[ -]|\\()${YEAR}(?=\\)|[ ,;:.!?]|$)(?! ?(?:km|kilomet|miles?|tons?|tonnes?|kg|m\\b|meters?|metres?|people|men|troops|copies|units|pieces|dollars|rubles|roubles|won|yuan|persons))`, 'gu'),
    read: (m) => ({ when: m[1]!, confidence: 'medium', alternatives: [] }),
  },
];

/** Finds the dates of `text`; where patterns overlap, the longest (then earliest) match wins. */
export function findDates(text: string, reference?: ReferenceDate): DateMatch[] {
  const found: DateMatch[] = [];
  // A date that is printed but impossible ("31 February 1970") is not read in part ("February 1970") either.
  const impossible: { start: number; end: number }[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const reading = pattern.read(m, reference);
      const at = { start: m.index, end: m.index + m[0].length };
      if (reading) found.push({ ...at, rule: pattern.rule, ...reading });
      else impossible.push(at);
    }
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (impossible.some((x) => x.start <= f.start && f.end <= x.end && x.end - x.start > f.end - f.start)) found.splice(i, 1);
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: DateMatch[] = [];
  for (const match of found) {
    const overlapping = kept.find((k) => match.start < k.end && k.start < match.end);
    if (!overlapping) kept.push(match);
    else if (match.end - match.start > overlapping.end - overlapping.start) kept.splice(kept.indexOf(overlapping), 1, match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Reads a whole string as one date (a page's date line, a dateline's date); undefined when it is not one. */
export function readDate(text: string, reference?: ReferenceDate): DateMatch | undefined {
  const trimmed = text.trim();
  const [match] = findDates(trimmed, reference);
  return match && match.start === 0 && match.end === trimmed.length ? match : undefined;
}

/** The reference date of an ISO value, when it has a year and a month. */
export function referenceOf(when: string | undefined): ReferenceDate | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(when ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
