/**
 * Lexical checks for the XML Schema 1.0 built-in datatypes, as jing applies
 * them: each checker takes the whitespace-collapsed value and says whether it
 * is in the type's lexical space. Boundary cases (year 0000, 24:00:00, leap
 * seconds, `+INF`, `--MM--`, anyURI with spaces) were settled against jing.
 */
import { NAME_RE } from 'xmlchars/xml/1.0/ed5.js';
import { NC_NAME_RE } from 'xmlchars/xmlns/1.0/ed3.js';

const NMTOKEN_RE = /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]+$/u;

/** True for a valid XML Name. */
export function isName(s: string): boolean {
  return NAME_RE.test(s);
}

/** True for a valid namespace-free name (NCName). */
export function isNCName(s: string): boolean {
  return NC_NAME_RE.test(s);
}

/** True for a valid NMTOKEN. */
export function isNmtoken(s: string): boolean {
  return NMTOKEN_RE.test(s);
}

/** True for a QName (prefix:local or local), not checking that the prefix is declared. */
export function isQNameSyntax(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 0) return isNCName(s);
  return isNCName(s.slice(0, colon)) && isNCName(s.slice(colon + 1));
}

const LANGUAGE_RE = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
/** RFC 3066 language tag, as XSD 1.0 defines `language`. */
export function isLanguage(s: string): boolean {
  return LANGUAGE_RE.test(s);
}

/** `true`, `false`, `1` or `0`. */
export function isBoolean(s: string): boolean {
  return s === 'true' || s === 'false' || s === '1' || s === '0';
}

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** A decimal number without exponent. */
export function isDecimal(s: string): boolean {
  return DECIMAL_RE.test(s);
}

const INTEGER_RE = /^[+-]?\d+$/;
/** An integer of any size. */
export function isInteger(s: string): boolean {
  return INTEGER_RE.test(s);
}

const DOUBLE_RE = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|INF|-INF|NaN)$/;
/** A float or double literal (`INF`, `-INF` and `NaN` included, `+INF` not, as in XSD 1.0). */
export function isDouble(s: string): boolean {
  return DOUBLE_RE.test(s);
}

const DURATION_RE = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
/** An XSD duration such as `P1Y2M3DT4H5M6.5S`: at least one component, no empty `T` part. */
export function isDuration(s: string): boolean {
  return DURATION_RE.test(s);
}

