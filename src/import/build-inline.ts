/**
 * Encodes the text of one block: the bracket conventions first, then, on the
 * reading view they leave, names, dates, measures, the writer's remarks and
 * reported speech; the spans all proposed are nested into element content.
 * Every automatic element carries the importer in @resp, and a guess @cert.
 */
import { decide, type ImportContext } from './import-context.js';
import { findDates } from './find-dates.js';
import { findMeasures } from './find-measures.js';
import { findNames, type NameIndex, type NameMatch } from './find-names.js';
import { findRemarks } from './find-remarks.js';
import type { SaidMatch, SpeechReader } from './find-speech.js';
import { RANK, type HiddenRange, type InlineSpan } from './inline-span.js';
import { LETTER_SPACED_SOURCE, STAMP_LABEL_LINE } from './block-patterns.js';
import { stampType } from './stamp-type.js';
import { nestSpans } from './nest-spans.js';
import { readConventions } from './read-conventions.js';
import { readingView, toBlockRange } from './reading-view.js';
import type { Block } from './source-lines.js';
import { el, type XNode } from './xml-node.js';

export interface InlineOptions {
  /** Reads reported speech (paragraphs of the text). */
  speech?: SpeechReader;
  /** Reads the writer's remarks (paragraphs, items, speeches). */
  remarks?: boolean;
  /** Spans and hidden ranges the caller adds (a list label, a footnote, call numbers). */
  spans?: InlineSpan[];
  hidden?: HiddenRange[];
  /** Line breaks as lb (default) or spaces. */
  lineBreaks?: 'lb' | 'space';
}

const NAME_ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

/** Encodes `block`; returns the element content. */
export function buildInline(block: Block, ctx: ImportContext, index: NameIndex, options: InlineOptions = {}): XNode[] {
  const importer = ctx.agents.importer;
  const layer = readConventions(block, ctx);
  const hidden = [...layer.hidden, ...(options.hidden ?? [])];
  const spans: InlineSpan[] = [...layer.spans, ...(options.spans ?? []), ...letterSpaced(block, ctx), ...stampLines(block, ctx)];
  const view = readingView(block.text, hidden, spans);
  const at = (start: number, end: number) => toBlockRange(view, start, end);
  const printed = (start: number, end: number) => view.text.slice(start, end);

  const names = findNames(view.text, index);
  for (const n of names) {
    const range = at(n.start, n.end);
    // Every name says how sure the importer is: a guessed entry stays as sure as the rule that found it, wherever it is found.
    const cert = n.confidence ?? n.entity.cert;
    ctx.registry.use(n.entity.id);
    const element = el(NAME_ELEMENT[n.entity.type], { ref: `#${n.entity.id}`, resp: importer, cert });
    // The rule names where the entry came from: the names file or the header ("names.list"), the gazetteer, or a guess by rule.
    const rule = n.entity.source === 'names-file' || n.entity.source === 'header' ? n.rule : `names.${n.entity.source}`;
    spans.push({ ...range, element, rank: RANK.name, rule });
    decide(ctx, block, range.start, rule, `${element.name} ref="#${n.entity.id}"`, printed(n.start, n.end), cert !== 'high' ? { confidence: cert, alternatives: ['not a name', 'a name of another entry'] } : undefined);
  }
  for (const d of findDates(view.text, ctx.reference)) {
    const range = at(d.start, d.end);
    const value = d.when ? `when="${d.when}"` : `notBefore="${d.notBefore}" notAfter="${d.notAfter}"`;
    spans.push({ ...range, element: el('date', { when: d.when, notBefore: d.notBefore, notAfter: d.notAfter, resp: importer, cert: d.confidence === 'high' ? undefined : d.confidence }), rank: RANK.date, rule: d.rule });
    decide(ctx, block, range.start, d.rule, `date ${value}`, printed(d.start, d.end), d.confidence === 'high' ? undefined : { confidence: d.confidence, alternatives: d.alternatives });
  }
  for (const m of findMeasures(view.text)) {
    const range = at(m.start, m.end);
    spans.push({ ...range, element: el('measure', { type: m.type, quantity: m.quantity, unit: m.unit, resp: importer }), rank: RANK.measure, rule: 'measure' });
    decide(ctx, block, range.start, 'measure', `measure type="${m.type}" quantity="${m.quantity}" unit="${m.unit}"`, printed(m.start, m.end));
  }
  const remarks = options.remarks || options.speech ? findRemarks(view.text) : [];
  for (const r of remarks) {
    const range = at(r.start, r.end);
    ctx.used.add('author');
    spans.push({ ...range, element: el('note', { type: 'authorial', subtype: r.subtype, place: 'inline', resp: `${ctx.agents.author} ${importer}`, cert: r.confidence === 'high' ? undefined : r.confidence }), rank: RANK.remark, rule: r.rule });
    decide(ctx, block, range.start, r.rule, `note type="authorial" subtype="${r.subtype}"`, printed(r.start, r.end).slice(0, 60), r.confidence === 'high' ? undefined : { confidence: r.confidence, alternatives: ['a gloss of the sentence, left as text'] });
  }
  if (options.speech) {
    const said = options.speech.read(view.text, names, remarks);
    spans.push(...saidSpans(said, view, block, ctx, printed));
  }

  const { children, dropped } = nestSpans(block.text, hidden, spans, { lineBreaks: options.lineBreaks ?? 'lb' });
  for (const d of dropped) decide(ctx, block, d.start, 'nesting.crossing', `${d.element.name} not encoded: it crosses another element`, block.text.slice(d.start, d.end).slice(0, 60), { confidence: 'low' });
  return children;
}

