/**
 * Finds the names of persons, places and organisations in the reading text:
 * every form of the registry (the names file, the page header), longest
 * first, and names inside names ("US" in "US Air Force"); then names after a
 * title ("Com.", "Comrade", "Marshal", "Ambassador", "Cde.") that no list
 * knows, which become new entries marked as guesses.
 */
import type { Confidence } from './decision.js';
import { formKey, toId, type Entity, type EntityRegistry } from './entity-registry.js';

export interface NameMatch {
  start: number;
  end: number;
  entity: Entity;
  confidence?: Confidence;
  rule: string;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;
const TITLE = /(?<![\p{L}\p{M}])(?:Com\.|com\.|Comrade|comrade|Comrades|Cde\.|cde\.|Marshal|Marshall|marshal|Ambassador|ambassador)\s+(?:(?:Com\.|Col\.|Gen\.|Lt\.|Maj\.|Capt\.|Adm\.|General|Colonel|Marshal|Ambassador|Comrade)\s+)*(?<name>(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})/gu;
/** Capitalised words that end a titled name rather than belong to it. */
const NOT_NAME = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'In', 'On', 'At', 'And', 'But', 'Then', 'This', 'That', 'Soviet', 'Chinese', 'Korean', 'American', 'Polish', 'Union', 'Embassy', 'Ministry', 'Party']);

interface Form {
  key: string;
  entity: Entity;
}

/** An index of the registry's forms by their first word, for a linear scan. */
export class NameIndex {
  private readonly byFirst = new Map<string, Form[]>();

  constructor(registry: EntityRegistry) {
    for (const entity of registry.all()) {
      for (const form of entity.forms) {
        const key = formKey(form).replace(/^[“”"‘’'«»„]+|[“”"‘’'«»„]+$/gu, '');
        if (!key) continue;
        const first = key.split(/[^\p{L}\p{M}\p{N}]/u)[0] ?? key;
        const list = this.byFirst.get(first) ?? [];
        list.push({ key, entity });
        list.sort((a, b) => b.key.length - a.key.length);
        this.byFirst.set(first, list);
      }
    }
  }

  /** The longest form starting at `at` of `loose` (the text with straight apostrophes) that ends at a word boundary. */
  longestAt(loose: string, at: number, firstWord: string, exceptId?: string, maxEnd = loose.length): Form | undefined {
    for (const form of this.byFirst.get(firstWord) ?? []) {
      const end = at + form.key.length;
      if (end > maxEnd || form.entity.id === exceptId) continue;
      if (loose.startsWith(form.key, at) && !WORD.test(loose[end] ?? '')) return form;
    }
    return undefined;
  }
}

/** Finds the names of `text` (a reading view). */
export function findNames(text: string, index: NameIndex, registry: EntityRegistry, options: { titled?: boolean } = {}): NameMatch[] {
  const loose = text.replace(/[’‘`]/g, "'");
  const found: NameMatch[] = [];
  scan(loose, 0, loose.length, index, found, undefined);
  if (options.titled !== false) {
    found.sort((a, b) => a.start - b.start);
    // Whether [start, end) overlaps a name already found: a binary search, since the list is sorted by start and names are short.
    const overlaps = (start: number, end: number) => {
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid]!.start < end) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (found[i]!.end > start) return true;
      return false;
    };
    const guessed: NameMatch[] = [];
    for (const m of loose.matchAll(TITLE)) {
      let name = m.groups!.name!.replace(/['’]s$/u, '');
      const words = name.split(/\s+/);
      const stop = words.findIndex((w, i) => i > 0 && NOT_NAME.has(w));
      if (stop > 0) name = words.slice(0, stop).join(' ');
      const start = m.index + m[0].length - m.groups!.name!.length;
      const end = start + name.length;
      const previous = guessed[guessed.length - 1];
      if (overlaps(start, end) || (previous && previous.end > start)) continue;
      const entity = registry.add({ type: 'person', form: text.slice(start, end), source: 'guess', id: registry.findByForm(text.slice(start, end), 'person')?.id ?? registry.freshId(toId(text.slice(start, end))) });
      guessed.push({ start, end, entity, confidence: 'low', rule: 'names.titled' });
    }
    found.push(...guessed);
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Scans [from, to) for forms, longest first, then looks inside each match for names of other entities. */
function scan(loose: string, from: number, to: number, index: NameIndex, found: NameMatch[], outer: Entity | undefined): void {
  for (let i = from; i < to; i++) {
    if (!WORD.test(loose[i]!) || (i > from && WORD.test(loose[i - 1]!))) continue;
    let j = i;
    while (j < to && WORD.test(loose[j]!)) j++;
    const form = index.longestAt(loose, i, loose.slice(i, j), outer?.id, to);
    if (!form) continue;
    const end = i + form.key.length;
    if (!(outer && i === from && end === to)) {
      found.push({ start: i, end, entity: form.entity, rule: 'names.list' });
      scan(loose, i, end, index, found, form.entity);
    }
    i = end - 1;
  }
}
