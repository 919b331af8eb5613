/**
 * Datatypes for `data` and `value` patterns: the RELAX NG built-in library
 * (`string`, `token`) and XML Schema's built-in types with their facets
 * (pattern, length, range, digits). A datatype is rebuilt from its plain
 * description (library, type, params) when a cached schema loads; regular
 * expressions compile on first use, so loading stays cheap.
 */
import { translateXsdRegex } from './xsd-regex.js';
import {
  isAnyUri, isBoolean, isDecimal, isDouble, isDuration, isInteger, isLanguage, isName, isNCName, isNmtoken,
  isQNameSyntax, parseDateTime, dateTimeOrder, DATE_TIME_TYPES, type DateTimeType,
} from './xsd-lexical.js';

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes';

/** Resolves namespace prefixes in scope where a value occurs (for QName values). */
export interface ValueContext {
  resolvePrefix(prefix: string): string | undefined;
}

/** A datatype as written in the schema: what the cache stores. */
export interface DatatypeSpec {
  library: string;
  type: string;
  params: { name: string; value: string }[];
}

/** A usable datatype. */
export interface Datatype {
  readonly spec: DatatypeSpec;
  /** How messages name it, e.g. `xs:date` or `token`. */
  readonly label: string;
  /** ID-type for jing-style ID/IDREF checking. */
  readonly idType?: 'ID' | 'IDREF' | 'IDREFS';
  /** True when validity depends on the namespace context (QName, NOTATION): results may not be cached by value alone. */
  readonly contextDependent: boolean;
  /** True when every string is valid (string/token without facets): checks can be skipped. */
  readonly allowsAnyString: boolean;
  /** Undefined when `value` is valid, else what is wrong, phrased to follow "must be …" (e.g. "a valid `xs:date`"). */
  check(value: string, context: ValueContext): string | undefined;
  /** A comparable form of `value` for `value` patterns, or undefined when invalid. */
  valueOf(value: string, context: ValueContext): string | undefined;
}

type WhiteSpace = 'preserve' | 'replace' | 'collapse';

interface BaseType {
  whiteSpace: WhiteSpace;
  lexical: (s: string, context: ValueContext) => boolean;
  /** Canonical form for equality; defaults to the normalised string. */
  canonical?: (s: string, context: ValueContext) => string;
  /** For range facets. */
  order?: (s: string) => number;
  /** Number of items for length facets (characters by default). */
  length?: (s: string) => number;
  idType?: 'ID' | 'IDREF' | 'IDREFS';
  contextDependent?: boolean;
  /** Human description used in messages. */
  describe: string;
}

const collapse = (s: string) => s.replace(/[ \t\n\r]+/g, ' ').trim();
const replaceWs = (s: string) => s.replace(/[\t\n\r]/g, ' ');
const codePoints = (s: string) => Array.from(s).length;
const list = (item: (s: string) => boolean) => (s: string) => s.length > 0 && s.split(' ').every(item);
const listLength = (s: string) => (s === '' ? 0 : s.split(' ').length);

