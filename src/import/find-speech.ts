/**
 * Finds reported speech in a record of conversation and says whose it is.
 * A `said` holds the content after a verb of saying or believing ("said
 * that …", "says: …", "expressed the view that …", "said he regrets …") up
 * to the end of the sentence (or to a coordinated ", and stressed that", or
 * to the writer's closing remark); an utterance a reporting clause interrupts
 * ("With China, says com. “Kim”, we maintain …") is split into chained parts
 * and continues into a next paragraph spoken in the first person. The
 * speaker is the subject of the verb: a name, or "he"/"she" resolved to the
 * last speaker or narrative subject, or the outer speaker inside reported
 * words; "X’s view that" belongs to X. A verb whose subject is not a person
 * ("American radio said") gives no `said`. Every `said` is a guess.
 */
import type { Confidence } from './decision.js';
import type { Entity } from './entity-registry.js';
import type { NameMatch } from './find-names.js';
import type { RemarkMatch } from './find-remarks.js';
import { BARE_CLAUSE_VERBS, REPORTING_VERBS } from './reporting-verbs.js';
import { splitSentences, type Sentence } from './split-sentences.js';

export interface SaidMatch {
  start: number;
  end: number;
  who: Entity;
  direct: boolean;
  confidence: Confidence;
  rule: string;
  /** Chained parts of one utterance share a group number; part order is document order. */
  chain?: number;
}

/** What carries over from paragraph to paragraph. */
export interface SpeechState {
  /** The person last seen as a subject or speaker: what "he" refers to. */
  lastSubject?: Entity;
  /** A direct utterance that ran to the end of the last paragraph, which the next may continue. */
  open?: { who: Entity; chain: number };
  chains: number;
}

const CLAUSE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<verb>${REPORTING_VERBS})(?![\\p{L}\\p{M}])(?<object>(?:\\s+(?!that\\b)[\\p{L}\\p{M}\\p{N}’'“”"-]+){0,4}?)(?:\\s+(?<that>that)(?![\\p{L}\\p{M}])\\s*|\\s*(?<colon>:)\\s*|\\s+(?=(?:he|she|they|we|I)\\s))`,
  'gu',
);
const INTERRUPTING = /,\s*(?:says|said|continued|continues|added|adds|stated|states|stressed|noted|remarked|replied|answered)\s+(?<subject>[^,;:]{1,60}?),\s*/u;
const SKIPPED = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'to', 'have', 'has', 'had', 'would', 'will', 'shall', 'should', 'could', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'then', 'again', 'personally', 'later', 'further', 'once', 'not', 'never', 'always', 'even', 'still', 'already', 'first', 'finally', 'himself', 'herself', 'both', 'now']);
const INHERIT = new Set(['and', 'but', 'then', 'or']);
const PREPOSITIONS = new Set(['with', 'to', 'for', 'of', 'about', 'by', 'from', 'in', 'on', 'at', 'into', 'onto', 'toward', 'towards', 'against', 'between', 'among', 'after', 'before', 'during', 'under', 'over', 'without', 'than', 'upon', 'via', 'vis-à-vis', 'like', 'behind', 'beyond', 'across', 'through', 'around', 'as', 'accompany', 'met', 'meet', 'visited', 'received']);
const TITLE_WORD = /^(?:Com|com|Cde|Col|Gen|Lt|Maj|Capt|Mr|Mrs|Dr|Prof|Comrade|comrade|Marshal|Marshall|Ambassador|Premier|Chairman|President|Minister|General|Colonel)\.?$/u;
const CONTINUING = /^(?:But|And|However|Moreover|Also|Besides|Furthermore|Yet)\b,?\s+(?:he|she)\b/u;
const PERSONAL = /(?<![\p{L}\p{M}])(?:I|me|my|mine|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Yy]ou|[Yy]our|[Yy]ours)(?![\p{L}\p{M}])/u;

interface Clause {
  verbStart: number;
  verbEnd: number;
  contentStart: number;
  /** The person whose view is reported ("Zhou Enlai’s view that"), when the object names one. */
  owner?: Entity;
  /** Whether the verb has no subject of its own (", and stressed that"). */
  coordinated: boolean;
}

/** Reads the speech of paragraphs in order; keeps what "he" refers to across them. */
export class SpeechReader {
  readonly state: SpeechState = { chains: 0 };

  constructor(private readonly author?: Entity) {}

