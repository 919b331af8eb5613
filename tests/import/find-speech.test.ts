import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../src/import/entity-registry.js';
import { findNames, NameIndex } from '../../src/import/find-names.js';
import { findRemarks } from '../../src/import/find-remarks.js';
import { SpeechReader } from '../../src/import/find-speech.js';

const r = new EntityRegistry();
for (const [form, id] of [['Ivanov', 'ivanov'], ['Petrov', 'petrov'], ['Lee', 'lee'], ['Kim', 'kim']] as const) r.add({ form, id, type: 'person', source: 'names-file' });
const index = new NameIndex(r);

/** The said of each paragraph, as [printed, who, direct, chain?]. */
function speech(...paragraphs: string[]) {
  const reader = new SpeechReader();
  return paragraphs.map((text) => reader.read(text, findNames(text, index), findRemarks(text)).map((s) => [text.slice(s.start, s.end), s.who.id, s.direct, ...(s.chain ? [s.chain] : [])]));
}

describe('SpeechReader', () => {
  it('takes the content after a reporting verb to the end of the sentence, with its speaker', () => {
    expect(speech('Ivanov said that the talks would go on. The weather was fine.')).toEqual([[['the talks would go on.', 'ivanov', false]]]);
  });

  it('stops before a coordinated reporting clause and before a closing remark', () => {
    expect(speech('Ivanov said that it was late, and stressed that we must hurry (NB I doubt it – my own remark).')).toEqual([
      [['it was late', 'ivanov', false], ['we must hurry', 'ivanov', true]],
    ]);
  });

  it('resolves "he" to the last narrative subject, and inside reported words to the speaker', () => {
    expect(speech('Petrov met Lee in the morning.', 'He believes that in a talk with Lee he said that it was useful.')).toEqual([
      [],
      [['in a talk with Lee he said that it was useful.', 'petrov', false], ['it was useful.', 'petrov', false]],
    ]);
  });

  it('gives the view to its owner, and no said when the subject is not a person', () => {
    expect(speech('Then he presents Kim’s view that the plan is good. The radio said that war was near.')).toEqual([[['the plan is good.', 'kim', false]]]);
  });

  it('splits an utterance a reporting clause interrupts and continues it into a first-person paragraph', () => {
    expect(speech('With Lee, says com. Kim, we agree on everything.', 'As for trade – we want more.', 'He left early.')).toEqual([
      [['With Lee', 'kim', true, 1], ['we agree on everything.', 'kim', true, 1]],
      [['As for trade – we want more.', 'kim', true, 1]],
      [],
    ]);
  });

  it('reads "said he …" without "that", and continues a reported sentence opened by "But he"', () => {
    expect(speech('Lee was to have said he regrets the delay. But he is certain of success. The end.')).toEqual([[['he regrets the delay. But he is certain of success.', 'lee', false]]]);
  });
});
