/**
 * The verbs that introduce reported words, views or thoughts in records of
 * conversation ("said that", "stressed that", "believes that", "expressed the
 * view that", "says:"), in all their forms: compromise conjugates each lemma,
 * so the list stays a list of meanings rather than of spellings.
 */
import nlp from 'compromise';

const LEMMAS = [
  'say', 'state', 'stress', 'add', 'note', 'remark', 'declare', 'emphasize', 'emphasise', 'explain', 'reply', 'answer', 'tell',
  'inform', 'announce', 'believe', 'think', 'consider', 'express', 'mention', 'observe', 'underline', 'underscore', 'assure',
  'report', 'warn', 'suggest', 'propose', 'insist', 'claim', 'admit', 'confirm', 'recall', 'repeat', 'acknowledge', 'affirm',
  'indicate', 'reiterate', 'promise', 'complain', 'argue', 'maintain', 'feel', 'hope', 'present', 'convey', 'relay', 'point out',
];

/** Verbs that may take their clause without "that" ("said he regrets"). */
const BARE_CLAUSE = ['say', 'believe', 'think', 'add', 'state', 'feel', 'tell'];

function forms(lemmas: readonly string[]): string[] {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    out.add(lemma);
    // A pronoun before the lemma makes compromise read it as a verb ("express" alone reads as an adjective).
    for (const c of nlp(`they ${head!}`).verbs().conjugate() as Record<string, string>[]) {
      for (const key of ['PastTense', 'PresentTense', 'Infinitive']) {
        const form = c[key];
        if (form && !form.includes(' ')) out.add(`${form}${tail}`);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every form of every reporting verb, longest first, as a regular-expression alternation. */
export const REPORTING_VERBS = forms(LEMMAS).map(escape).join('|');
/** Forms of the verbs that may take a bare clause. */
export const BARE_CLAUSE_VERBS = new Set(forms(BARE_CLAUSE));
