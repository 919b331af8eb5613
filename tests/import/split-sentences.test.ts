import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/import/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('is not fooled by titles, initials and abbreviations', () => {
    expect(sentences('The attaché Com. Col. S. S. Zudin came. He said so. The No. 5 plan (see p. 3) works!')).toEqual([
      'The attaché Com. Col. S. S. Zudin came.',
      'He said so.',
      'The No. 5 plan (see p. 3) works!',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence, and a last sentence without a full stop', () => {
    expect(sentences('He said: “We agree.” Then he left (at once.) And then')).toEqual(['He said: “We agree.”', 'Then he left (at once.)', 'And then']);
  });

  it('gives nothing for white space', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