function canonicalDecimal(s: string): string {
  let sign = '';
  if (s[0] === '+' || s[0] === '-') {
    if (s[0] === '-') sign = '-';
    s = s.slice(1);
  }
  let [int = '', frac = ''] = s.split('.');
  int = int.replace(/^0+/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return body === '0' ? '0' : sign + body;
}

function integerRange(min: bigint | undefined, max: bigint | undefined, describe: string): BaseType {
  return {
    whiteSpace: 'collapse',
    lexical: (s) => {
      if (!isInteger(s)) return false;
      const n = BigInt(s);
      return (min === undefined || n >= min) && (max === undefined || n <= max);
    },
    canonical: canonicalDecimal,
    order: Number,
    describe,
  };
}

const dateTimeType = (type: DateTimeType, describe: string): BaseType => ({
  whiteSpace: 'collapse',
  lexical: (s) => parseDateTime(type, s) !== undefined,
  canonical: (s) => {
    const p = parseDateTime(type, s)!;
    return `${dateTimeOrder(p)}${p.timezone === undefined ? '' : 'Z'}`;
  },
  order: (s) => dateTimeOrder(parseDateTime(type, s)!),
  describe,
});

const DATE_TIME_DESCRIPTIONS: Record<DateTimeType, string> = {
  dateTime: 'an ISO date and time (YYYY-MM-DDThh:mm:ss)',
  date: 'an ISO date (YYYY-MM-DD)',
  time: 'an ISO time (hh:mm:ss)',
  gYearMonth: 'an ISO year and month (YYYY-MM)',
  gYear: 'an ISO year (YYYY)',
  gMonthDay: 'an ISO month and day (--MM-DD)',
  gDay: 'an ISO day of the month (---DD)',
  gMonth: 'an ISO month (--MM)',
};

const BASE_TYPES: Record<string, BaseType> = {
  string: { whiteSpace: 'preserve', lexical: () => true, describe: 'a string' },
  normalizedString: { whiteSpace: 'replace', lexical: () => true, describe: 'a string' },
  token: { whiteSpace: 'collapse', lexical: () => true, describe: 'a token' },
  language: { whiteSpace: 'collapse', lexical: isLanguage, describe: 'a language tag such as "en" or "de-AT"' },
  Name: { whiteSpace: 'collapse', lexical: isName, describe: 'an XML name' },
  NCName: { whiteSpace: 'collapse', lexical: isNCName, describe: 'an XML name without colons' },
  NMTOKEN: { whiteSpace: 'collapse', lexical: isNmtoken, describe: 'a name token' },
  NMTOKENS: { whiteSpace: 'collapse', lexical: list(isNmtoken), length: listLength, describe: 'a list of name tokens' },
  ID: { whiteSpace: 'collapse', lexical: isNCName, idType: 'ID', describe: 'an XML name without colons' },
  IDREF: { whiteSpace: 'collapse', lexical: isNCName, idType: 'IDREF', describe: 'an XML name without colons' },
  IDREFS: { whiteSpace: 'collapse', lexical: list(isNCName), length: listLength, idType: 'IDREFS', describe: 'a list of XML names without colons' },
  ENTITY: { whiteSpace: 'collapse', lexical: isNCName, describe: 'an XML name without colons' },
  ENTITIES: { whiteSpace: 'collapse', lexical: list(isNCName), length: listLength, describe: 'a list of XML names without colons' },
  QName: {
    whiteSpace: 'collapse',
    lexical: (s, c) => isQNameSyntax(s) && (!s.includes(':') || c.resolvePrefix(s.slice(0, s.indexOf(':'))) !== undefined),
    canonical: (s, c) => {
      const colon = s.indexOf(':');
      return colon < 0 ? `{${c.resolvePrefix('') ?? ''}}${s}` : `{${c.resolvePrefix(s.slice(0, colon))}}${s.slice(colon + 1)}`;
    },
    contextDependent: true,
    describe: 'a qualified name with a declared prefix',
  },
  NOTATION: { whiteSpace: 'collapse', lexical: isQNameSyntax, contextDependent: true, describe: 'a notation name' },
  anyURI: { whiteSpace: 'collapse', lexical: isAnyUri, describe: 'a URI' },
  boolean: {
    whiteSpace: 'collapse',
    lexical: isBoolean,
    canonical: (s) => (s === '1' || s === 'true' ? 'true' : 'false'),
    describe: 'a boolean (true, false, 1 or 0)',
  },
  decimal: { whiteSpace: 'collapse', lexical: isDecimal, canonical: canonicalDecimal, order: Number, describe: 'a decimal number' },
  integer: integerRange(undefined, undefined, 'an integer'),
  nonNegativeInteger: integerRange(0n, undefined, 'a non-negative integer'),
  positiveInteger: integerRange(1n, undefined, 'a positive integer'),
  nonPositiveInteger: integerRange(undefined, 0n, 'a non-positive integer'),
  negativeInteger: integerRange(undefined, -1n, 'a negative integer'),
  long: integerRange(-(2n ** 63n), 2n ** 63n - 1n, 'a 64-bit integer'),
  int: integerRange(-(2n ** 31n), 2n ** 31n - 1n, 'a 32-bit integer'),
  short: integerRange(-32768n, 32767n, 'a 16-bit integer'),
  byte: integerRange(-128n, 127n, 'an 8-bit integer'),
  unsignedLong: integerRange(0n, 2n ** 64n - 1n, 'an unsigned 64-bit integer'),
  unsignedInt: integerRange(0n, 2n ** 32n - 1n, 'an unsigned 32-bit integer'),
  unsignedShort: integerRange(0n, 65535n, 'an unsigned 16-bit integer'),
  unsignedByte: integerRange(0n, 255n, 'an unsigned 8-bit integer'),
  double: {
    whiteSpace: 'collapse',
    lexical: isDouble,
    canonical: (s) => String(s === 'INF' ? Infinity : s === '-INF' ? -Infinity : Number(s)),
    order: (s) => (s === 'INF' ? Infinity : s === '-INF' ? -Infinity : Number(s)),
    describe: 'a floating-point number',
  },
  duration: { whiteSpace: 'collapse', lexical: isDuration, describe: 'an ISO duration such as P1Y2M or PT3H' },
  hexBinary: { whiteSpace: 'collapse', lexical: (s) => /^([0-9A-Fa-f]{2})*$/.test(s), length: (s) => s.length / 2, describe: 'hexadecimal binary data' },
  base64Binary: {
    whiteSpace: 'collapse',
    lexical: (s) => /^(?:[A-Za-z0-9+/] ?[A-Za-z0-9+/] ?[A-Za-z0-9+/] ?[A-Za-z0-9+/] ?)*(?:[A-Za-z0-9+/] ?[A-Za-z0-9+/] ?[A-Za-z0-9+/] ?= ?|[A-Za-z0-9+/] ?[AEIMQUYcgkosw048] ?= ?|[A-Za-z0-9+/] ?[AQgw] ?= ?= ?)?$/.test(s.replace(/ /g, '')) ,
    length: (s) => {
      const t = s.replace(/[ =]/g, '');
      return Math.floor((t.length * 3) / 4);
    },
    describe: 'base64 binary data',
  },
};
BASE_TYPES.float = { ...BASE_TYPES.double!, describe: 'a floating-point number' };
for (const t of DATE_TIME_TYPES) BASE_TYPES[t] = dateTimeType(t, DATE_TIME_DESCRIPTIONS[t]);

/** The built-in RELAX NG library (datatypeLibrary=""). */
const BUILTIN: Record<string, BaseType> = {
  string: { whiteSpace: 'preserve', lexical: () => true, describe: 'a string' },
  token: { whiteSpace: 'collapse', lexical: () => true, describe: 'a token' },
};

/** Builds a datatype from its description, or explains why the schema's use of it is wrong. */
export function createDatatype(spec: DatatypeSpec): { datatype: Datatype } | { error: string } {
  const builtin = spec.library === '';
  const base = builtin ? BUILTIN[spec.type] : spec.library === XSD_LIBRARY ? BASE_TYPES[spec.type] : undefined;
  if (!base) {
    if (!builtin && spec.library !== XSD_LIBRARY) return { error: `datatype library "${spec.library}" is not supported; use XML Schema datatypes (${XSD_LIBRARY})` };
    return { error: `unknown datatype "${spec.type}" in library "${spec.library || 'RELAX NG built-in'}"` };
  }
  if (builtin && spec.params.length > 0) return { error: `the built-in datatype "${spec.type}" takes no parameters` };
  const label = builtin ? spec.type : `xs:${spec.type}`;
  const normalise = base.whiteSpace === 'collapse' ? collapse : base.whiteSpace === 'replace' ? replaceWs : (s: string) => s;
  const facets: { test: (s: string) => boolean; describe: string }[] = [];
  const lengthOf = base.length ?? codePoints;
  for (const { name, value } of spec.params) {
    switch (name) {
      case 'pattern': {
        let regex: RegExp | undefined;
        const translated = translateXsdRegex(value);
        if ('error' in translated) return { error: translated.error };
        regex = translated.regex;
        facets.push({ test: (s) => regex!.test(s), describe: `matching the pattern \`${value}\`` });
        break;
      }
      case 'length': case 'minLength': case 'maxLength': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) return { error: `parameter "${name}" must be a non-negative integer, not "${value}"` };
        const test = name === 'length' ? (s: string) => lengthOf(s) === n : name === 'minLength' ? (s: string) => lengthOf(s) >= n : (s: string) => lengthOf(s) <= n;
        facets.push({ test, describe: `of ${name === 'length' ? 'length' : name === 'minLength' ? 'length at least' : 'length at most'} ${n}` });
        break;
      }
      case 'minInclusive': case 'maxInclusive': case 'minExclusive': case 'maxExclusive': {
        const order = base.order;
        if (!order || !base.lexical(collapse(value), { resolvePrefix: () => undefined })) return { error: `parameter "${name}" value "${value}" is not usable with ${label}` };
        const bound = order(collapse(value));
        const test = name === 'minInclusive' ? (s: string) => order(s) >= bound
          : name === 'maxInclusive' ? (s: string) => order(s) <= bound
          : name === 'minExclusive' ? (s: string) => order(s) > bound
          : (s: string) => order(s) < bound;
        const words = { minInclusive: 'at least', maxInclusive: 'at most', minExclusive: 'greater than', maxExclusive: 'less than' }[name];
        facets.push({ test, describe: `${words} ${value}` });
        break;
      }
      case 'totalDigits': case 'fractionDigits': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || !base.canonical || base.order === undefined) return { error: `parameter "${name}" is not usable with ${label}` };
        const digits = (s: string) => {
          const c = canonicalDecimal(s).replace('-', '');
          const [i = '', f = ''] = c.split('.');
          return name === 'totalDigits' ? (i === '0' ? 0 : i.length) + f.length : f.length;
        };
        facets.push({ test: (s) => digits(s) <= n, describe: `with at most ${n} ${name === 'totalDigits' ? 'digits' : 'fraction digits'}` });
        break;
      }
      default:
        return { error: `parameter "${name}" is not allowed for ${label}` };
    }
  }
  const facetText = facets.map((f) => f.describe).join(', ');
  const description = facets.length ? `${base.describe} (${label}) ${facetText}` : `${base.describe} (${label})`;
  const datatype: Datatype = {
    spec,
    label,
    contextDependent: base.contextDependent ?? false,
    allowsAnyString: facets.length === 0 && (spec.type === 'string' || spec.type === 'token' || spec.type === 'normalizedString'),
    check(raw, context) {
      const s = normalise(raw);
      if (!base.lexical(s, context)) return description;
      for (const f of facets) if (!f.test(s)) return description;
      return undefined;
    },
    valueOf(raw, context) {
      const s = normalise(raw);
      if (!base.lexical(s, context)) return undefined;
      return base.canonical ? base.canonical(s, context) : s;
    },
  };
  if (base.idType) (datatype as { idType?: string }).idType = base.idType;
  return { datatype };
}
