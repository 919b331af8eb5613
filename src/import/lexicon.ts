/**
 * The importer's word lists, read once from the data it ships
 * (data/lexicon.json, data/gazetteer.json): every rule about titles, ranks,
 * organisations, places and words that are not names takes its words from
 * here, so that a list is written once.
 */
import gazetteer from './data/gazetteer.json' with { type: 'json' };
import lexicon from './data/lexicon.json' with { type: 'json' };

export interface GazetteerPlace {
  id: string;
  type: string;
  forms: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Titles and ranks before a person's name ("Com.", "Marshal", "Vice Minister", "Lt. Col."). */
export const TITLES: ReadonlySet<string> = new Set(lexicon.titles);
/** A regular expression source for one title, longest alternatives first, spaces matching any run of blanks. */
export const TITLE_SOURCE = `(?:${longestFirst(lexicon.titles).map((t) => escape(t).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`;
/** Titles at the start of a name ("Col. Mieczysław Białek"), one or more, with the blanks after them. */
export const LEADING_TITLES = new RegExp(`^(?:${TITLE_SOURCE}\\s*)+`, 'u');

/** Head words of organisations' names ("Party", "Ministry", "Air Force"). */
export const ORG_HEADS: ReadonlySet<string> = new Set(lexicon.orgHeads);
/** Known acronyms of organisations and what they stand for. */
export const ORG_ACRONYMS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.orgAcronyms));
/** Small words inside organisations' and places' names ("Ministry of the Interior"). */
export const CONNECTORS: ReadonlySet<string> = new Set(lexicon.connectors);
/** Words that never start or continue a person's name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(lexicon.stopWords);
/** Adjectives of nationality and direction: in organisations' names, never in persons'. */
export const ADJECTIVES: ReadonlySet<string> = new Set(lexicon.adjectives);
/** Words of documents and institutions: not persons' names. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set(lexicon.documentWords);
/** Words that make a capitalised phrase an event, a feature or a work ("Cultural Revolution", "Yalu River"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(lexicon.eventWords);
/** Words in capitals that are not names ("TOP SECRET", "COPY"). */
export const CAPS_NOT_NAMES: ReadonlySet<string> = new Set(lexicon.capsNotNames);

/** The gazetteer's places. */
export const PLACES: readonly GazetteerPlace[] = gazetteer.places;

/** Each gazetteer form with its place, indexed by the form's first word; longest forms first. */
export const PLACE_FORMS: ReadonlyMap<string, { form: string; place: GazetteerPlace }[]> = (() => {
  const index = new Map<string, { form: string; place: GazetteerPlace }[]>();
  for (const place of PLACES) {
    for (const form of place.forms) {
      const first = form.split(/[\s-]/u)[0]!;
      const list = index.get(first) ?? [];
      list.push({ form, place });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
})();

/** Whether `word` is not part of any person's name. */
export function notPersonWord(word: string): boolean {
  const bare = word.replace(/['’]s$|['’]$/u, '');
  return STOP_WORDS.has(bare) || ADJECTIVES.has(bare) || DOCUMENT_WORDS.has(bare) || EVENT_WORDS.has(bare) || ORG_HEADS.has(bare) || TITLES.has(bare) || PLACE_FORMS.get(bare)?.some((p) => p.form === bare) === true || ORG_ACRONYMS.has(bare);
}
