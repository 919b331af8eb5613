import { describe, expect, it } from 'vitest';
import { EntityRegistry, formKey, toId } from '../../src/import/entity-registry.js';

describe('EntityRegistry', () => {
  it('makes readable identifiers: family names for the page header, whole names for guesses', () => {
    const r = new EntityRegistry();
    expect(r.add({ type: 'person', form: 'Jerzy Giebułtowski', source: 'header' }).id).toBe('giebultowski');
    expect(r.add({ type: 'person', form: 'Col. Mieczysław Białek', source: 'header' }).id).toBe('bialek');
    expect(r.add({ type: 'person', form: 'Li Wen', source: 'guess' }).id).toBe('li-wen');
    expect(r.add({ type: 'org', form: 'Kyungnam University', source: 'header' }).id).toBe('kyungnam-university');
    expect(r.add({ type: 'person', form: 'Anna Giebułtowski', source: 'header' }).id).toBe('giebultowski-2');
  });

  it('adds forms to an entry by id and finds entries by form loosely', () => {
    const r = new EntityRegistry();
    r.add({ id: 'poland', type: 'place', form: "People's Republic of Poland", source: 'names-file' });
    r.add({ id: 'poland', type: 'place', form: 'Poland', source: 'names-file' });
    expect(r.get('poland')?.forms).toEqual(["People's Republic of Poland", 'Poland']);
    expect(r.findByForm('People’s  Republic of Poland')?.id).toBe('poland');
    expect(r.findByForm('Poland', 'person')).toBeUndefined();
  });

  it('never gives an identifier that starts with a digit or is reserved', () => {
    expect(toId('38th parallel')).toBe('n-38th-parallel');
    const r = new EntityRegistry();
    expect(r.add({ type: 'person', form: 'Importer', source: 'guess' }).id).toBe('importer-2');
    expect(formKey(' Kim’s  ')).toBe("Kim's");
  });
});
