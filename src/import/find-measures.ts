/**
 * Finds quantities with a unit ("1300 km", "5,000 tons", "$2 million",
 * "3.5 per cent") and reads them as measure with @type (the dimension),
 * @quantity (a number) and @unit (as printed, or the currency's code).
 * Counts of things ("3 copies", "56 years") are not measures.
 */

export interface MeasureMatch {
  start: number;
  end: number;
  type: string;
  quantity: string;
  unit: string;
}

const UNITS: [RegExp, string, string][] = [
  [/^(?:km|kilomet(?:er|re)s?)$/iu, 'length', 'km'],
  [/^(?:m|met(?:er|re)s?)$/u, 'length', 'm'],
  [/^(?:miles?)$/iu, 'length', 'mi'],
  [/^(?:cm|centimet(?:er|re)s?)$/iu, 'length', 'cm'],
  [/^(?:t|tons?|tonnes?)$/iu, 'weight', 't'],
  [/^(?:kg|kilo(?:gram(?:me)?s?)?)$/iu, 'weight', 'kg'],
  [/^(?:ha|hectares?)$/iu, 'area', 'ha'],
  [/^(?:sq\.? ?km|square kilomet(?:er|re)s?|km²)$/iu, 'area', 'km2'],
  [/^(?:l|lit(?:er|re)s?)$/u, 'volume', 'l'],
  [/^(?:%|per ?cent|percent)$/iu, 'proportion', 'percent'],
  [/^(?:dollars?|US dollars?|USD)$/iu, 'currency', 'USD'],
  [/^(?:rubles?|roubles?)$/iu, 'currency', 'RUB'],
  [/^(?:yuan|renminbi)$/iu, 'currency', 'CNY'],
  [/^(?:won)$/iu, 'currency', 'KPW'],
  [/^(?:złoty|zloty|zł)$/iu, 'currency', 'PLN'],
];
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER = '(\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)';
const MEASURE = new RegExp(
  `(?<![\\p{L}\\p{N}/.,-])(?<currency>\\$)?${NUMBER}(?:\\s(?<scale>thousand|million|billion))?(?:\\s?(?<unit>%|km²|sq\\.? ?km|square kilomet(?:er|re)s?|per ?cent|percent|US dollars?|[\\p{L}]+))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Reads "1,300" or "1 300" or "2.5" as a number string. */
function quantityOf(printed: string, scale?: string): string {
  const thousands = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/.test(printed);
  const plain = thousands ? printed.replace(/[, ]/g, '') : printed.replace(',', '.');
  const value = Number(plain) * (scale ? SCALE[scale]! : 1);
  return Number.isFinite(value) ? String(value) : plain;
}

/** Finds the measures of `text`. */
export function findMeasures(text: string): MeasureMatch[] {
  const found: MeasureMatch[] = [];
  for (const m of text.matchAll(MEASURE)) {
    const g = m.groups ?? {};
    const number = m[2]!;
    const scale = g.scale;
    if (g.currency) {
      const end = m.index + 1 + number.length + (scale ? scale.length + 1 : 0);
      found.push({ start: m.index, end, type: 'currency', quantity: quantityOf(number, scale), unit: 'USD' });
      continue;
    }
    const unit = g.unit && UNITS.find(([re]) => re.test(g.unit!));
    if (!unit) continue;
    found.push({ start: m.index, end: m.index + m[0].length, type: unit[1], quantity: quantityOf(number, scale), unit: unit[2] === 'USD' || unit[1] === 'currency' || unit[2] === 'percent' ? unit[2] : g.unit! });
  }
  return found;
}
