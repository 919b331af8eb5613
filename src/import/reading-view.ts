/**
 * The text the finders read: the block's text without what is not printed
 * (brackets, "[sic]"), with each abbreviation read as its expansion ("Zhou"
 * for "Zh[ou]") and line breaks read as spaces. Offsets found in it map back
 * to the block's text, so that names, dates and speech become spans there.
 */
import type { HiddenRange, InlineSpan } from './inline-span.js';

export interface ReadingView {
  text: string;
  /** For each character of `text`, where its source range starts and ends in the block's text. */
  from: Int32Array;
  to: Int32Array;
}

/** Builds the reading view of `blockText`. `hidden` and replaced spans must not overlap each other. */
export function readingView(blockText: string, hidden: readonly HiddenRange[], spans: readonly InlineSpan[]): ReadingView {
  const cuts = [
    ...hidden.map(([start, end]) => ({ start, end, reading: '' })),
    ...spans.filter((s) => s.replacement).map((s) => ({ start: s.start, end: s.end, reading: s.reading ?? '' })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  // The view is never longer than the block plus the expansions' readings.
  const capacity = blockText.length + cuts.reduce((n, c) => n + c.reading.length, 0);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let length = 0;
  let cursor = 0;
  const copy = (a: number, b: number) => {
    parts.push(blockText.slice(a, b).replace(/\n/g, ' '));
    for (let i = a; i < b; i++, length++) {
      from[length] = i;
      to[length] = i + 1;
    }
  };
  for (const cut of cuts) {
    if (cut.start < cursor) continue; // nested in an earlier cut
    copy(cursor, cut.start);
    parts.push(cut.reading);
    for (let i = 0; i < cut.reading.length; i++, length++) {
      from[length] = cut.start;
      to[length] = cut.end;
    }
    cursor = cut.end;
  }
  copy(cursor, blockText.length);
  return { text: parts.join(''), from: from.subarray(0, length), to: to.subarray(0, length) };
}

/** The block-text range of the reading range [start, end). */
export function toBlockRange(view: ReadingView, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < view.from.length ? view.from[start]! : view.to[view.to.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: view.from[start]!, end: view.to[end - 1]! };
}
