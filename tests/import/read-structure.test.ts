import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/import/read-structure.js';
import { splitLines } from '../../src/import/source-lines.js';
import { testContext } from './context.js';

const kinds = (text: string) => readStructure(splitLines(text), testContext()).units.map((u) => {
  switch (u.kind) {
    case 'list': return `list(${u.items.map((i) => `${i.printed}=${i.n}`).join(',')})`;
    case 'participants': return `participants(${u.lines.length})`;
    case 'sp': return `sp(${u.speaker})`;
    case 'closer': return `closer(${u.block.lines.length}${u.dateline ? '+dateline' : ''})`;
    case 'distribution': return `distribution(${u.block?.lines.length ?? 0}${u.dateline ? '+dateline' : ''})`;
    case 'ab': return `ab(${u.type})`;
    default: return `${u.kind}(${u.block.lines.length})`;
  }
});

describe('readStructure', () => {
  it('reads opener, head, paragraphs, closer and distribution', () => {
    expect(kinds('TOP SECRET\nCopy Nº 3\n\nIPN BU 648/34\n\nRecord of conversation\n\nThe talks went well.\n\nThey ended at six.\n\nAmbassador\nA. Petrenko\n\nPrinted: 3 copies\nCopy 1: addressee\nWarsaw, 3 March 1955')).toEqual([
      'opener(3)', 'head(1)', 'p(1)', 'p(1)', 'closer(2)', 'distribution(2+dateline)',
    ]);
  });

  it('reads speaker paragraphs only in a dialogue, and participant lists', () => {
    expect(kinds('Talks\n\nPresent:\nA. Sokolov (deputy minister)\nLi Wen (interpreter)\n\nKIM: We agree.\n\nLEE (smiling): So do we.\n\nThe end of the talks was friendly.')).toEqual([
      'head(1)', 'participants(2)', 'sp(KIM)', 'sp(LEE)', 'p(1)',
    ]);
    expect(kinds('Talks\n\nConclusion: we agree.\n\nThe end of the talks was friendly.')).toEqual(['head(1)', 'p(1)', 'p(1)']);
  });

  it('reads numbered points, also when the export flattened them to "1."', () => {
    expect(kinds('Points\n\n1. One thing.\n\n2. Another thing.\n\nAlso:\n\n1. A.\n1. B.\n1. C.\n\nThe meeting then closed for the day.')).toEqual([
      'head(1)', 'list(1.=1,2.=2)', 'p(1)', 'list(1.=1,1.=2,1.=3)', 'p(1)',
    ]);
  });

  it('sets apart footnotes after a rule, and blocks that are only stamps', () => {
    const ctx = testContext();
    const structure = readStructure(splitLines('Report\n\nThe protocol x/ was signed.\n\n[CPSU CC stamp: No. 5,\n\nfiled]\n\n____\n\nx/ Not found.'), ctx);
    expect(structure.units.map((u) => u.kind)).toEqual(['head', 'p', 'ab']);
    expect(structure.footnotes.map((f) => [f.marker, f.block.text])).toEqual([['x/', 'x/ Not found.']]);
  });
});
