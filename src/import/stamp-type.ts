/**
 * The @type of a stamp, from what the translator printed: the words before
 * "stamp" in its label ("CPSU CC stamp" → cpsu-cc, "MFA stamp" → mfa), or a
 * telling first word of its text ("Declassified" → declassification). A
 * stamp the text does not name is "unidentified"; the schema requires a type.
 */
import type { Confidence } from './decision.js';
import { toId } from './entity-registry.js';

export interface StampType {
  value: string;
  confidence: Confidence;
  alternatives: string[];
}

/** Words that describe how a stamp looks or survives, not what it is. */
const DESCRIPTIVE = new Set(['a', 'an', 'the', 'of', 'faded', 'image', 'partly', 'partially', 'illegible', 'legible', 'round', 'square', 'oval', 'rectangular', 'triangular', 'small', 'large', 'blue', 'red', 'black', 'violet', 'purple', 'ink', 'rubber', 'visible', 'another', 'second', 'first', 'third', 'with', 'text', 'and']);

const TELLING: [RegExp, string][] = [
  [/^declassif/iu, 'declassification'],
  [/^(?:received|incoming|receipt|rec'd|in\.|entered)/iu, 'receipt'],
  [/^(?:registered|registry|reg\.|registration)/iu, 'registry'],
  [/^(?:top secret|strictly secret|secret|confidential|classified)/iu, 'classification'],
  [/^(?:outgoing|sent|dispatched)/iu, 'dispatch'],
];

/** Reads the type of a stamp from its label and text. */
export function stampType(label: string, body: string): StampType {
  const words = label.split(/\s+/u);
  const at = words.findIndex((w) => /^stamps?[.:,]?$/iu.test(w));
  const before = (at >= 0 ? words.slice(0, at) : words).filter((w) => !DESCRIPTIVE.has(w.toLowerCase()));
  const after = at >= 0 ? words.slice(at + 1) : [];
  const ofWhom = after[0]?.toLowerCase() === 'of' ? after.slice(1).filter((w) => !DESCRIPTIVE.has(w.toLowerCase())) : [];
  const named = before.length ? before : ofWhom;
  if (named.length) return { value: toId(named.join(' '), 'unidentified'), confidence: 'high', alternatives: [] };
  const telling = TELLING.find(([re]) => re.test(body.trim().replace(/^["“'‘]/u, '')));
  if (telling) return { value: telling[1], confidence: 'low', alternatives: ['unidentified'] };
  return { value: 'unidentified', confidence: 'low', alternatives: [] };
}
