/**
 * What every stage of one import shares: where decisions go, who is
 * responsible for what (pointers into the draft's header), the names found so
 * far, and the record's reference date.
 */
import { DecisionLog, type Confidence } from './decision.js';
import type { ReferenceDate } from './find-dates.js';
import type { EntityRegistry } from './entity-registry.js';
import { locate, type Block } from './source-lines.js';
import type { XElement } from './xml-node.js';

/** Pointers ("#id") to the parties the draft's @resp values name. */
export interface Agents {
  /** The importer's respStmt: every automatic decision. */
  importer: string;
  /** The translator, for his marks ([sic], [words], Zh[ou]). */
  translator: string;
  /** The author, for his own remarks and footnotes. */
  author: string;
  /** The editors of the published text, for "[Ed. note: …]". */
  editor: string;
}

/** A bracket form the importer did not recognise: kept as printed, listed in the report. */
export interface Unrecognised {
  line: number;
  column: number;
  text: string;
  why: string;
}

export interface ImportContext {
  file: string;
  log: DecisionLog;
  agents: Agents;
  registry: EntityRegistry;
  reference?: ReferenceDate;
  unrecognised: Unrecognised[];
  /** Which agents the draft actually points to (their header entries are generated on demand). */
  used: Set<keyof Agents | 'hand'>;
  /** The parts of each chained utterance, for next/prev. */
  chains: Map<number, XElement[]>;
  /** Counters for generated identifiers. */
  counters: { spaced: number };
}

/** Records a decision at `offset` of `block`. */
export function decide(
  ctx: ImportContext,
  block: Block,
  offset: number,
  rule: string,
  encoded: string,
  text: string,
  guess?: { confidence: Confidence; alternatives?: string[] },
): void {
  const at = locate(block, offset);
  ctx.log.add({
    line: at.line,
    column: at.column,
    rule,
    encoded,
    text,
    ...(guess ? { confidence: guess.confidence, ...(guess.alternatives?.length ? { alternatives: guess.alternatives } : {}) } : {}),
  });
}

/** Records a bracket form left as printed. */
export function unrecognised(ctx: ImportContext, block: Block, offset: number, text: string, why: string): void {
  const at = locate(block, offset);
  ctx.unrecognised.push({ ...at, text, why });
  ctx.log.add({ ...at, rule: 'bracket.unrecognised', encoded: 'kept as text', text });
}