/** said spans, with xml:id, next and prev on chained parts. */
function saidSpans(said: readonly SaidMatch[], view: ReturnType<typeof readingView>, block: Block, ctx: ImportContext, printed: (s: number, e: number) => string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const s of said) {
    const range = toBlockRange(view, s.start, s.end);
    ctx.registry.use(s.who.id, 'speaker');
    const attrs: Record<string, string | undefined> = { who: `#${s.who.id}`, direct: String(s.direct), resp: ctx.agents.importer, cert: s.confidence };
    if (s.chain !== undefined) {
      const part = ctx.chains.get(s.chain) ?? [];
      const id = `s-${s.chain}-${part.length + 1}`;
      attrs['xml:id'] = id;
      const previous = part[part.length - 1];
      if (previous) {
        attrs.prev = `#${previous.attrs['xml:id']}`;
        previous.attrs.next = `#${id}`;
      }
      const element = el('said', attrs);
      part.push(element);
      ctx.chains.set(s.chain, part);
      spans.push({ ...range, element, rank: RANK.said, rule: s.rule });
    } else spans.push({ ...range, element: el('said', attrs), rank: RANK.said, rule: s.rule });
    decide(ctx, block, range.start, s.rule, `said who="#${s.who.id}" direct="${s.direct}"`, printed(s.start, Math.min(s.end, s.start + 60)), { confidence: s.confidence, alternatives: ['narration, not reported speech'] });
  }
  return spans;
}

/** Lines that name a stamp without brackets ("MFA stamp: Received 12.III.53"): the line is the stamp, its label a seg. */
function stampLines(block: Block, ctx: ImportContext): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let offset = 0;
  for (const line of block.lines) {
    const m = STAMP_LABEL_LINE.exec(line.text);
    if (m) {
      const type = stampType(m.groups!.label!, line.text.slice(m[0].length));
      spans.push({ start: offset, end: offset + line.text.length, element: el('stamp', { type: type.value, cert: type.confidence === 'high' ? undefined : type.confidence, resp: ctx.agents.importer }), rank: RANK.container, rule: 'stamp.line' });
      spans.push({ start: offset, end: offset + m[0].trimEnd().length, element: el('seg', { type: 'label' }), rank: RANK.label, rule: 'stamp.line-label' });
      decide(ctx, block, offset, 'stamp.line', `stamp type="${type.value}"`, line.text.slice(0, 60));
    }
    offset += line.text.length + 1;
  }
  return spans;
}

/** Letter-spaced words ("N o t e"): kept as printed, with a regularised form and a note saying so. */
function letterSpaced(block: Block, ctx: ImportContext): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (const m of block.text.matchAll(new RegExp(LETTER_SPACED_SOURCE, 'gu'))) {
    const regular = m[0].replace(/ /g, '');
    const form = regular === regular.toUpperCase() && regular.length > 1 ? regular[0] + regular.slice(1).toLowerCase() : regular;
    const id = `c-spaced-${++ctx.counters.spaced}`;
    const choice = el('choice', { 'xml:id': id }, [
      el('orig', {}, [el('hi', { rend: 'letter-spaced' }, [m[0]])]),
      el('reg', { resp: ctx.agents.importer, cert: 'high' }, [form]),
    ]);
    const note = el('note', { type: 'editorial', resp: ctx.agents.importer, place: 'foot', target: `#${id}` }, [`Printed letter-spaced (“${m[0]}”); regularised as “${form}”.`]);
    spans.push({ start: m.index, end: m.index + m[0].length, element: choice, rank: RANK.choice, rule: 'letter-spacing', replacement: [choice, note], reading: form });
    decide(ctx, block, m.index, 'letter-spacing', `choice: orig hi rend="letter-spaced", reg ${JSON.stringify(form)}`, m[0]);
  }
  return spans;
}

export type { NameMatch };
