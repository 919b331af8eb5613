/**
 * Finds the names of persons, places and organisations in the reading text:
 * every form of the registry (the names file, the page header, and what
 * discover-names.ts found in the record), longest first, and names inside
 * names ("US" in "US Air Force").
 */
import type { Confidence } from './decision.js';
import { formKey, type Entity, type EntityRegistry } from './entity-registry.js';

export interface NameMatch {
  start: number;
  end: number;
  entity: Entity;
  confidence?: Confidence;
  rule: string;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

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
export function findNames(text: string, index: NameIndex): NameMatch[] {
  // Line breaks compare as spaces (a name may run over lines: "Embassy of the / People's Republic of Poland"); the length is kept.
  const loose = text.replace(/[’‘`]/g, "'").replace(/\n/g, ' ');
  const found: NameMatch[] = [];
  scan(loose, 0, loose.length, index, found, undefined);
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
