/**
 * Builds the text of the draft from the record's structure: opener (with
 * call numbers and attachment numbers as idno), head, paragraphs p1…pN,
 * speeches (sp with speaker, stage and @who), numbered lists, participant
 * lists, footnotes at their markers, the closer and, in back, the
 * distribution list with its dateline.
 */
import { ATTACHMENT, CALL_NUMBER, OUTGOING_NUMBER, isTransmissionLine } from './block-patterns.js';
import { splitDistributionLine } from './distribution-items.js';
import { buildInline } from './build-inline.js';
import { formKey, type Entity } from './entity-registry.js';
import type { NameIndex } from './find-names.js';
import { SpeechReader } from './find-speech.js';
import { decide, type ImportContext } from './import-context.js';
import { RANK, type InlineSpan } from './inline-span.js';
import type { RecordStructure, Unit } from './read-structure.js';
import { LEADING_TITLES, TITLES } from './lexicon.js';
import { makeBlock, type Block } from './source-lines.js';
import { el, type XElement, type XNode } from './xml-node.js';

/** Builds `text` (body and, when needed, back). */
export function buildText(structure: RecordStructure, ctx: ImportContext, index: NameIndex, author?: Entity): XElement {
  const speech = new SpeechReader(author);
  const importer = ctx.agents.importer;
  const body: XNode[] = [];
  const back: XNode[] = [];
  let p = 0;
  const footnotes = [...structure.footnotes];
  const inline = (block: Block, options: Parameters<typeof buildInline>[3] = {}) => buildInline(block, ctx, index, { ...options, spans: [...(options.spans ?? []), ...footnoteSpans(block, footnotes, ctx, index)] });

  for (const unit of structure.units) {
    switch (unit.kind) {
      case 'opener':
        body.push(el('opener', { resp: importer }, inline(unit.block, { spans: openerSpans(unit.block, importer) })));
        break;
      case 'head':
        body.push(el('head', { resp: importer }, inline(unit.block)));
        break;
      case 'p':
        body.push(el('p', { 'xml:id': `p${++p}` }, inline(unit.block, { speech })));
        break;
      case 'ab':
        body.push(el('ab', { type: unit.type, resp: importer }, inline(unit.block)));
        break;
      case 'sp':
        body.push(speechUnit(unit, ctx, index, `p${++p}`, speech));
        break;
      case 'list':
        body.push(el('list', { type: 'numbered', resp: importer }, unit.items.flatMap((item) => [
          el('label', {}, [item.printed]),
          el('item', { n: String(item.n) }, inline(item.block, { speech, hidden: [[0, item.labelLength + (item.block.text[item.labelLength] === ' ' ? 1 : 0)]] })),
        ])));
        break;
      case 'distribution-list':
        body.push(distributionList(unit.block, { resp: importer }, inline));
        break;
      case 'participants':
        body.push(participants(unit, ctx, index));
        break;
      case 'closer': {
        const children: XNode[] = [];
        if (unit.dateline && unit.block.lines.length && unit.dateline.lines[0]!.no < unit.block.lines[0]!.no) children.push(el('dateline', {}, inline(unit.dateline)));
        if (unit.block.lines.length) children.push(el('signed', {}, inline(unit.block, { spans: outgoingSpans(unit.block, importer) })));
        if (unit.dateline && !(unit.block.lines.length && unit.dateline.lines[0]!.no < unit.block.lines[0]!.no)) children.push(el('dateline', {}, inline(unit.dateline)));
        body.push(el('closer', { resp: importer }, children));
        break;
      }
      case 'distribution': {
        const children: XNode[] = [];
        if (unit.block) children.push(distributionList(unit.block, {}, inline));
        if (unit.dateline) children.push(el('dateline', {}, inline(unit.dateline)));
        back.push(el('div', { type: 'distribution', resp: importer }, children));
        break;
      }
    }
  }
  if (footnotes.length) {
    // Footnotes whose marker the text does not show: kept, in order, at the end.
    back.push(el('div', { type: 'notes', resp: importer }, footnotes.map((f) => footnote(f, ctx, index))));
    for (const f of footnotes) decide(ctx, f.block, 0, 'footnote.unanchored', 'note in back/div type="notes"', f.block.text.slice(0, 40), { confidence: 'low' });
  }
  if (!body.length) body.push(el('p', { 'xml:id': 'p1' }));
  return el('text', {}, [el('body', {}, body), ...(back.length ? [el('back', {}, back)] : [])]);
}