const YEAR = '(-?(?:[1-9]\\d{4,}|\\d{4}))';
const TZ = '(Z|[+-](\\d\\d):(\\d\\d))?';
const DATE_TIME_RES = {
  dateTime: new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?${TZ}$`),
  date: new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)${TZ}$`),
  time: new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d)(\\.\\d+)?${TZ}$`),
  gYearMonth: new RegExp(`^${YEAR}-(\\d\\d)${TZ}$`),
  gYear: new RegExp(`^${YEAR}${TZ}$`),
  gMonthDay: new RegExp(`^--(\\d\\d)-(\\d\\d)${TZ}$`),
  gDay: new RegExp(`^---(\\d\\d)${TZ}$`),
  gMonth: new RegExp(`^--(\\d\\d)${TZ}$`),
};

/** The date and time types, by local name. */
export type DateTimeType = keyof typeof DATE_TIME_RES;

/** The XSD date and time type names. */
export const DATE_TIME_TYPES = Object.keys(DATE_TIME_RES) as DateTimeType[];

/** The components of a date/time value, for range facets and value comparison. */
export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, or undefined when no timezone is given. */
  timezone?: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    // XSD 1.0 counts year -1 as 1 BCE: the proleptic leap rule applies to year + 1 for negative years.
    const y = year < 0 ? year + 1 : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function timezoneMinutes(z: string | undefined, hh: string | undefined, mm: string | undefined): number | undefined | null {
  if (z === undefined) return undefined;
  if (z === 'Z') return 0;
  const h = Number(hh);
  const m = Number(mm);
  if (h > 14 || m > 59 || (h === 14 && m !== 0)) return null;
  return (z[0] === '-' ? -1 : 1) * (h * 60 + m);
}

/** Parses a value of a date/time type, or returns undefined when it is not in the lexical space. */
export function parseDateTime(type: DateTimeType, s: string): DateTimeParts | undefined {
  const m = DATE_TIME_RES[type].exec(s);
  if (!m) return undefined;
  const g = m.slice(1);
  const parts: DateTimeParts = { year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let rest: (string | undefined)[];
  switch (type) {
    case 'dateTime':
      [parts.year, parts.month, parts.day, parts.hour, parts.minute] = g.slice(0, 5).map(Number) as [number, number, number, number, number];
      parts.second = Number(g[5]! + (g[6] ?? ''));
      rest = g.slice(7);
      break;
    case 'date':
      [parts.year, parts.month, parts.day] = g.slice(0, 3).map(Number) as [number, number, number];
      rest = g.slice(3);
      break;
    case 'time':
      [parts.hour, parts.minute] = g.slice(0, 2).map(Number) as [number, number];
      parts.second = Number(g[2]! + (g[3] ?? ''));
      rest = g.slice(4);
      break;
    case 'gYearMonth':
      [parts.year, parts.month] = g.slice(0, 2).map(Number) as [number, number];
      rest = g.slice(2);
      break;
    case 'gYear':
      parts.year = Number(g[0]);
      rest = g.slice(1);
      break;
    case 'gMonthDay':
      [parts.month, parts.day] = g.slice(0, 2).map(Number) as [number, number];
      rest = g.slice(2);
      break;
    case 'gDay':
      parts.day = Number(g[0]);
      rest = g.slice(1);
      break;
    case 'gMonth':
      parts.month = Number(g[0]);
      rest = g.slice(1);
      break;
  }
  if (parts.year === 0) return undefined; // XSD 1.0 has no year zero
  if (parts.month < 1 || parts.month > 12) return undefined;
  // gMonthDay and gDay allow 29 February and day 31 without a year to check against.
  const maxDay = type === 'gDay' ? 31 : type === 'gMonthDay' ? daysInMonth(2000, parts.month) : daysInMonth(parts.year, parts.month);
  if (parts.day < 1 || parts.day > maxDay) return undefined;
  if (parts.hour > 23 || parts.minute > 59 || parts.second >= 61) return undefined;
  const tz = timezoneMinutes(rest[0], rest[1], rest[2]);
  if (tz === null) return undefined;
  if (tz !== undefined) parts.timezone = tz;
  return parts;
}

/** Milliseconds on a timeline for ordering date/time values (timezone-less values are taken as UTC). */
export function dateTimeOrder(p: DateTimeParts): number {
  const d = new Date(0);
  d.setUTCFullYear(p.year < 0 ? p.year + 1 : p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute - (p.timezone ?? 0), 0, 0);
  return d.getTime() + p.second * 1000;
}

/**
 * anyURI as jing checks it: characters that would be escaped (spaces, non-ASCII,
 * `\`, `{`…) are allowed, but `%` must start an escape, at most one `#` may
 * occur, a scheme must be well formed, and `[`/`]` may only enclose an IP literal host.
 */
export function isAnyUri(s: string): boolean {
  if (/%(?![0-9A-Fa-f]{2})/.test(s)) return false;
  const hash = s.indexOf('#');
  if (hash >= 0 && s.indexOf('#', hash + 1) >= 0) return false;
  const beforeFragment = hash >= 0 ? s.slice(0, hash) : s;
  const schemeEnd = beforeFragment.search(/[:/?]/);
  let rest = beforeFragment;
  if (schemeEnd >= 0 && beforeFragment[schemeEnd] === ':') {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(beforeFragment.slice(0, schemeEnd))) return false;
    rest = beforeFragment.slice(schemeEnd + 1);
  }
  // Brackets are only allowed around an IP literal in the authority.
  const authority = rest.startsWith('//') ? /^\/\/([^/?]*)/.exec(rest)![1]! : '';
  const outside = rest.startsWith('//') ? rest.slice(2 + authority.length) : rest;
  if (/[[\]]/.test(outside)) return false;
  if (/[[\]]/.test(authority) && !/^([^@]*@)?\[[0-9A-Fa-f:.vV+\-_~!$&'()*,;=]+\](:\d*)?$/.test(authority)) return false;
  if (/[[\]]/.test(s.slice(beforeFragment.length + 1)) && hash >= 0) return false;
  return true;
}
