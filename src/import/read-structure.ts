/**
 * Reads the structure of a record from its blocks of lines: the head lines
 * (opener), the heading, the paragraphs — with speaker labels, numbered
 * points and participant lists recognised — the signature (closer), the
 * distribution list with its dateline, and footnotes after a rule. Each
 * decision is logged with the rule that made it.
 */
import {
  DISTRIBUTION, DISTRIBUTION_LABEL, FOOTNOTE, LETTER_SPACED_SOURCE, LIST_LABEL, NOT_SPEAKER, NUMBERED, PARTICIPANT, RULE_LINE, SPEAKER,
  isDateline, isOpenerLine, isShort, isSignatureLine, isTransmissionLine,
} from './block-patterns.js';
import { decide, type ImportContext } from './import-context.js';
import { parseBrackets } from './parse-brackets.js';
import { groupBlocks, makeBlock, type Block, type SourceLine } from './source-lines.js';

export interface NumberedItem {
  block: Block;
  /** Length of the printed label ("1." or "(2)") at the start of the block. */
  labelLength: number;
  printed: string;
  /** The item's number in sequence (differs from the printed one where the export flattened the numbering). */
  n: number;
}

export type Unit =
  | { kind: 'opener'; block: Block }
  | { kind: 'head'; block: Block }
  | { kind: 'p'; block: Block }
  /** A block that is only a stamp or a handwritten addition. */
  | { kind: 'ab'; block: Block; type: 'stamp' | 'addition' }
  | { kind: 'sp'; block: Block; labelEnd: number; speaker: string; stage?: { start: number; end: number } }
  | { kind: 'list'; items: NumberedItem[]; flattened: boolean }
  | { kind: 'participants'; label?: SourceLine; lines: SourceLine[] }
  | { kind: 'closer'; block: Block; dateline?: Block }
  | { kind: 'distribution'; block?: Block; dateline?: Block }
  /** A distribution or copy list inside the body (before the text, between paragraphs). */
  | { kind: 'distribution-list'; block: Block };

export interface RecordStructure {
  units: Unit[];
  footnotes: { marker: string; block: Block }[];
}

/** An opening bracket that starts a labelled mark: a stamp, a note, handwriting. */
const LABELLED_OPENING = /^\[\s*(?:[^:\]\n]{0,60}\b(?:stamps?|note|comment|hand-?written|handwriting|margin)\b[^:\]\n]{0,30}:|hand-?written\s*\])/iu;
const MARK_START = /^\[\s*(?:[^:\]\n]{0,60}\bstamps?\b[^:\]\n]{0,30}:|stamps?\s*\]|hand-?written\b|handwriting\b|marginal note)/iu;

/** Whether a block is only a mark (stamps, handwriting), and which. */
export function markKind(block: Block): 'stamp' | 'addition' | undefined {
  const m = MARK_START.exec(block.text);
  if (!m) return undefined;
  if (/^\[\s*hand-?written\s*\]\s*\n/iu.test(block.text)) return 'addition';
  let outside = block.text;
  for (const g of parseBrackets(block.text).groups.reverse()) outside = outside.slice(0, g.start) + outside.slice(g.end);
  if (outside.trim()) return undefined;
  return /stamp/iu.test(m[0]) ? 'stamp' : 'addition';
}

/** Joins blocks when a labelled mark opens in one and closes in a later one (a stamp or a note over several paragraphs). */
function mergeBracketSpans(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i]!;
    const open = parseBrackets(block.text).stray.some((s) => s.char === '[' && LABELLED_OPENING.test(block.text.slice(s.offset)));
    if (open) {
      for (let j = i + 1; j < Math.min(blocks.length, i + 6); j++) {
        const merged = makeBlock(blocks.slice(i, j + 1).flatMap((b) => b.lines));
        if (!parseBrackets(merged.text).stray.some((s) => s.char === '[')) {
          block = merged;
          i = j;
          break;
        }
      }
    }
    out.push(block);
  }
  return out;
}

const linesOf = (blocks: readonly Block[]) => blocks.flatMap((b) => b.lines);

