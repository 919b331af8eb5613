/**
 * The name rules without a names file, on sentences written for them (none
 * of the record's): what each rule finds, with which certainty, and what it
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { discoverNames } from '../../src/import/discover-names.js';
import { EntityRegistry } from '../../src/import/entity-registry.js';

function discover(text: string, registry = new EntityRegistry()) {
  discoverNames(text, registry);
  return registry.all().map((e) => [e.type, e.id, e.cert, e.forms]);
}

const forms = (text: string, type: 'person' | 'place' | 'org') => discover(text).filter((e) => e[0] === type).map((e) => e[3]);

describe('discoverNames', () => {
  it('finds places of the gazetteer with their official forms, and acronyms of organisations, as certain', () => {
    expect(discover('The Hungarian People’s Republic and the GDR sent notes to Havana and to the MFA of the PRC.')).toEqual([
      ['place', 'hungary', 'high', ['Hungary', 'Hungarian People\'s Republic']],
      ['place', 'german-democratic-republic', 'high', ['German Democratic Republic', 'GDR']],
      ['place', 'havana', 'high', ['Havana']],
      ['place', 'china', 'high', ['China', 'PRC']],
      ['org', 'ministry-of-foreign-affairs', 'high', ['Ministry of Foreign Affairs', 'MFA']],
    ]);
  });

  it('reads "CC" as an organisation only before its party', () => {
    expect(forms('CC: the archive. The CC CPSU met.', 'org')).toEqual([['Central Committee', 'CC'], ['Communist Party of the Soviet Union', 'CPSU']]);
  });

  it('finds organisations by their head words, over the lines of a signature', () => {
    expect(forms('The Ruritanian Farmers’ Party and the Ministry of Light Industry wrote. Counsellor\nof the Embassy of the\nRepublic of Cuba\nin Sofia\nA. Novak', 'org')).toEqual([
      ['Ruritanian Farmers’ Party'], ['Ministry of Light Industry'], ['Embassy of the\nRepublic of Cuba\nin Sofia'],
    ]);
    // A head word alone, or after "the", is no name.
    expect(forms('The Party decided; the Ministry agreed.', 'org')).toEqual([]);
  });

  it('finds persons after titles, the next name joined by "and", initials and surnames, and capitalised sequences', () => {
    const found = discover('Vice Minister Ri Chol Su met Comrades Novak and Berg. Marshal of the Army Petrov was absent. A. B. Orlova and Tran Van Dong came with Lt. Col. Hoxha.');
    expect(found.filter((e) => e[0] === 'person').map((e) => [e[3]![0], e[2]])).toEqual([
      ['Ri Chol Su', 'medium'], ['Novak', 'medium'], ['Berg', 'low'], ['Hoxha', 'medium'], ['A. B. Orlova', 'low'], ['Tran Van Dong', 'low'],
    ]);
  });

  it('leaves events, nationalities, document words and sentence openings alone', () => {
    expect(forms('The Cultural Revolution and the Great Leap Forward. Soviet Union. Yesterday The Polish Comrades. Top Secret. World War II.', 'person')).toEqual([]);
  });

  it('finds names in capitals and letter-spaced ones, but not headings in capitals or call numbers', () => {
    expect(forms('TOP SECRET\nCIPHERED TELEGRAM\nAAN BU 12/3\nHO CHI MINH: We agree.\nORLOVA\nP E T R O V A', 'person')).toEqual([['HO CHI MINH'], ['ORLOVA'], ['Petrova']]);
  });

  it('adds the first and last words of a name as its forms where they are printed alone, unless two persons share one', () => {
    const r = new EntityRegistry();
    discover('Com. Pak Song Chol and Com. Pak Il met Ivan Sergeyev. Later “Sergeyev” and Chol left; Pak stayed, and Ch[ol] wrote.', r);
    expect(r.all().map((e) => [e.id, e.forms])).toEqual([
      ['pak-song-chol', ['Pak Song Chol', 'Chol']], ['pak-il', ['Pak Il']], ['ivan-sergeyev', ['Ivan Sergeyev', 'Sergeyev']],
    ]);
  });

  it('reuses the entries it is given: a names file or registers win, and a surname joins its person', () => {
    const r = new EntityRegistry();
    r.add({ id: 'orlov', type: 'person', form: 'Ivan Orlov', source: 'names-file' });
    r.add({ id: 'soviet-union', type: 'place', form: 'USSR', source: 'names-file' });
    discover('Com. Orlov visited the USSR and Moscow.', r);
    expect(r.all().map((e) => [e.id, e.forms])).toEqual([['orlov', ['Ivan Orlov', 'Orlov']], ['soviet-union', ['USSR']], ['moscow', ['Moscow']]]);
  });
});