/** A distribution list: a line's label before its run-on recipients as head (first line) or item, each recipient an item. */
function distributionList(block: Block, attrs: Record<string, string>, inline: (block: Block, options?: Parameters<typeof buildInline>[3]) => XNode[]): XElement {
  const children: XElement[] = [];
  block.lines.forEach((line, i) => {
    const lineBlock = makeBlock([line]);
    const only = ([s, e]: [number, number]) => inline(lineBlock, { hidden: [[0, s], [e, line.text.length]].filter(([a, b]) => b! > a!) as [number, number][] });
    const parts = splitDistributionLine(line.text);
    if (parts.label) children.push(el(i === 0 ? 'head' : 'item', {}, only(parts.label)));
    for (const item of parts.items) children.push(el('item', {}, only(item)));
  });
  return el('list', { type: 'distribution', ...attrs }, children);
}

/** An outgoing number under the signature ("No. 1476/sh") as idno. */
function outgoingSpans(block: Block, importer: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let offset = 0;
  for (const line of block.lines) {
    const m = OUTGOING_NUMBER.exec(line.text);
    if (m) {
      const at = offset + line.text.indexOf(m.groups!.number!);
      spans.push({ start: at, end: at + m.groups!.number!.length, element: el('idno', { type: 'outgoing', resp: importer }), rank: RANK.supplied, rule: 'closer.outgoing-number' });
    }
    offset += line.text.length + 1;
  }
  return spans;
}

/** Call numbers and attachment numbers of the opener's lines as idno; the lines of a transmission log as dateline. */
function openerSpans(block: Block, importer: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let offset = 0;
  for (const line of block.lines) {
    if (isTransmissionLine(line.text)) spans.push({ start: offset, end: offset + line.text.length, element: el('dateline', { resp: importer }), rank: RANK.container, rule: 'opener.transmission' });
    else if (CALL_NUMBER.test(line.text)) spans.push({ start: offset, end: offset + line.text.length, element: el('idno', { type: 'callNumber', resp: importer }), rank: RANK.supplied, rule: 'opener.call-number' });
    const att = ATTACHMENT.exec(line.text);
    if (att) {
      const number = att.groups!.number!.replace(/[.,;]$/u, '');
      const at = offset + line.text.lastIndexOf(number);
      spans.push({ start: at, end: at + number.length, element: el('idno', { type: 'attachmentTo', resp: importer }), rank: RANK.supplied, rule: 'opener.attachment' });
    }
    offset += line.text.length + 1;
  }
  return spans;
}

/** A footnote as a note at its marker in `block`; the marker is kept as @n. Consumes the footnote from `pending`. */
function footnoteSpans(block: Block, pending: RecordStructure['footnotes'], ctx: ImportContext, index: NameIndex): InlineSpan[] {
  const spans: InlineSpan[] = [];
  for (let i = 0; i < pending.length; i++) {
    const f = pending[i]!;
    const escaped = f.marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const m = new RegExp(`(?<=[\\p{L}\\p{N}.,;:)”"’]\\s?)${escaped}(?=\\s|$|[.,;:])`, 'u').exec(block.text);
    if (!m) continue;
    const note = footnote(f, ctx, index);
    spans.push({ start: m.index, end: m.index + m[0].length, element: note, rank: RANK.choice, rule: 'footnote', replacement: [note], reading: '' });
    decide(ctx, block, m.index, 'footnote', `note type="footnote" n="${f.marker}" place="foot"`, f.marker);
    pending.splice(i--, 1);
  }
  return spans;
}

function footnote(f: RecordStructure['footnotes'][number], ctx: ImportContext, index: NameIndex): XElement {
  ctx.used.add('author');
  const markerLength = f.marker.length + (f.block.text[f.marker.length] === ' ' ? 1 : 0);
  return el('note', { type: 'footnote', n: f.marker, place: 'foot', resp: `${ctx.agents.author} ${ctx.agents.importer}` }, buildInline(f.block, ctx, index, { hidden: [[0, markerLength]] }));
}

