import { describe, expect, it } from 'vitest';
import { findRemarks } from '../../src/import/find-remarks.js';

const found = (text: string) => findRemarks(text).map((r) => [text.slice(r.start, r.end), r.subtype, r.confidence]);

describe('findRemarks', () => {
  it('finds remarks the writer signs, and NB remarks', () => {
    expect(found('very unpleasant (NB As far as I know it was propaganda – my own remark).')).toEqual([['(NB As far as I know it was propaganda – my own remark)', 'remark', 'high']]);
    expect(found('He agreed (which surprised everyone - my remark) and left.')).toEqual([['(which surprised everyone - my remark)', 'remark', 'high']]);
  });

  it('takes a clause closing a sentence for an aside, as a guess', () => {
    expect(found('worries him deeply (the conversation took place in late April).')).toEqual([['(the conversation took place in late April)', 'aside', 'low']]);
  });

  it('leaves glosses alone: short, not a clause, or not at the end of the sentence', () => {
    for (const text of ['liberation (15 August) KWP', 'water (river) transport', 'philosophy (the whole – division into parts – the whole). To be sure', 'the line (of 1945) the', 'The talks (he did not say why) went on.']) expect(found(text), text).toEqual([]);
  });
});
