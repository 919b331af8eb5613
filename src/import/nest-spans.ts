/**
 * Turns a block's text and the spans proposed over it into element content:
 * spans nest by containment (equal ranges by rank), hidden ranges are left
 * out, line breaks become lb. A span that crosses another cannot be
 * expressed in XML; it is dropped and reported, and its text stays.
 */
import type { HiddenRange, InlineSpan } from './inline-span.js';
import { el, type XElement, type XNode } from './xml-node.js';

export interface NestResult {
  children: XNode[];
  /** Spans left out because they crossed an outer one. */
  dropped: InlineSpan[];
}

export interface NestOptions {
  /** How a line break of the block is written: an lb element (default) or a space. */
  lineBreaks?: 'lb' | 'space';
}

/** Extends spans over hidden ranges at their edges, so that "[will do so]" and a span starting at its first word nest. */
function snap(spans: InlineSpan[], hidden: readonly HiddenRange[]): void {
  const byEnd = new Map<number, number>();
  const byStart = new Map<number, number>();
  for (const [s, e] of hidden) {
    byEnd.set(e, Math.min(s, byEnd.get(e) ?? s));
    byStart.set(s, Math.max(e, byStart.get(s) ?? e));
  }
  for (const span of spans) {
    if (span.replacement) continue;
    for (let s = byEnd.get(span.start); s !== undefined && s < span.start; s = byEnd.get(span.start)) span.start = s;
    for (let e = byStart.get(span.end); e !== undefined && e > span.end; e = byStart.get(span.end)) span.end = e;
  }
}

/** The spans that nest (a dry run of the nesting below, on sorted spans). */
function keptSpans(spans: readonly InlineSpan[]): Set<InlineSpan> {
  const kept = new Set<InlineSpan>();
  const stack: { end: number; replaced: boolean }[] = [{ end: Infinity, replaced: false }];
  for (const span of spans) {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= span.start) stack.pop();
    const top = stack[stack.length - 1]!;
    if (span.end > top.end || top.replaced || span.end < span.start) continue;
    kept.add(span);
    stack.push({ end: span.end, replaced: Boolean(span.replacement) });
  }
  return kept;
}

/** Nests `spans` over `text`. */
export function nestSpans(text: string, hidden: readonly HiddenRange[], input: readonly InlineSpan[], options: NestOptions = {}): NestResult {
  const spans = input.map((s) => (s.replacement ? { ...s } : { ...s, element: { ...s.element, children: [] as XNode[] } }));
  snap(spans, hidden);
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  // A span that cannot nest is dropped; the brackets it hid are printed again, so that no word is lost.
  const kept = keptSpans(spans);
  const restored = new Set(spans.filter((s) => !kept.has(s)).flatMap((s) => (s.hides ?? []).map(([a, b]) => `${a}:${b}`)));
  const hiddenSorted = hidden.filter(([a, b]) => !restored.has(`${a}:${b}`)).sort((a, b) => a[0] - b[0]);
  const root: XElement = el('root');
  const stack: { end: number; node: XElement; replaced: boolean }[] = [{ end: text.length, node: root, replaced: false }];
  const dropped: InlineSpan[] = [];
  let cursor = 0;
  let h = 0;

  const emit = (to: number) => {
    const top = stack[stack.length - 1]!;
    if (to <= cursor) return;
    if (top.replaced) {
      cursor = to;
      return;
    }
    let piece = '';
    for (let i = cursor; i < to; i++) {
      while (h < hiddenSorted.length && hiddenSorted[h]![1] <= i) h++;
      const range = hiddenSorted[h];
      if (range && range[0] <= i && i < range[1]) {
        i = range[1] - 1;
        continue;
      }
      const c = text[i]!;
      if (c === '\n') {
        if (options.lineBreaks === 'space') piece += ' ';
        else {
          piece += '\n';
          if (piece) top.node.children.push(piece);
          piece = '';
          top.node.children.push(el('lb'));
        }
      } else piece += c;
    }
    if (piece) top.node.children.push(piece);
    cursor = to;
  };
  const close = () => {
    emit(stack[stack.length - 1]!.end);
    stack.pop();
  };

  for (const span of spans) {
    if (!kept.has(span)) {
      dropped.push(span);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.end <= span.start) close();
    const top = stack[stack.length - 1]!;
    emit(span.start);
    const node = span.element;
    top.node.children.push(...(span.replacement ?? [node]));
    stack.push({ end: span.end, node, replaced: Boolean(span.replacement) });
  }
  while (stack.length > 1) close();
  emit(text.length);
  return { children: mergeText(root.children), dropped };
}

/** Joins adjacent text nodes. */
function mergeText(nodes: XNode[]): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n;
    else out.push(typeof n === 'string' ? n : { ...n, children: mergeText(n.children) });
  }
  return out;
}