/** Reads the structure of the record's lines. */
export function readStructure(lines: readonly SourceLine[], ctx: ImportContext): RecordStructure {
  const blocks = mergeBracketSpans(groupBlocks(lines));
  const units: Unit[] = [];
  const note = (block: Block, rule: string, encoded: string) => decide(ctx, block, 0, rule, encoded, block.lines[0]!.text.slice(0, 60));

  // Footnotes: after the last rule line, blocks that start with a marker ("x/", "*", "1/").
  const footnotes: RecordStructure['footnotes'] = [];
  const rule = blocks.findLastIndex((b) => b.lines.length === 1 && RULE_LINE.test(b.text));
  let end = blocks.length;
  if (rule >= 0 && rule < blocks.length - 1 && blocks.slice(rule + 1).every((b) => FOOTNOTE.test(b.lines[0]!.text))) {
    note(blocks[rule]!, 'structure.footnote-rule', 'not encoded (a printed rule before the footnotes)');
    for (const line of linesOf(blocks.slice(rule + 1))) {
      const m = FOOTNOTE.exec(line.text);
      if (m) footnotes.push({ marker: m.groups!.marker!, block: makeBlock([line]) });
      else if (footnotes.length) footnotes[footnotes.length - 1]!.block = makeBlock([...footnotes[footnotes.length - 1]!.block.lines, line]);
    }
    end = rule;
  }

  // Opener: the leading blocks made of head lines.
  let start = 0;
  const openerLines: SourceLine[] = [];
  while (start < end) {
    const b = blocks[start]!;
    const single = parseBrackets(b.text).groups.length === 1 && b.text.startsWith('[') && b.text.endsWith(']');
    if (!isOpenerLine(b.lines[0]!.text) || !(single || b.lines.every((l) => isTransmissionLine(l.text) || (l.text.length <= 120 && (isOpenerLine(l.text) || isShort(l.text)))))) break;
    openerLines.push(...b.lines);
    start++;
  }
  if (openerLines.length) {
    const block = makeBlock(openerLines);
    units.push({ kind: 'opener', block });
    note(block, 'structure.opener', `opener of ${openerLines.length} line(s)`);
  }

  // Heading: one short line that does not end a sentence, or a letter-spaced word, before the text.
  const candidate = blocks[start];
  if (candidate && start < end - 1 && candidate.lines.length <= 3 && candidate.text.length <= 240 && (!/[.;:,]$/u.test(candidate.text) || new RegExp(LETTER_SPACED_SOURCE, 'u').test(candidate.text))) {
    units.push({ kind: 'head', block: candidate });
    note(candidate, 'structure.head', 'head');
    start++;
  }

  // Tail: signature lines, then the distribution list and its dateline.
  let tail = end;
  // A block that starts with a distribution label is the list whole, however long its lines.
  const tailBlock = (b: Block) => DISTRIBUTION_LABEL.test(b.lines[0]!.text) || b.lines.every((l) => isSignatureLine(l.text) || DISTRIBUTION.test(l.text) || isDateline(l.text));
  while (tail > start + 1 && !markKind(blocks[tail - 1]!) && tailBlock(blocks[tail - 1]!)) tail--;
  const tailLines = linesOf(blocks.slice(tail, end));
  const firstDistribution = tailLines.findIndex((l) => DISTRIBUTION.test(l.text));
  const signature = firstDistribution < 0 ? tailLines : tailLines.slice(0, firstDistribution);
  const distribution = firstDistribution < 0 ? [] : tailLines.slice(firstDistribution);
  let closingDateline: SourceLine | undefined;
  if (distribution.length && isDateline(distribution[distribution.length - 1]!.text)) closingDateline = distribution.pop();
  let closerDateline: SourceLine | undefined;
  if (signature.length && isDateline(signature[signature.length - 1]!.text)) closerDateline = signature.pop();
  else if (signature.length > 1 && isDateline(signature[0]!.text)) closerDateline = signature.shift();

  // The body between.
  const body = blocks.slice(start, tail);
  const speakerBlocks = body.filter((b) => speakerLabel(b.text));
  const speakers = speakerBlocks.length >= 2;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    const participants = participantList(body, i);
    if (participants) {
      units.push({ kind: 'participants', ...(participants.label ? { label: participants.label } : {}), lines: participants.lines });
      note(makeBlock(participants.label ? [participants.label, ...participants.lines] : participants.lines), 'structure.participants', `listPerson of ${participants.lines.length}`);
      i += participants.blocks - 1;
      continue;
    }
    const list = numberedList(body, i);
    if (list) {
      units.push({ kind: 'list', items: list.items, flattened: list.flattened });
      decide(ctx, list.items[0]!.block, 0, list.flattened ? 'structure.list-flattened' : 'structure.list', `list type="numbered" of ${list.items.length}`, list.items.map((it) => it.printed).join(' '), list.flattened ? { confidence: 'medium', alternatives: ['separate paragraphs'] } : undefined);
      i += list.blocks - 1;
      continue;
    }
    if (DISTRIBUTION_LABEL.test(b.lines[0]!.text)) {
      units.push({ kind: 'distribution-list', block: b });
      note(b, 'structure.distribution', `list type="distribution" of ${b.lines.length} line(s)`);
      continue;
    }
    const mark = markKind(b);
    if (mark) {
      units.push({ kind: 'ab', block: b, type: mark });
      note(b, 'structure.mark', `ab type="${mark}"`);
      continue;
    }
    const label = speakers ? speakerLabel(b.text) : undefined;
    if (label) {
      units.push({ kind: 'sp', block: b, ...label });
      decide(ctx, b, 0, 'structure.speaker', `sp with speaker ${JSON.stringify(label.speaker)}`, b.text.slice(0, label.labelEnd), { confidence: 'medium' });
      continue;
    }
    units.push({ kind: 'p', block: b });
  }

  if (signature.length) {
    const block = makeBlock(signature);
    units.push({ kind: 'closer', block, ...(closerDateline ? { dateline: makeBlock([closerDateline]) } : {}) });
    note(block, 'structure.closer', `closer with signed of ${signature.length} line(s)`);
  } else if (closerDateline) units.push({ kind: 'closer', block: makeBlock([]), dateline: makeBlock([closerDateline]) });
  if (distribution.length || closingDateline) {
    const unit: Unit = { kind: 'distribution', ...(distribution.length ? { block: makeBlock(distribution) } : {}), ...(closingDateline ? { dateline: makeBlock([closingDateline]) } : {}) };
    units.push(unit);
    if (unit.block) note(unit.block, 'structure.distribution', `list type="distribution" of ${distribution.length} item(s)`);
    if (unit.dateline) note(unit.dateline, 'structure.dateline', 'dateline');
  }
  return { units, footnotes };
}