  /** The speech of one paragraph's reading text, given its person names and the writer's remarks. */
  read(text: string, names: readonly NameMatch[], remarks: readonly RemarkMatch[]): SaidMatch[] {
    const persons = names.filter((n) => n.entity.type === 'person');
    const found: SaidMatch[] = [];
    const paragraphEnd = this.trimRemark(text, text.trimEnd().length, remarks);
    const open = this.state.open;
    this.state.open = undefined;
    const outsideRemarks = remarks.reduce((t, r) => t.slice(0, r.start) + ' '.repeat(r.end - r.start) + t.slice(r.end), text);
    if (open && PERSONAL.test(outsideRemarks) && !this.clauses(text, 0, text.length, persons).some((c) => c.verbStart < 80)) {
      const start = text.search(/\S/u);
      found.push({ start, end: paragraphEnd, who: open.who, direct: true, confidence: 'low', rule: 'speech.continued', chain: open.chain });
      this.state.open = open;
      this.state.lastSubject = open.who;
      return found;
    }
    let narrative = 0;
    const sentences = splitSentences(text);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const sentenceText = text.slice(s.start, s.end);
      const previous = found[found.length - 1];
      if (previous && !previous.chain && previous.end === this.trimRemark(text, sentences[i - 1]!.end, remarks) && CONTINUING.test(sentenceText) && !this.clauses(text, s.start, s.end, persons).length) {
        previous.end = this.trimRemark(text, s.end, remarks);
        continue;
      }
      const interrupted = INTERRUPTING.exec(sentenceText);
      if (interrupted && interrupted.index > 0) {
        const subjectStart = s.start + interrupted.index + interrupted[0].indexOf(interrupted.groups!.subject!);
        const subjectEnd = subjectStart + interrupted.groups!.subject!.length;
        const name = persons.find((p) => p.start >= subjectStart && p.end <= subjectEnd);
        const who = name?.entity ?? (/^(?:he|she)$/iu.test(interrupted.groups!.subject!.trim()) ? this.state.lastSubject : undefined);
        if (who) {
          const chain = ++this.state.chains;
          const secondStart = s.start + interrupted.index + interrupted[0].length;
          const direct = PERSONAL.test(text.slice(secondStart, paragraphEnd));
          found.push({ start: s.start, end: s.start + interrupted.index, who, direct, confidence: name ? 'medium' : 'low', rule: 'speech.interrupted', chain });
          found.push({ start: secondStart, end: paragraphEnd, who, direct, confidence: name ? 'medium' : 'low', rule: 'speech.interrupted', chain });
          this.state.lastSubject = who;
          if (paragraphEnd >= this.trimRemark(text, text.trimEnd().length, remarks)) this.state.open = { who, chain };
          return found;
        }
      }
      const clauses = this.clauses(text, s.start, s.end, persons);
      const taken: SaidMatch[] = [];
      for (const clause of clauses) {
        const outer = taken.find((t) => clause.verbStart >= t.start && clause.verbStart < t.end);
        if (outer && clause.coordinated) continue;
        this.noteSubjects(text, narrative, clause.verbStart, persons, found);
        const resolved = clause.owner ? { who: clause.owner, confidence: 'medium' as Confidence } : this.subject(text, clause, s.start, persons, outer?.who);
        if (!resolved) continue;
        const end = outer ? outer.end : this.contentEnd(text, clause, s, remarks);
        if (end <= clause.contentStart) continue;
        const said: SaidMatch = { start: clause.contentStart, end, who: resolved.who, direct: PERSONAL.test(text.slice(clause.contentStart, end)), confidence: resolved.confidence, rule: outer ? 'speech.nested' : clause.owner ? 'speech.view-of' : 'speech.reporting-verb' };
        taken.push(said);
        found.push(said);
        if (!outer) {
          this.state.lastSubject = resolved.who;
          narrative = end;
        }
      }
    }
    // The paragraph's remaining narrative subjects are what "he" refers to in the next one.
    this.noteSubjects(text, narrative, text.length, persons, found);
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** The reporting clauses of text[from, to). */
  private clauses(text: string, from: number, to: number, persons: readonly NameMatch[]): Clause[] {
    const out: Clause[] = [];
    const slice = text.slice(from, to);
    CLAUSE.lastIndex = 0;
    for (let m = CLAUSE.exec(slice); m; m = CLAUSE.exec(slice)) {
      const g = m.groups!;
      const object = g.object ?? '';
      if (!g.that && !g.colon && (object.trim() || !BARE_CLAUSE_VERBS.has(g.verb!))) continue;
      const verbStart = from + m.index;
      const verbEnd = verbStart + g.verb!.length;
      const objectEnd = verbEnd + object.length;
      const owner = persons.find((p) => p.start >= verbEnd && p.end <= objectEnd && /^[’']s\b/u.test(text.slice(p.end, p.end + 3)))?.entity;
      const before = text.slice(Math.max(from, verbStart - 12), verbStart);
      out.push({ verbStart, verbEnd, contentStart: from + m.index + m[0].length, ...(owner ? { owner } : {}), coordinated: /(?:^|[\s,])(?:and|but)\s+(?:then\s+|also\s+)?$/u.test(before) || /,\s*$/u.test(before) && !persons.some((p) => p.end > verbStart - 14 && p.end <= verbStart) });
    }
    return out;
  }

  /** Updates "he" with the narrative's subjects in text[from, to): names not after a preposition and not possessive. */
  private noteSubjects(text: string, from: number, to: number, persons: readonly NameMatch[], said: readonly SaidMatch[]): void {
    let previousPrepositional = false;
    let previousEnd = -1;
    for (const p of persons) {
      if (p.start < from || p.end > to || said.some((s) => p.start >= s.start && p.end <= s.end)) continue;
      const words = text.slice(Math.max(0, p.start - 40), p.start).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
      while (words.length && TITLE_WORD.test(words[words.length - 1]!.replace(/[“"‘]/gu, ''))) words.pop();
      const before = (words[words.length - 1] ?? '').replace(/[“”"‘’,]/gu, '').toLowerCase();
      const coordinatedWithPrevious = before === 'and' && previousEnd >= 0 && p.start - previousEnd < 16;
      const prepositional: boolean = PREPOSITIONS.has(before) || (coordinatedWithPrevious && previousPrepositional);
      const possessive = /^[’']s\b/u.test(text.slice(p.end, p.end + 3));
      if (!prepositional && !possessive) this.state.lastSubject = p.entity;
      previousPrepositional = prepositional;
      previousEnd = p.end;
    }
  }

  /** The subject of a clause's verb. */
  private subject(text: string, clause: Clause, bound: number, persons: readonly NameMatch[], outer?: Entity): { who: Entity; confidence: Confidence } | undefined {
    let p = clause.verbStart;
    for (;;) {
      const m = /(\S+)\s*$/u.exec(text.slice(bound, p));
      if (!m) break;
      const word = m[1]!.toLowerCase();
      if (SKIPPED.has(word) || (/ly$/u.test(word) && word.length > 4 && !/[,"”]/u.test(word))) p = bound + m.index;
      else break;
    }
    const head = text.slice(bound, p).trimEnd();
    const last = /(\S+)$/u.exec(head)?.[1] ?? '';
    const inherited = this.state.lastSubject;
    if (!last || last.endsWith(',') || INHERIT.has(last.toLowerCase())) {
      return (outer ?? inherited) ? { who: (clause.coordinated && !outer ? inherited : outer ?? inherited)!, confidence: 'low' } : undefined;
    }
    if (/^(?:he|she|He|She)$/u.test(last)) return (outer ?? inherited) ? { who: (outer ?? inherited)!, confidence: 'low' } : undefined;
    if (last === 'I' && this.author) return { who: this.author, confidence: 'medium' };
    const headEnd = bound + head.replace(/[”"’]+$/u, '').length;
    const name = persons.find((n) => n.end === headEnd);
    return name ? { who: name.entity, confidence: 'medium' } : undefined;
  }

  /** Where a clause's content ends: before a coordinated reporting clause, before a closing remark, or at the sentence end. */
  private contentEnd(text: string, clause: Clause, sentence: Sentence, remarks: readonly RemarkMatch[]): number {
    const rest = text.slice(clause.contentStart, sentence.end);
    const coordination = new RegExp(`,?\\s+(?:and|but)\\s+(?:then\\s+|also\\s+)?(?:${REPORTING_VERBS})(?![\\p{L}\\p{M}])(?:\\s+(?!that\\b)[\\p{L}\\p{M}\\p{N}’'-]+){0,4}?\\s+that(?![\\p{L}\\p{M}])`, 'u').exec(rest);
    if (coordination) return clause.contentStart + coordination.index;
    return this.trimRemark(text, sentence.end, remarks);
  }

  /** A sentence ending in a remark ("… deeply (the conversation …)."): the speech ends before it; otherwise at `end`. */
  private trimRemark(text: string, end: number, remarks: readonly RemarkMatch[]): number {
    const closing = remarks.find((r) => r.end <= end && /^\s*[.;!?]?\s*$/u.test(text.slice(r.end, end)));
    if (!closing) return end;
    return text.slice(0, closing.start).trimEnd().length;
  }
}
