/**
 * The persons, places and organisations of one draft: those of the names
 * file, those named in the page's header (author, translator, funder) and
 * those the importer guessed. Each gets one stable, readable identifier; only
 * the entries the draft points to are written to its header lists.
 */
import slugify from '@sindresorhus/slugify';
import { LEADING_TITLES } from './lexicon.js';

export type EntityType = 'person' | 'place' | 'org';

export interface Entity {
  id: string;
  type: EntityType;
  /** The main form, for the header entry. */
  name: string;
  /** Every form that refers to it, as printed. */
  forms: string[];
  /** An authority identifier (a URI), from the names file. */
  authority?: string;
  /** TEI roles: author, translator, speaker, mentioned… */
  roles: Set<string>;
  /** Where it came from: the editor's names file (or an edition's registers), the page header, the importer's gazetteer, or a guess of the importer. */
  source: 'names-file' | 'header' | 'lexicon' | 'guess';
  /** How sure the importer is of it: high for the names file, the header and the gazetteer, lower for guesses by rule. */
  cert: 'high' | 'medium' | 'low';
  /** Occupations or functions printed with it (participant lists). */
  occupations: string[];
  used: boolean;
}

/** Identifiers the draft uses for itself. */
const RESERVED = new Set(['importer', 'translator', 'author', 'editor', 'handwritten']);

/** An NCName made of `text`: ASCII, lower case, hyphens; never starting with a digit. */
export function toId(text: string, fallback = 'entity'): string {
  const slug = slugify(text, { decamelize: false }) || fallback;
  return /^[a-z_]/.test(slug) ? slug : `n-${slug}`;
}

export class EntityRegistry {
  private readonly entities = new Map<string, Entity>();
  /** Entities by the loose key of each of their forms, so that looking a form up does not walk every entity. */
  private readonly byForm = new Map<string, Entity[]>();

  private index(form: string, entity: Entity): void {
    const key = formKey(form);
    const list = this.byForm.get(key) ?? [];
    if (!list.includes(entity)) list.push(entity);
    this.byForm.set(key, list);
  }

  /** All entities, in the order they were added. */
  all(): Entity[] {
    return [...this.entities.values()];
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** An identifier not yet taken, derived from `preferred`. */
  freshId(preferred: string): string {
    let id = preferred;
    for (let n = 2; this.entities.has(id) || RESERVED.has(id); n++) id = `${preferred}-${n}`;
    return id;
  }

  /** Adds an entity, or a form to the entity `id` names when it exists. */
  add(entry: { id?: string; type: EntityType; form: string; authority?: string; source: Entity['source']; cert?: Entity['cert'] }): Entity {
    const existing = entry.id ? this.entities.get(entry.id) : this.findByForm(entry.form, entry.type);
    if (existing) {
      if (!existing.forms.includes(entry.form)) {
        existing.forms.push(entry.form);
        this.index(entry.form, existing);
      }
      if (entry.authority && !existing.authority) existing.authority = entry.authority;
      return existing;
    }
    // Guessed names are cited whole (the importer cannot tell the family name); names from the page header by family name.
    const id = entry.id ?? this.freshId(entry.source === 'guess' ? toId(entry.form) : defaultId(entry.type, entry.form));
    const entity: Entity = { id, type: entry.type, name: entry.form, forms: [entry.form], roles: new Set(), source: entry.source, cert: entry.cert ?? (entry.source === 'guess' ? 'low' : 'high'), occupations: [], used: false };
    if (entry.authority) entity.authority = entry.authority;
    this.entities.set(id, entity);
    this.index(entry.form, entity);
    return entity;
  }

  /** The entity with `form` among its forms (apostrophes and spaces compared loosely). */
  findByForm(form: string, type?: EntityType): Entity | undefined {
    return this.byForm.get(formKey(form))?.find((e) => !type || e.type === type);
  }

  /** Marks an entity as pointed to, with a role. */
  use(id: string, role?: string): void {
    const e = this.entities.get(id);
    if (!e) return;
    e.used = true;
    if (role) e.roles.add(role);
  }
}

/** A form compared loosely: curly apostrophes as straight ones, single spaces. */
export function formKey(form: string): string {
  return form.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Persons are cited by family name (the last word of a Western-order name); others by their whole name. */
function defaultId(type: EntityType, form: string): string {
  const words = form.replace(LEADING_TITLES, '').split(/\s+/).filter(Boolean);
  if (type === 'person' && words.length > 1 && !/^[A-Z]\.$/.test(words[words.length - 1]!)) return toId(words[words.length - 1]!);
  return toId(words.join(' '));
}