/** A paragraph with a speaker label: sp, speaker (and stage for the parenthesis), the words as p. */
function speechUnit(unit: Extract<Unit, { kind: 'sp' }>, ctx: ImportContext, index: NameIndex, id: string, speech: SpeechReader): XElement {
  const text = unit.block.text;
  const stage = unit.stage;
  const who = speakerEntity(unit.speaker, stage ? text.slice(stage.start + 1, stage.end - 1) : undefined, ctx);
  ctx.registry.use(who.entity.id, 'speaker');
  decide(ctx, unit.block, 0, 'speech.speaker', `sp who="#${who.entity.id}"`, text.slice(0, unit.labelEnd), { confidence: who.confidence, alternatives: ['a heading, not a speaker'] });
  // The parenthesis is a stage direction beside the speaker (TEI allows no stage inside speaker); the colon stays with the label's last part.
  const labelText = (stage ? text.slice(0, stage.start) : text.slice(0, unit.labelEnd)).trimEnd();
  const cert = who.entity.source === 'guess' ? who.confidence : who.entity.cert;
  const inStage = stage !== undefined && who.printed === text.slice(stage.start + 1, stage.end - 1);
  const speaker = el('speaker', {}, namedLabel(labelText, inStage ? undefined : who.printed, who.entity, cert, ctx.agents.importer));
  const stageElement = stage ? el('stage', {}, namedLabel(text.slice(stage.start, unit.labelEnd).trimEnd(), inStage ? who.printed : undefined, who.entity, cert, ctx.agents.importer)) : undefined;
  const rest = text.slice(unit.labelEnd).replace(/^\s+/u, '');
  const restStart = text.length - rest.length;
  const words = buildInline(unit.block, ctx, index, { speech, remarks: true, hidden: [[0, restStart]] });
  return el('sp', { who: `#${who.entity.id}`, resp: ctx.agents.importer, cert: who.confidence === 'high' ? undefined : who.confidence }, [speaker, ...(stageElement ? [stageElement] : []), el('p', { 'xml:id': id }, words)]);
}

/** The person a speaker label names: the parenthesis when it is a name ("North (KIM)"), else the label without titles. */
function speakerEntity(label: string, stage: string | undefined, ctx: ImportContext): { entity: Entity; confidence: 'high' | 'medium' | 'low'; printed?: string } {
  const titleCase = (s: string) => (s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : s);
  const untitled = titleCase(label).replace(LEADING_TITLES, '');
  const candidates = [stage && /^[\p{Lu}][\p{L}\p{M}.'’ -]{0,40}$/u.test(stage) && !/\s\p{Ll}/u.test(stage) ? stage : undefined, untitled === titleCase(label) ? undefined : untitled, label].filter((c): c is string => Boolean(c));
  // The label names a person unless it is only a title ("Ambassador:", "Chairman:"): that part is printed as the person's name.
  const printed = (c: string) => (TITLES.has(titleCase(c)) || TITLES.has(c) ? {} : { printed: c });
  for (const c of candidates) {
    const known = ctx.registry.all().find((e) => e.type === 'person' && e.forms.some((f) => formKey(f).toLowerCase() === formKey(c).toLowerCase() || formKey(f).toLowerCase() === formKey(titleCase(c)).toLowerCase()));
    if (known) return { entity: known, confidence: 'high', ...printed(c) };
  }
  const form = titleCase(candidates[0]!);
  return { entity: ctx.registry.add({ type: 'person', form, source: 'guess' }), confidence: 'low', ...printed(candidates[0]!) };
}

/** `text` with the part that prints the speaker's name (compared without case) as persName. */
function namedLabel(text: string, printed: string | undefined, who: Entity, cert: string, importer: string): XNode[] {
  const at = printed ? text.toLowerCase().indexOf(printed.toLowerCase()) : -1;
  if (!printed || at < 0) return [text];
  return [text.slice(0, at), el('persName', { ref: `#${who.id}`, resp: importer, cert }, [text.slice(at, at + printed.length)]), text.slice(at + printed.length)].filter((n) => n !== '');
}

/** "Name (role)" lines as listPerson, each person's name pointing to its entry. */
function participants(unit: Extract<Unit, { kind: 'participants' }>, ctx: ImportContext, index: NameIndex): XElement {
  const people: XNode[] = [];
  if (unit.label) people.push(el('head', {}, [unit.label.text]));
  for (const line of unit.lines) {
    const m = /^(?<name>.+?)\s*\((?<role>[^()]+)\)(?<end>[.,;]?)$/u.exec(line.text)!;
    const name = m.groups!.name!.replace(LEADING_TITLES, '');
    const known = ctx.registry.findByForm(name, 'person');
    const entity = known ?? ctx.registry.add({ type: 'person', form: name, source: 'guess' });
    ctx.registry.use(entity.id, 'participant');
    if (!entity.occupations.includes(m.groups!.role!)) entity.occupations.push(m.groups!.role!);
    const block = makeBlock([line]);
    decide(ctx, block, 0, 'participants.person', `person: persName ref="#${entity.id}", occupation`, line.text, known ? undefined : { confidence: 'low', alternatives: ['another person of the same name'] });
    const title = m.groups!.name!.slice(0, m.groups!.name!.length - name.length);
    const printedName = title ? [el('roleName', {}, [title.trimEnd()]), title.slice(title.trimEnd().length), name] : [name];
    people.push(el('person', {}, [el('persName', { ref: `#${entity.id}`, resp: ctx.agents.importer, cert: known ? entity.cert : 'low' }, printedName), el('occupation', {}, [m.groups!.role!])]));
    void index;
  }
  return el('listPerson', { type: 'participants', resp: ctx.agents.importer }, people);
}
