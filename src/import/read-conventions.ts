/**
 * Reads the editorial conventions printed in square brackets and turns each
 * into markup: the translator's "[sic]" (sic), words he supplied (supplied),
 * part-word expansions "Zh[ou]" (choice of abbr and expan), omissions "[…]"
 * (gap, with a bracketed summary as a note), illegible passages, uncertain
 * readings "[[…]]" (unclear), stamps and handwriting (stamp, add), and
 * translator's or editor's notes (note). Nesting is kept: a stamp inside an
 * editor's note stays inside it. A form not recognised stays as printed and
 * is listed in the report.
 */
import { decide, unrecognised, type ImportContext } from './import-context.js';
import { RANK, type HiddenRange, type InlineSpan } from './inline-span.js';
import { parseBrackets, type BracketGroup } from './parse-brackets.js';
import type { Block } from './source-lines.js';
import { el, type XNode } from './xml-node.js';
import { stampType } from './stamp-type.js';

export interface ConventionLayer {
  hidden: HiddenRange[];
  spans: InlineSpan[];
}

const LETTER = /[\p{L}\p{M}]/u;
const NOTE_LABEL = /^(?<who>translator['’]?s?|trans\.|tr\.|editor['’]?s?|ed\.|eds\.|editorial|author['’]?s?)\s*(?:note|comment|remark)s?$/iu;
const STAMP_WORD = /\bstamps?\b/iu;
const HAND_LABEL = /^(?:hand-?written(?: (?:note|text|remark|addition|annotation|inscription)s?)?|handwriting|in handwriting|handwritten in the margin|marginal (?:note|annotation)s?|(?:hand-?written )?(?:note|annotation) in the margin)$/iu;
const ELLIPSIS = /^(?:…+|\.\s?\.\s?\.(?:\s?\.)*)$/u;
const ILLEGIBLE = /^(?:(?:one|two|three|four|five|several|a few|\d+)\s+(?:words?|lines?|letters?)\s+)?(?:illegible|unreadable|indecipherable)(?:\s+(?:words?|text|passage|lines?|signature))?$/iu;
const SIC = /^sic[!.]?$/iu;
const TITLES = /^(?:Com|Cde|Col|Gen|Lt|Maj|Capt|Mr|Mrs|Ms|Dr|Prof|Amb|Marshal|Marshall|Comrade|General|Colonel|Ambassador)\.?$/u;
const QUOTES = /^[“”"‘’'«»„(]+|[“”"‘’'«»„),.;:!?]+$/gu;

/** Reads the bracket conventions of `block`. */
export function readConventions(block: Block, ctx: ImportContext): ConventionLayer {
  const text = block.text;
  const layer: ConventionLayer = { hidden: [], spans: [] };
  const { groups, stray } = parseBrackets(text);
  for (const s of stray) unrecognised(ctx, block, s.offset, s.char, s.char === '[' ? 'an opening bracket without its closing one' : 'a closing bracket without its opening one');
  new Reader(block, ctx, layer).groups(groups, { inNote: false, end: text.length });
  return layer;
}

interface Scope {
  inNote: boolean;
  /** Where the enclosing group's content ends: a mark inside it cannot reach further. */
  end: number;
}

class Reader {
  constructor(
    private readonly block: Block,
    private readonly ctx: ImportContext,
    private readonly layer: ConventionLayer,
  ) {}

  private get text(): string {
    return this.block.text;
  }

  groups(groups: readonly BracketGroup[], scope: Scope): void {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const consumedNext = this.group(g, groups[i + 1], scope);
      if (consumedNext) i++;
    }
  }

  /** Hides a group's brackets; returns the ranges, for the span they belong to. */
  private hideBrackets(g: BracketGroup): HiddenRange[] {
    const ranges: HiddenRange[] = [[g.start, g.innerStart], [g.innerEnd, g.end]];
    this.layer.hidden.push(...ranges);
    return ranges;
  }

  private hide(start: number, end: number): HiddenRange[] {
    const range: HiddenRange = [start, end];
    this.layer.hidden.push(range);
    return [range];
  }

  private span(start: number, end: number, element: ReturnType<typeof el>, rank: number, rule: string, extra: Partial<InlineSpan> = {}): void {
    this.layer.spans.push({ start, end, element, rank, rule, ...extra });
  }

  private printed(g: BracketGroup): string {
    return this.text.slice(g.start, g.end);
  }

  private resp(...who: ('translator' | 'author' | 'editor')[]): string {
    for (const w of who) this.ctx.used.add(w);
    return [...who.map((w) => this.ctx.agents[w]), this.ctx.agents.importer].join(' ');
  }

  /** Handles one group; returns true when it also consumed `next` (an omission's summary). */
  private group(g: BracketGroup, next: BracketGroup | undefined, scope: Scope): boolean {
    const inner = this.text.slice(g.innerStart, g.innerEnd);
    const content = inner.trim();
    const { block, ctx } = this;

    if (g.double) {
      const hides = this.hideBrackets(g);
      this.span(g.start, g.end, el('unclear', { resp: this.resp('translator') }), RANK.gap, 'bracket.unclear', { hides });
      decide(ctx, block, g.start, 'bracket.double', 'unclear', this.printed(g));
      this.groups(g.children, { ...scope, end: g.innerEnd });
      return false;
    }
    if (SIC.test(content)) return this.sic(g), false;
    if (ELLIPSIS.test(content)) return this.omission(g, next, scope);
    if (ILLEGIBLE.test(content)) {
      const gap = el('gap', { reason: 'illegible', resp: this.resp('translator') }, [el('desc', {}, [content])]);
      this.span(g.start, g.end, gap, RANK.gap, 'bracket.illegible', { replacement: [gap], reading: '' });
      decide(ctx, block, g.start, 'bracket.illegible', 'gap reason="illegible" with desc', this.printed(g));
      return false;
    }
    const labelled = /^(?<label>[^:[\]\n]{1,60}?)\s*:\s*/u.exec(inner.trimStart());
    if (labelled) {
      const label = labelled.groups!.label!.trim();
      const labelStart = g.innerStart + (inner.length - inner.trimStart().length);
      const labelEnd = labelStart + labelled[0].trimEnd().length;
      const body = inner.trimStart().slice(labelled[0].length);
      const who = NOTE_LABEL.exec(label)?.groups?.who;
      if (who) return this.note(g, who, labelStart, labelEnd), false;
      if (STAMP_WORD.test(label)) return this.stamp(g, label, body, labelStart, labelEnd, scope), false;
      if (HAND_LABEL.test(label)) return this.hand(g, labelStart, labelEnd, scope), false;
    }
    if (/^stamps?$/iu.test(content)) return this.stampMarker(g, scope), false;
    if (HAND_LABEL.test(content)) return this.handMarker(g, scope), false;
    if (LETTER.test(this.text[g.start - 1] ?? '') && /^[\p{L}\p{M}'’.-]+$/u.test(inner)) return this.expansion(g), false;
    if (LETTER.test(content) && !labelled && !(scope.inNote && this.quoted(g))) return this.supplied(g, scope), false;

    unrecognised(ctx, block, g.start, this.printed(g), labelled ? `a bracketed label ${JSON.stringify(labelled.groups!.label)} the importer does not know` : content ? 'bracketed text that is neither words nor a known mark' : 'empty brackets');
    this.groups(g.children, { ...scope, end: g.innerEnd });
    return false;
  }

  /** "word [sic]": sic around the word, or the run of capitalised words (a name) it follows. */
  private sic(g: BracketGroup): void {
    const { text, block, ctx } = this;
    const lineStart = text.lastIndexOf('\n', g.start - 1) + 1;
    const before = text.slice(lineStart, g.start);
    const tokens = [...before.matchAll(/\S+/gu)].map((m) => ({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, word: m[0] }));
    const last = tokens[tokens.length - 1];
    if (!last || last.end !== g.start - (before.length - before.trimEnd().length)) {
      unrecognised(ctx, block, g.start, this.printed(g), '"[sic]" with no word before it on its line');
      return;
    }
    const bare = (t: { word: string }) => t.word.replace(QUOTES, '');
    const capital = (t: { word: string }) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(bare(t));
    let first = tokens.length - 1;
    if (capital(last) && !/[,.;:!?)"”]$/u.test(last.word)) {
      while (first > 0 && first > tokens.length - 4 && capital(tokens[first - 1]!) && !TITLES.test(tokens[first - 1]!.word) && !/[,.;:!?)"”]$/u.test(tokens[first - 1]!.word)) first--;
      // A capitalised word that starts the sentence is not part of a name.
      if (first > 0 && first < tokens.length - 1 && /[.!?]$/.test(tokens[first - 1]!.word) && !TITLES.test(tokens[first - 1]!.word)) first++;
    }
    const from = tokens[first]!;
    let start = from.start;
    let end = last.end;
    // Quotation marks and punctuation around the word stay outside.
    while (start < end && /[“”"‘'«„(]/u.test(text[start]!)) start++;
    while (end > start && /[“”"’'»),.;:!?]/u.test(text[end - 1]!) && !(text[end - 1] === '’' && LETTER.test(text[end - 2] ?? '') && LETTER.test(text[end] ?? ''))) end--;
    const hides = this.hide(last.end, g.end);
    this.span(start, end, el('sic', { resp: this.resp('translator') }), RANK.sic, 'bracket.sic', { hides });
    const words = text.slice(start, end);
    const guess = first < tokens.length - 1 ? { confidence: 'medium' as const, alternatives: [`sic around ${JSON.stringify(bare(last))} only`] } : undefined;
    decide(ctx, block, g.start, 'bracket.sic', `sic around ${JSON.stringify(words)}`, this.printed(g), guess);
  }

  private omission(g: BracketGroup, next: BracketGroup | undefined, scope: Scope): boolean {
    const { text, block, ctx } = this;
    const gap = el('gap', { reason: 'omitted', resp: this.resp('translator') });
    this.span(g.start, g.end, gap, RANK.gap, 'bracket.omission', { replacement: [gap], reading: '' });
    const between = next ? text.slice(g.end, next.start) : '';
    const summary = next && /^\s*$/u.test(between) && !next.double && /\p{L}.*\s.*\p{L}/u.test(text.slice(next.innerStart, next.innerEnd)) && !STAMP_WORD.test(text.slice(next.innerStart, next.innerEnd).split(':')[0] ?? '');
    if (summary) {
      const hides = this.hideBrackets(next);
      this.span(next.start, next.end, el('note', { type: 'summary', place: 'inline', resp: this.resp('translator') }), RANK.container, 'bracket.omission-summary', { hides });
      decide(ctx, block, g.start, 'bracket.omission', 'gap reason="omitted" and note type="summary"', text.slice(g.start, next.end), { confidence: 'medium', alternatives: ['the second bracket as supplied words'] });
      this.groups(next.children, { inNote: true, end: next.innerEnd });
      return true;
    }
    decide(ctx, block, g.start, 'bracket.omission', 'gap reason="omitted"', this.printed(g));
    return false;
  }

  private note(g: BracketGroup, who: string, labelStart: number, labelEnd: number): void {
    const party = /^(?:trans|tr)/i.test(who) ? 'translator' : /^auth/i.test(who) ? 'author' : 'editor';
    const hides = this.hideBrackets(g);
    this.span(g.start, g.end, el('note', { type: party, place: 'inline', resp: this.resp(party) }), RANK.container, 'bracket.note', { hides });
    this.span(labelStart, labelEnd, el('seg', { type: 'label' }), RANK.label, 'bracket.note-label');
    decide(this.ctx, this.block, g.start, 'bracket.note', `note type="${party}"`, this.text.slice(g.start, Math.min(g.end, labelEnd + 20)));
    this.groups(this.childrenAfter(g, labelEnd), { inNote: true, end: g.innerEnd });
  }

  private stamp(g: BracketGroup, label: string, body: string, labelStart: number, labelEnd: number, scope: Scope): void {
    const type = stampType(label, body);
    const hides = this.hideBrackets(g);
    this.span(g.start, g.end, el('stamp', { type: type.value, cert: type.confidence === 'high' ? undefined : type.confidence, resp: this.resp() }), RANK.container, 'bracket.stamp', { hides });
    this.span(labelStart, labelEnd, el('seg', { type: 'label' }), RANK.label, 'bracket.stamp-label');
    decide(this.ctx, this.block, g.start, 'bracket.stamp', `stamp type="${type.value}"`, label, type.confidence === 'high' ? undefined : { confidence: type.confidence, alternatives: type.alternatives });
    this.groups(this.childrenAfter(g, labelEnd), { ...scope, end: g.innerEnd });
  }

  /** "[stamp]": a stamp whose legible text, if any, follows on the same line. */
  private stampMarker(g: BracketGroup, scope: Scope): void {
    const { text } = this;
    const lineEnd = Math.min(scope.end, text.indexOf('\n', g.end) < 0 ? text.length : text.indexOf('\n', g.end));
    const after = text.slice(g.end, lineEnd);
    const hiddenEnd = g.end + (after.length - after.trimStart().length);
    const hides = this.hide(g.start, hiddenEnd);
    const type = stampType('stamp', after);
    this.span(g.start, lineEnd, el('stamp', { type: type.value, cert: type.confidence === 'high' ? undefined : type.confidence, resp: this.resp() }), RANK.container, 'bracket.stamp-marker', { hides });
    decide(this.ctx, this.block, g.start, 'bracket.stamp-marker', `stamp type="${type.value}" around the rest of the line`, text.slice(g.start, lineEnd), { confidence: type.confidence, alternatives: type.alternatives });
  }

  private hand(g: BracketGroup, labelStart: number, labelEnd: number, scope: Scope): void {
    this.ctx.used.add('hand');
    const hides = this.hideBrackets(g);
    this.span(g.start, g.end, el('add', { hand: '#handwritten', resp: this.resp() }), RANK.container, 'bracket.handwritten', { hides });
    this.span(labelStart, labelEnd, el('seg', { type: 'label' }), RANK.label, 'bracket.handwritten-label');
    decide(this.ctx, this.block, g.start, 'bracket.handwritten', 'add hand="#handwritten"', this.printed(g).slice(0, 40));
    this.groups(this.childrenAfter(g, labelEnd), { ...scope, end: g.innerEnd });
  }

  /** "[handwritten]": what follows it is handwritten — the rest of its line, or the rest of the block when it stands alone. */
  private handMarker(g: BracketGroup, scope: Scope): void {
    const { text } = this;
    this.ctx.used.add('hand');
    const lineStart = text.lastIndexOf('\n', g.start - 1) + 1;
    const lineEnd = Math.min(scope.end, text.indexOf('\n', g.end) < 0 ? text.length : text.indexOf('\n', g.end));
    const alone = text.slice(lineStart, g.start).trim() === '' && text.slice(g.end, lineEnd).trim() === '';
    const end = alone ? scope.end : lineEnd;
    // The marker's word is kept as a label (only its brackets are hidden), so that every view prints it.
    const hides = this.hideBrackets(g);
    this.span(g.start, end, el('add', { hand: '#handwritten', resp: this.resp() }), RANK.container, 'bracket.handwritten-marker', { hides });
    this.span(g.innerStart, g.innerEnd, el('seg', { type: 'label' }), RANK.label, 'bracket.handwritten-label');
    decide(this.ctx, this.block, g.start, 'bracket.handwritten-marker', alone ? 'add hand="#handwritten" around the rest of the block' : 'add hand="#handwritten" around the rest of the line', this.printed(g), { confidence: 'medium', alternatives: [alone ? 'only the next line is handwritten' : 'the whole block is handwritten'] });
  }

  /** "Zh[ou]", "F[oreign]", "Gov[ernmen]t": the printed short form and the translator's expansion. */
  private expansion(g: BracketGroup): void {
    const { text } = this;
    let start = g.start;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    let end = g.end;
    while (end < text.length && (LETTER.test(text[end]!) || (text[end] === '[' && /^\[[\p{L}\p{M}'’.-]+\]/u.test(text.slice(end))))) {
      end = text[end] === '[' ? text.indexOf(']', end) + 1 : end + 1;
    }
    const word = text.slice(start, end);
    const abbr = word.replace(/\[[^\]]*\]/gu, '');
    const expanParts: XNode[] = [];
    for (const piece of word.split(/(\[[^\]]*\])/u)) {
      if (!piece) continue;
      expanParts.push(piece.startsWith('[') ? el('ex', {}, [piece.slice(1, -1)]) : piece);
    }
    const expansion = word.replace(/[[\]]/gu, '');
    const choice = el('choice', { resp: this.ctx.agents.importer }, [el('abbr', {}, [abbr]), el('expan', { resp: this.resp('translator') }, expanParts)]);
    this.layer.spans.push({ start, end, element: choice, rank: RANK.choice, rule: 'bracket.expansion', replacement: [choice], reading: expansion });
    decide(this.ctx, this.block, g.start, 'bracket.expansion', `choice: abbr ${JSON.stringify(abbr)}, expan ${JSON.stringify(expansion)}`, word);
  }

  private supplied(g: BracketGroup, scope: Scope): void {
    const { text } = this;
    const before = text.slice(Math.max(0, g.start - 40), g.start).trimEnd();
    const inner = text.slice(g.innerStart, g.innerEnd);
    let reason = 'implied-in-original';
    let rule = 'bracket.supplied';
    let guess: { confidence: 'medium' | 'low'; alternatives: string[] } | undefined;
    if (/[\p{Script=Hangul}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(before)) {
      [reason, rule] = ['romanisation', 'bracket.romanisation'];
    } else if (/(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*[”"’]?$/u.test(before) && /^\p{Lu}/u.test(inner)) {
      // A capitalised bracket after a name identifies who or what the name stands for.
      [reason, rule] = ['identification', 'bracket.identification'];
      guess = { confidence: 'medium', alternatives: ['supplied reason="implied-in-original"'] };
    }
    const hides = this.hideBrackets(g);
    this.span(g.start, g.end, el('supplied', { reason, resp: this.resp('translator') }), RANK.supplied, rule, { hides });
    decide(this.ctx, this.block, g.start, rule, `supplied reason="${reason}"`, this.printed(g), guess);
    this.groups(g.children, { ...scope, end: g.innerEnd });
  }

  /** True when the group stands inside quotation marks (quoted material in a note is transcribed, not interpreted). */
  private quoted(g: BracketGroup): boolean {
    const before = this.text[g.start - 1] ?? '';
    return /[“"‘'«„]/u.test(before);
  }

  private childrenAfter(g: BracketGroup, offset: number): BracketGroup[] {
    return g.children.filter((c) => c.start >= offset);
  }
}
