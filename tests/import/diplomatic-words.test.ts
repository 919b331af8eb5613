import { describe, expect, it } from 'vitest';
import { diplomaticText, lostWords, wordsOf } from '../../src/import/diplomatic-words.js';
import { el } from '../../src/import/xml-node.js';

describe('the importer\u2019s fidelity check', () => {
  const text = el('text', {}, [el('p', {}, [
    el('sic', {}, ['Zudin']), ' met ', el('choice', {}, [el('abbr', {}, ['Zh']), el('expan', {}, ['Zh', el('ex', {}, ['ou'])])]),
    ' ', el('stamp', {}, ['26 June']), el('note', { type: 'editorial' }, ['ours']), ' ', el('supplied', {}, ['said']), el('note', { type: 'footnote', n: 'x/' }, ['Lost.']),
  ])]);

  it('prints the translator\u2019s marks again and leaves editorial notes out', () => {
    expect(wordsOf(diplomaticText(text))).toEqual(['Zudin', 'sic', 'met', 'Zh', 'ou', 'stamp', '26', 'June', 'said', 'x', 'x', 'Lost']);
  });

  it('finds the words a draft lacks, by count', () => {
    expect(lostWords('Zudin [sic] met Zh[ou] [stamp] 26 June [said] x/ x/ Lost.', text)).toEqual([]);
    expect(lostWords('Zudin met Zudin and ours', text)).toEqual(['Zudin', 'and', 'ours']);
  });
});
