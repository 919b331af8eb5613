/**
 * Finds the persons, places and organisations of a record that no names file
 * lists, and adds them to the registry (each with the certainty of the rule
 * that found it), so that every later mention is found by the list scan:
 * places of the gazetteer and known acronyms (certain); organisations by
 * their head words ("Embassy of the USSR in Pyongyang", "Korean Workers'
 * Party"); persons after a title ("Com. Zakharov", "Marshal Choe", and the
 * next name of "Com. Brezhnev and Kosygin"), as initials and a surname
 * ("V. Lenin"), as capitalised ("Peng Dehuai") or all-capitals ("KIM IL
 * SUNG") sequences, or letter-spaced ("S H T Y K O V"); and the first and
 * last words of a person's name for later mentions ("Kim", "Zhou").
 */
import { LETTER_SPACED_SOURCE } from './block-patterns.js';
import type { Confidence } from './decision.js';
import { formKey, type Entity, type EntityRegistry } from './entity-registry.js';
import {
  CAPS_NOT_NAMES, CONNECTORS, EVENT_WORDS, ORG_ACRONYMS, ORG_HEADS, PLACE_FORMS, STOP_WORDS, TITLES, TITLE_SOURCE,
  notPersonWord, type GazetteerPlace,
} from './lexicon.js';

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words with inner apostrophes and hyphens, and a plural possessive's apostrophe ("Workers’"); a prefix before a capital is a word of its own ("anti-Kim"). */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['’]|-(?!\p{Lu})|(?<!\p{Ll})-)[\p{L}\p{M}\p{N}]+)*(?:(?<=s)['’](?=\s))?/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const INITIAL = /^\p{Lu}$/u;
const TITLED = new RegExp(`(?<![\\p{L}\\p{M}])(?:${TITLE_SOURCE}[ \\t]*)+(?=\\p{Lu})`, 'gu');
const REPUBLIC = /(?:(?:People['’]s|Democratic|Socialist|Federal|Federative|Popular|Islamic|Arab|United|Soviet)\s+)*Republic\s+of\s+(?:the\s+)?/gu;

const bare = (word: string) => word.replace(/['’]s$/u, '');
const acronymOf = (word: string) => ORG_ACRONYMS.has(word) || PLACE_FORMS.get(word)?.some((p) => p.form === word && ALL_CAPS.test(word)) === true;

/** Adds the names of `text` (the record, lines joined by newlines) to `registry`. */
export function discoverNames(record: string, registry: EntityRegistry): void {

  // Part-word expansions are read whole ("Zh[ang] Wei" is "Zhang Wei", as the reading view the names are found in).
  const text = record.replace(/(?<=\p{L})\[(\p{L}+)\](?=[\p{L}\s.,;:’'”)])/gu, '$1');
  const loose = text.replace(/[’‘`]/g, "'");
  const persons = personIndex(registry);
  const tokens = [...loose.matchAll(TOKEN)].map((m): Token => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  /** The index of the token starting at `offset`, by binary search (tokens are in order). */
  const byStart = {
    get(offset: number): number | undefined {
      let [lo, hi] = [0, tokens.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.start < offset) lo = mid + 1;
        else hi = mid;
      }
      return tokens[lo]?.start === offset ? lo : undefined;
    },
  };
  // Characters already part of a name: a mask, so that a long input costs linear time.
  const mask = new Uint8Array(loose.length + 1);
  const taken = { push: ([start, end]: [number, number]) => mask.fill(1, start, end) };
  const free = (start: number, end: number) => mask.subarray(start, end).every((c) => c === 0);
  /** What separates tokens i and i+1: blanks only, a line break, or anything else. */
  const gap = (i: number) => {
    const between = loose.slice(tokens[i]!.end, tokens[i + 1]?.start ?? loose.length);
    return /^[ \t]+$/u.test(between) ? 'space' : /^\s*\n\s*$/u.test(between) ? 'line' : /^\.[ \t]+$/u.test(between) ? 'dot' : 'other';
  };

  // Places of the gazetteer, longest form first, and "People's Republic of X" as a form of X.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hit = PLACE_FORMS.get(t.text)?.find((p) => loose.startsWith(p.form, t.start) && !/[\p{L}\p{M}\p{N}]/u.test(loose[t.start + p.form.length] ?? ''));
    if (!hit) continue;
    addPlace(registry, hit.form, hit.place);
    taken.push([t.start, t.start + hit.form.length]);
    while (tokens[i + 1] && tokens[i + 1]!.start < t.start + hit.form.length) i++;
  }
  for (const m of loose.matchAll(REPUBLIC)) {
    const i = byStart.get(m.index + m[0].length);
    const t = i === undefined ? undefined : tokens[i];
    const hit = t && PLACE_FORMS.get(t.text)?.find((p) => p.form === t.text);
    if (hit && t) addPlace(registry, text.slice(m.index, t.end), hit.place);
  }
  // Known acronyms of organisations ("CC" only before the party it belongs to: "CC CPSU", "CC of the KWP").
  for (const t of tokens) {
    const expansion = ORG_ACRONYMS.get(t.text);
    if (!expansion) continue;
    if (t.text === 'CC' && !/^\s+(?:of\s+(?:the\s+)?)?[\p{Lu}]{2,}/u.test(loose.slice(t.end))) continue;
    addEntity(registry, 'org', t.text, 'high', expansion);
    taken.push([t.start, t.end]);
  }

  // Organisations: a head word with the capitalised words before it on its line and "of …", "for …", "in PLACE" after it (over lines, as in a signature).
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!ORG_HEADS.has(head.text) || !CAPITALISED.test(head.text)) continue;
    let from = i;
    while (from > 0 && gap(from - 1) === 'space' && (CAPITALISED.test(tokens[from - 1]!.text) || acronymOf(tokens[from - 1]!.text)) && !STOP_WORDS.has(tokens[from - 1]!.text) && !EVENT_WORDS.has(tokens[from - 1]!.text)) from--;
    let to = i;
    for (;;) {
      let k = to + 1;
      while (tokens[k] && CONNECTORS.has(tokens[k]!.text) && tokens[k]!.text !== 'and' && gap(k - 1) !== 'other') k++;
      const inPlace = tokens[k]?.text === 'in' && gap(k - 1) !== 'other' && tokens[k + 1] && PLACE_FORMS.get(tokens[k + 1]!.text)?.some((p) => p.form === tokens[k + 1]!.text);
      if (inPlace) k++;
      if (k === to + 1 || !tokens[k] || gap(k - 1) === 'other' || !(CAPITALISED.test(tokens[k]!.text) || acronymOf(tokens[k]!.text))) break;
      to = k;
      if (inPlace) break;
      while (tokens[to + 1] && gap(to) === 'space' && (CAPITALISED.test(tokens[to + 1]!.text) || acronymOf(tokens[to + 1]!.text)) && !STOP_WORDS.has(tokens[to + 1]!.text)) to++;
    }
    if (to === i && from === i) continue;
    const form = loose.slice(tokens[from]!.start, tokens[to]!.end);
    if (!free(tokens[from]!.start, tokens[to]!.end) && PLACE_FORMS.get(form.split(/[\s-]/u)[0]!)?.some((p) => p.form === form)) continue;
    addEntity(registry, 'org', text.slice(tokens[from]!.start, tokens[to]!.end), 'medium');
    taken.push([tokens[from]!.start, tokens[to]!.end]);
    i = to;
  }

  /** A person's name from token k on: initials, then one to four capitalised words, one line. */
  const personAt = (k: number): [number, number] | undefined => {
    let j = k;
    while (tokens[j] && INITIAL.test(tokens[j]!.text) && gap(j) === 'dot') j++;
    const first = j;
    const abbreviatedTitle = (t: number) => gap(t) === 'dot' && TITLES.has(`${tokens[t]!.text}.`);
    while (tokens[j] && j - first < 4 && CAPITALISED.test(tokens[j]!.text) && !notPersonWord(tokens[j]!.text) && !abbreviatedTitle(j) && (j === first || gap(j - 1) === 'space')) {
      if (/['’]s$/u.test(tokens[j]!.text)) return [k, j];
      j++;
    }
    return j > first ? [k, j - 1] : undefined;
  };
  const person = (range: [number, number], cert: Confidence) => {
    const start = tokens[range[0]]!.start;
    const end = tokens[range[1]]!.start + bare(tokens[range[1]]!.text).length;
    if (!free(start, end)) return;
    addPerson(registry, persons, text.slice(start, end), cert);
    taken.push([start, end]);
  };

  // Persons after titles, and the names joined to them by "and" ("Com. Brezhnev and Kosygin").
  for (const m of loose.matchAll(TITLED)) {
    const k = byStart.get(m.index + m[0].length);
    const range = k === undefined ? undefined : personAt(k);
    if (!range) continue;
    person(range, 'medium');
    const and = range[1] + 1;
    if (tokens[and]?.text === 'and' && gap(range[1]) === 'space' && gap(and) === 'space') {
      const next = personAt(and + 1);
      if (next) person(next, 'low');
    }
  }
  // Initials and a surname ("V. Lenin"), and capitalised sequences of two to four words ("Peng Dehuai").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!free(t.start, t.end)) continue;
    const initials = INITIAL.test(t.text) && gap(i) === 'dot';
    const range = (initials || CAPITALISED.test(t.text)) ? personAt(i) : undefined;
    if (range && (initials ? range[1] > i && !INITIAL.test(tokens[range[1]]!.text) : range[1] > range[0])) {
      person(range, 'low');
      i = range[1];
    }
  }
  // Names in capitals ("KIM IL SUNG", "SHTYKOV"), and letter-spaced ones.
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (tokens[j] && ALL_CAPS.test(tokens[j]!.text) && !CAPS_NOT_NAMES.has(tokens[j]!.text) && !acronymOf(tokens[j]!.text) && (j === i || gap(j - 1) === 'space') && j - i < 4) j++;
    const words = tokens.slice(i, j).map((t) => t.text);
    // Every word with a vowel and one of four letters or more (five for a word inside a line): not a call number's letters ("IPN BU").
    const alone = words.length === 1 && /^[ \t]*(?:\n|$)/u.test(loose.slice(tokens[i]!.end, tokens[i]!.end + 80)) && /(?:^|\n)[ \t]*$/u.test(loose.slice(Math.max(0, tokens[i]!.start - 80), tokens[i]!.start));
    const plausible = words.every((w) => /[AEIOUY]/u.test(w)) && words.some((w) => w.length >= (words.length === 1 && !alone ? 5 : 4));
    if (words.length && plausible) person([i, j - 1], 'low');
    i = Math.max(i, j - 1);
  }
  for (const m of text.matchAll(new RegExp(LETTER_SPACED_SOURCE, 'gu'))) {
    const word = m[0].replace(/ /g, '');
    const form = word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
    if (!notPersonWord(form) && !CAPS_NOT_NAMES.has(word.toUpperCase())) addPerson(registry, persons, form, 'low');
  }
  addNameParts(registry, standaloneWords(loose));
}

/** Capitalised words printed without a capitalised neighbour ("“Kim” said"), reading part-word expansions whole ("Zh[ou]"). */
function standaloneWords(loose: string): Set<string> {
  const read = loose.replace(/(?<=\p{L})\[(\p{L}+)\]/gu, '$1');
  const tokens = [...read.matchAll(TOKEN)];
  const capitalisedNeighbour = (i: number, j: number) => {
    const [a, b] = [tokens[Math.min(i, j)], tokens[Math.max(i, j)]];
    return Boolean(a && b && /^[ \t]+$/u.test(read.slice(a.index + a[0].length, b.index)) && CAPITALISED.test(tokens[j]![0]));
  };
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (CAPITALISED.test(t[0]) && !capitalisedNeighbour(i, i - 1) && !capitalisedNeighbour(i, i + 1)) out.add(bare(t[0]));
  });
  return out;
}

function addEntity(registry: EntityRegistry, type: Entity['type'], form: string, cert: Confidence, fullName?: string): Entity {
  const known = registry.findByForm(form, type);
  if (known) return known;
  const entity = registry.add({ type, form: fullName ?? form, source: 'guess', cert });
  if (fullName) registry.add({ id: entity.id, type, form, source: 'guess' });
  return entity;
}

function addPlace(registry: EntityRegistry, form: string, place: GazetteerPlace): void {
  if (registry.findByForm(form, 'place')) return;
  const existing = registry.get(place.id);
  const id = existing && !(existing.type === 'place' && existing.source === 'lexicon') ? registry.freshId(place.id) : place.id;
  registry.add({ id, type: 'place', form: place.forms[0]!, source: 'lexicon', cert: 'high' });
  registry.add({ id, type: 'place', form, source: 'lexicon' });
}

/** Known persons by each form in lower case, by single-word forms, and by the first and last words of longer forms. */
interface PersonIndex {
  byLower: Map<string, Entity>;
  byWord: Map<string, Entity>;
  byPart: Map<string, Entity>;
}

function indexPerson(index: PersonIndex, entity: Entity, form: string): void {
  const words = form.split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w));
  const put = (map: Map<string, Entity>, key: string) => map.has(key) || map.set(key, entity);
  put(index.byLower, formKey(form).toLowerCase());
  if (words.length === 1) put(index.byWord, words[0]!);
  else if (words.length > 1) [words[0]!, words[words.length - 1]!].forEach((w) => put(index.byPart, w));
}

function personIndex(registry: EntityRegistry): PersonIndex {
  const index: PersonIndex = { byLower: new Map(), byWord: new Map(), byPart: new Map() };
  for (const e of registry.all()) if (e.type === 'person') e.forms.forEach((f) => indexPerson(index, e, f));
  return index;
}

/** A person: a form of one already known when it is that form in other capitals, or its surname; else a new guess. */
function addPerson(registry: EntityRegistry, index: PersonIndex, form: string, cert: Confidence): void {
  if (registry.findByForm(form, 'person')) return;
  const words = form.split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w));
  const same = index.byLower.get(formKey(form).toLowerCase())
    ?? index.byWord.get(words[words.length - 1]!) ?? index.byWord.get(words[0]!)
    ?? (words.length === 1 ? index.byPart.get(words[0]!) : undefined);
  const entity = same ? registry.add({ id: same.id, type: 'person', form, source: same.source }) : registry.add({ type: 'person', form, source: 'guess', cert });
  indexPerson(index, entity, form);
}

/** The first and last words of persons' names as forms of their own where the record prints them alone ("Kim", "Zhou"), unless two persons share one. */
function addNameParts(registry: EntityRegistry, standalone: ReadonlySet<string>): void {
  const owners = new Map<string, Set<Entity>>();
  for (const e of registry.all()) {
    if (e.type !== 'person') continue;
    for (const form of e.forms) {
      const words = form.split(/\s+/u).filter((w) => !/^\p{Lu}\.$/u.test(w) && !/\.$/u.test(w));
      if (words.length < 2) continue;
      for (const w of new Set([words[0]!, words[words.length - 1]!])) {
        if (w.length < 3 || !standalone.has(w) || notPersonWord(w) || TITLES.has(`${w}.`)) continue;
        owners.set(w, (owners.get(w) ?? new Set()).add(e));
      }
    }
  }
  for (const [word, set] of owners) {
    if (set.size !== 1 || registry.findByForm(word)) continue;
    const e = [...set][0]!;
    registry.add({ id: e.id, type: 'person', form: word, source: e.source });
  }
}
