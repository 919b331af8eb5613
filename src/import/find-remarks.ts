/**
 * Finds the writer's own parentheses: a remark he signs ("(… – my own
 * remark)", "(NB …)") and an aside in which he steps out of the report at the
 * end of a sentence ("(the conversation took place in late April)"). Asides
 * are told from glosses ("(15 August)", "(river)") by being a clause, which
 * compromise's part-of-speech tagger decides; they are marked as guesses.
 */
import nlp from 'compromise';
import type { Confidence } from './decision.js';

export interface RemarkMatch {
  start: number;
  end: number;
  subtype: 'remark' | 'aside';
  confidence: Confidence;
  rule: string;
}

const SIGNED = /(?:[–—-]\s*|\b)(?:my own|my|author['’]s|the author['’]s)\s+(?:own\s+)?(?:remark|comment|note|observation)s?\s*\.?$/iu;
const NB = /^(?:NB|N\.B\.|Nota bene)\b/u;

/** Balanced parenthesised groups of `text` (outermost only). */
function parentheses(text: string): { start: number; end: number }[] {
  const groups: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth++ === 0) start = i;
    } else if (text[i] === ')' && depth > 0 && --depth === 0) groups.push({ start, end: i + 1 });
  }
  return groups;
}

/** Whether `inner` reads as a clause: a subject followed by a verb. */
function isClause(inner: string): boolean {
  return nlp(inner).has('(#Pronoun|#Noun) #Adverb? #Auxiliary? #Negative? #Verb');
}

/** Finds remarks and asides in the paragraph `text`. */
export function findRemarks(text: string): RemarkMatch[] {
  const found: RemarkMatch[] = [];
  for (const group of parentheses(text)) {
    const inner = text.slice(group.start + 1, group.end - 1).trim();
    if (SIGNED.test(inner) || NB.test(inner)) {
      found.push({ ...group, subtype: 'remark', confidence: 'high', rule: SIGNED.test(inner) ? 'remark.signed' : 'remark.nb' });
      continue;
    }
    const words = inner.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    const endsSentence = /^\s*(?:[.;!?]|$)/u.test(text.slice(group.end));
    if (words.length >= 4 && endsSentence && /^\p{Ll}/u.test(inner) && isClause(inner)) {
      found.push({ ...group, subtype: 'aside', confidence: 'low', rule: 'remark.aside' });
    }
  }
  return found;
}
