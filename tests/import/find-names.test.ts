import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../src/import/entity-registry.js';
import { findNames, NameIndex } from '../../src/import/find-names.js';

function registry(entries: [string, 'person' | 'place' | 'org', string][]) {
  const r = new EntityRegistry();
  for (const [form, type, id] of entries) r.add({ form, type, id, source: 'names-file' });
  return r;
}

const found = (text: string, r: EntityRegistry) => findNames(text, new NameIndex(r)).map((n) => [text.slice(n.start, n.end), n.entity.id, n.rule, n.confidence ?? '']);

describe('findNames', () => {
  const r = registry([['Kim Il Sung', 'person', 'kim-il-sung'], ['Kim', 'person', 'kim-il-sung'], ['US', 'place', 'usa'], ['US Air Force', 'org', 'usaf'], ["People's Republic of Poland", 'place', 'poland']]);

  it('prefers the longest form and finds names inside names', () => {
    expect(found('the US Air Force and Kim Il Sung, “Kim”’s wife', r)).toEqual([
      ['US Air Force', 'usaf', 'names.list', ''],
      ['US', 'usa', 'names.list', ''],
      ['Kim Il Sung', 'kim-il-sung', 'names.list', ''],
      ['Kim', 'kim-il-sung', 'names.list', ''],
    ]);
  });

  it('matches whole words, case-sensitively, with curly and straight apostrophes alike', () => {
    expect(found('Kimchi, us, anti-Kim propaganda, the People’s Republic of Poland', r)).toEqual([
      ['Kim', 'kim-il-sung', 'names.list', ''],
      ['People’s Republic of Poland', 'poland', 'names.list', ''],
    ]);
  });

  it('finds a form over a line break', () => {
    const r2 = registry([['Embassy of the People’s Republic of Poland', 'org', 'embassy']]);
    expect(found('the Embassy of the\nPeople’s Republic of Poland', r2)).toEqual([['Embassy of the\nPeople’s Republic of Poland', 'embassy', 'names.list', '']]);
  });
});
