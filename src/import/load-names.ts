/**
 * Reads an editor's names file: which printed forms name which person, place
 * or organisation, with the identifier to use and, optionally, an authority
 * identifier. TSV (form, type, id, authority; a header line is optional),
 * JSON (an array of objects with those keys), or a TEI document whose
 * registers (listPerson, listPlace, listOrg) give the names (read-registers.ts). Bad lines are diagnostics; the
 * good ones are still used.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EntityType } from './entity-registry.js';
import { parseRegisters } from './read-registers.js';

export interface NameEntry {
  form: string;
  type: EntityType;
  id: string;
  authority?: string;
}

const TYPES: Record<string, EntityType> = {
  person: 'person', persname: 'person', pers: 'person',
  place: 'place', placename: 'place',
  org: 'org', orgname: 'org', organisation: 'org', organization: 'org',
};
const NCNAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

function check(raw: { form?: unknown; type?: unknown; id?: unknown; authority?: unknown }, where: { file: string; line: number }, diagnostics: Diagnostic[]): NameEntry | undefined {
  const form = typeof raw.form === 'string' ? raw.form.trim() : '';
  const type = typeof raw.type === 'string' ? TYPES[raw.type.trim().toLowerCase()] : undefined;
  const id = typeof raw.id === 'string' ? raw.id.trim().replace(/^#/, '') : '';
  const problem = !form
    ? 'an empty form'
    : !type
      ? `the type ${JSON.stringify(raw.type ?? '')}, expected person, place or org`
      : !NCNAME.test(id)
        ? `the id ${JSON.stringify(id)}, expected an XML name such as "kim-il-sung"`
        : undefined;
  if (problem) {
    diagnostics.push(diagnostic('warning', 'import', 'import.names-entry', `names file entry with ${problem}; the entry is ignored`, { file: where.file, line: where.line, column: 1 }));
    return undefined;
  }
  const authority = typeof raw.authority === 'string' && raw.authority.trim() ? raw.authority.trim() : undefined;
  return { form, type: type!, id, ...(authority ? { authority } : {}) };
}

/** Parses the text of a names file; `file` names it in diagnostics. TEI when it starts with "<", JSON when with "[" or "{". */
export function parseNames(file: string, text: string): { entries: NameEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entries: NameEntry[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('<')) return parseRegisters(file, trimmed);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      return { entries, diagnostics: [diagnostic('error', 'import', 'import.names-json', `the names file is not valid JSON (${(e as Error).message}); expected an array of {"form", "type", "id", "authority"}`, { file })] };
    }
    const list = Array.isArray(data) ? data : Array.isArray((data as { names?: unknown }).names) ? (data as { names: unknown[] }).names : undefined;
    if (!list) return { entries, diagnostics: [diagnostic('error', 'import', 'import.names-json', 'the names file holds no array of names; expected [{"form": "…", "type": "person", "id": "…"}]', { file })] };
    list.forEach((item, i) => {
      const entry = item && typeof item === 'object' ? check(item as Record<string, unknown>, { file, line: 0 }, diagnostics) : undefined;
      if (!item || typeof item !== 'object') diagnostics.push(diagnostic('warning', 'import', 'import.names-entry', `names file item ${i + 1} is not an object; it is ignored`, { file }));
      if (entry) entries.push(entry);
    });
    return { entries, diagnostics };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [form, type, id, authority] = line.split('\t');
    if (i === 0 && form?.trim().toLowerCase() === 'form' && type?.trim().toLowerCase() === 'type') return;
    const entry = check({ form, type, id, authority }, { file, line: i + 1 }, diagnostics);
    if (entry) entries.push(entry);
  });
  return { entries, diagnostics };
}
