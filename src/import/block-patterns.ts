/**
 * What single lines of a record look like: the head lines of a document
 * (classification, copy number, call numbers, sender and addressee,
 * transmission log), a signature's short lines, the distribution list, a
 * dateline, a rule before footnotes, a speaker label, a numbered point, a
 * participant "Name (role)". Each pattern is one regular expression, so that
 * the structure reader (read-structure.ts) reads as a list of decisions.
 */
import { findDates } from './find-dates.js';
import { TITLE_SOURCE } from './lexicon.js';

export const CLASSIFICATION = /^(?:top secret|strictly secret|secret|confidential|for official use only|personal(?:ly)?|urgent|special importance|of special importance|eyes only|not for publication|copy\b|copy (?:no|nº|n°|№|#)|exemplar|ex\.|strictly confidential|restricted)/iu;
export const CALL_NUMBER = /^(?:(?:[A-Z]{2,}|[A-Z][a-z]{1,3})(?:[ .]+[A-Za-z]{1,5}){0,3}[ ,.]*(?:[A-Z]{0,3}[ ]?)?\d[\w]*(?:[/.-]\d[\w]*)+|(?:f|fond|op|opis|d|delo|ll|l|sygn)\.?\s*\d[\w/-]*(?:,\s*(?:f|fond|op|opis|d|delo|ll|l|p|pp)\.?\s*\d[\w/-]*)*)$/u;
export const ATTACHMENT = /^(?:att(?:achment|\.)?|annex|enclosure|encl\.)\s+(?:to\s+)?(?:no\.?|nº|№|#)\s*(?<number>\S+)/iu;
export const ADDRESS = /^(?:from|to|subject|re|ref|attn|attention|for|cc|copy to|addressee|sender|recipient)\s*[:.]?\s+\S|^(?:from|to)\s+\S+[.,]?$|^[\p{Lu}][\p{L}\p{M}.'’ -]{1,30},\s+(?:to|for)\s+\S.{0,60}$/iu;
export const TRANSMISSION = /^(?:sent|received|deciphered|decoded|dispatched|transmitted|registered|incoming|outgoing|entered|ciphered|arrived|typed|copied|no\.|nº|№)\b|^(?:cipher(?:ed)? )?(?:telegram|cable)\s+(?:no\.?|nº|№|#|\d|from|to)/iu;
/** A head line naming a stamp without brackets: "MFA stamp: Received 12.III.53". */
export const STAMP_LABEL_LINE = /^(?<label>(?:[\p{Lu}][\p{L}.]*\s+){1,4}stamp)\s*:\s*/u;
export const STAMP_LINE = /^(?:\[\s*stamps?\s*\]|[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+stamp\s*:|stamp\s*:)/iu;
export const DISTRIBUTION = /^(?:printed|produced in|typed in|made in|copies\b|\d+\s+cop(?:y|ies)\b|cop(?:y|ies)\s+(?:no\.?\s*)?\d|cc\s*:|distribution|distributed|sent to|made and printed|typed by|printed by|prepared by|executed by|drafted by|no\.?\s+of\s+typescript|typescript no|file\b|to the file|for the files?|[-–—•]\s+\S)/iu;
/** The label of a distribution or copy list, in any of its forms: "Distribution list - 11 copies:", "Copies:", "Produced in 5 copies for:", "Printed: 3 copies", "CC:". */
export const DISTRIBUTION_LABEL = /^(?:distribution(?: list)?\b|copies\s*:|(?:produced|printed|typed|made) in \d+ cop(?:y|ies)\b|printed\s*:?\s*\d+ cop(?:y|ies)\b|cc\s*:|\d+ cop(?:y|ies)\b)/iu;
/** An outgoing number under a signature: "No. 1476/sh", "Nº 102". */
export const OUTGOING_NUMBER = /^(?:No\.?|Nº|N°|№|#)\s*(?<number>\d[\w/.-]*)\.?$/u;
/** A verb of the cipher office in a transmission log. */
const LOG_VERB = /(?<![\p{L}])(?:sent|received|arrived|deciphered|decoded|dispatched|transmitted|typed|copied|registered|ciphered)(?![\p{L}])/iu;
export const RULE_LINE = /^(?:[_\-–—=*~.]\s?){3,}$/u;
export const FOOTNOTE = /^(?<marker>x{1,4}\/|\*{1,4}\)?|\d{1,2}\/|\(\d{1,2}\)|\[\d{1,2}\])\s+\S/u;
export const NUMBERED = /^(?:(?<n>\d{1,2})[.)]|\((?<p>\d{1,2})\)|(?<a>[a-z])\))\s+\S/u;
export const SPEAKER = /^(?<label>[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’-]+){0,3}?)\s*(?:\((?<stage>[^()]{1,60})\))?\s*:\s+(?=\S)/u;
export const PARTICIPANT = new RegExp(`^(?<name>(?:${TITLE_SOURCE}\\s+)*[\\p{Lu}][\\p{L}\\p{M}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|de|van|von|der|la|al|bin|ibn)){0,4})\\s*\\((?<role>[^()]{2,120})\\)[.,;]?$`, 'u');
export const LIST_LABEL = /^(?:present|participants|participating|attending|those present|in attendance|members of the delegation|on the \S+ side|from the \S+ side)\b[^:]{0,40}:$/iu;
/** Labels at the start of a paragraph that are not speakers. */
export const NOT_SPEAKER = /^(?:subject|note|re|ref|from|to|cc|date|time|place|attachment|annex|enclosure|copy|copies|printed|distribution|summary|conclusion|conclusions|comment|remark|nb|p\.s|ps|agenda|item|question|answer|q|a|source|translator's note|ed\. note|stamp)$/iu;

/** Letter-spaced words ("N o t e", "S H T Y K O V"): single letters separated by single spaces, at least four. */
export const LETTER_SPACED_SOURCE = '(?<![\\p{L}\\p{M}])\\p{L}(?: \\p{L}){3,}(?![\\p{L}\\p{M}])';

/** A line of a transmission log: it starts as a head line does ("Sent …", "From Pyongyang. Sent …", "Arrived …") and dates a step of the cipher office. */
export function isTransmissionLine(line: string): boolean {
  return line.length <= 240 && (TRANSMISSION.test(line) || /^[Ff]rom\s+\p{Lu}/u.test(line)) && LOG_VERB.test(line) && findDates(line).length > 0;
}

/** A short line: a title, a head line, a line of a signature. */
export function isShort(line: string): boolean {
  const words = line.split(/\s+/u).length;
  return line.length <= 80 && (!/[.!?;]$/u.test(line) || words <= 4 || /\b(?:Col|Gen|Com|Cde|No)\.$/u.test(line));
}

/** A line of a signature: short, and not a sentence (a full stop only after a name's initial or an abbreviation, or on two words). */
export function isSignatureLine(line: string): boolean {
  return line.length <= 80 && (!/[.!?;]$/u.test(line) || line.split(/\s+/u).length <= 2 || /(?:\b\p{Lu}|\b(?:Col|Gen|Com|Cde|No|Jr|Sr))\.$/u.test(line));
}

/** "Pyongyang, 10 June 1970": a place and a date, nothing else. */
export function isDateline(line: string): boolean {
  const m = /^(?<place>[\p{Lu}][\p{L}\p{M} .'’-]{1,40}),\s*(?<date>.+?)\.?$/u.exec(line);
  if (!m) {
    const [d] = findDates(line);
    return Boolean(d && d.start === 0 && d.end >= line.replace(/\.$/, '').length);
  }
  const [d] = findDates(m.groups!.date!);
  return Boolean(d && d.start === 0 && d.end >= m.groups!.date!.length - 1);
}

/** A line that belongs to a document's head (opener). */
export function isOpenerLine(line: string): boolean {
  return CLASSIFICATION.test(line) || CALL_NUMBER.test(line) || ATTACHMENT.test(line) || ADDRESS.test(line) || TRANSMISSION.test(line) || STAMP_LINE.test(line) || isDateline(line) || isTransmissionLine(line);
}