/** "North (KIM): …", "SECRETARY KISSINGER: …": a speaker label at the start of a paragraph. */
function speakerLabel(text: string): { labelEnd: number; speaker: string; stage?: { start: number; end: number } } | undefined {
  const m = SPEAKER.exec(text);
  if (!m) return undefined;
  const label = m.groups!.label!.trim();
  if (NOT_SPEAKER.test(label) || /^\d/.test(label)) return undefined;
  const caps = label === label.toUpperCase();
  const titled = label.split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w));
  if (!caps && !titled) return undefined;
  const stage = m.groups!.stage;
  const stageStart = stage ? m[0].indexOf(`(${stage})`) : -1;
  return { labelEnd: m[0].trimEnd().length, speaker: label, ...(stage ? { stage: { start: stageStart, end: stageStart + stage.length + 2 } } : {}) };
}

/** A participant list starting at body[i]: "Name (role)" lines, optionally after a label line ("Present:"). */
function participantList(body: readonly Block[], i: number): { label?: SourceLine; lines: SourceLine[]; blocks: number } | undefined {
  const lines: SourceLine[] = [];
  let label: SourceLine | undefined;
  let j = i;
  for (; j < body.length; j++) {
    const block = body[j]!;
    let ls = block.lines;
    if (j === i && LIST_LABEL.test(ls[0]!.text)) [label, ls] = [ls[0], ls.slice(1)];
    if (!ls.length && j === i) continue;
    if (!ls.every((l) => PARTICIPANT.test(l.text))) break;
    lines.push(...ls);
  }
  return lines.length >= 2 ? { ...(label ? { label } : {}), lines, blocks: j - i } : undefined;
}

/** A numbered list starting at body[i]: consecutive points "1.", "2." (or flattened "1.", "1."), one a block or one a line. */
function numberedList(body: readonly Block[], i: number): { items: NumberedItem[]; flattened: boolean; blocks: number } | undefined {
  const itemsOf = (block: Block): Block[] => {
    const starts = block.lines.map((l, k) => (NUMBERED.test(l.text) ? k : -1)).filter((k) => k >= 0);
    if (starts[0] !== 0) return [];
    return starts.map((s, k) => makeBlock(block.lines.slice(s, starts[k + 1] ?? block.lines.length)));
  };
  const blocks: Block[] = [];
  let j = i;
  for (; j < body.length; j++) {
    const items = itemsOf(body[j]!);
    if (!items.length) break;
    blocks.push(...items);
  }
  if (blocks.length < 2) return undefined;
  const numbers = blocks.map((b) => {
    const m = NUMBERED.exec(b.text)!;
    const g = m.groups!;
    return { printed: m[0].replace(/\s+\S$/u, ''), value: (g.n ?? g.p) !== undefined ? Number(g.n ?? g.p) : g.a!.charCodeAt(0) - 96 };
  });
  const sequential = numbers.every((x, k) => x.value === numbers[0]!.value + k);
  const flattened = !sequential && numbers.every((x) => x.value === numbers[0]!.value);
  if (!sequential && !flattened) return undefined;
  const items = blocks.map((block, k) => ({ block, labelLength: numbers[k]!.printed.length, printed: numbers[k]!.printed, n: numbers[0]!.value + k }));
  return { items, flattened, blocks: j - i };
}
