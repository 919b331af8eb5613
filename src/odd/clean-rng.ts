/**
 * The TEI's clean-up of the generated grammar (odd2relax passes 2 and 4),
 * which decides what deleting a specification means for the patterns that
 * named it: a reference to an undefined pattern disappears (or becomes
 * `empty` when it was alone), a choice or group left with nothing to match
 * becomes `empty`, an emptied repetition disappears. Unreferenced defines
 * (other than elements) are dropped.
 */
import { isNode, kids, r, type RChild, type RNode } from './rng-node.js';

/** Pass 2: references to undefined patterns removed, or `empty` where they were the only child. */
function zap(node: RNode, defined: ReadonlySet<string>): RNode {
  if (!node.c) return node;
  const elementCount = kids(node).length;
  const c: RChild[] = [];
  for (const child of node.c) {
    if (!isNode(child)) c.push(child);
    else if (child.n === 'ref' && !defined.has(child.a!.name!)) {
      if (elementCount === 1) c.push(r('empty'));
    } else c.push(zap(child, defined));
  }
  return { ...node, c };
}

function hasDescendant(node: RNode, names: ReadonlySet<string>): boolean {
  return kids(node).some((k) => names.has(k.n) || hasDescendant(k, names));
}

const ELEMENT_CONTENT = new Set(['text', 'ref', 'anyName', 'attribute', 'data', 'name', 'value']);
const CHOICE_CONTENT = new Set(['ref', 'text', 'data']);

/** Pass 4 on one node: the nodes that stand in its place. */
function tidy(node: RNode, next: RNode | undefined): RNode[] {
  const children = () => {
    const list = node.c ?? [];
    const out: RChild[] = [];
    for (let i = 0; i < list.length; i++) {
      const child = list[i]!;
      if (!isNode(child)) out.push(child);
      else out.push(...tidy(child, list.slice(i + 1).find(isNode)));
    }
    return out;
  };
  const elements = kids(node);
  switch (node.n) {
    case 'element':
    case 'list': {
      const c = children();
      const meaningful = c.some((x) => isNode(x) && (ELEMENT_CONTENT.has(x.n) || hasDescendant(x, ELEMENT_CONTENT)));
      return [{ ...node, c: meaningful ? c : [...c.filter((x) => !isNode(x)), r('empty')] }];
    }
    case 'group':
    case 'choice':
      if (node.n === 'group' && elements.length === 1) return children().filter(isNode);
      if (elements.some((k) => k.n === 'value' || k.n === 'name') || hasDescendant(node, CHOICE_CONTENT)) return [{ ...node, c: children() }];
      return [r('empty')];
    case 'optional':
    case 'zeroOrMore':
    case 'oneOrMore': {
      if (!elements.length) return [];
      if (elements.length === 1 && elements[0]!.n === 'empty') return [];
      if (elements.length === 1) {
        const only = elements[0]!;
        const what = only.n === 'ref' ? only.a!.name : undefined;
        const nextOnly = next && kids(next).length === 1 ? kids(next)[0]! : undefined;
        if (what !== undefined && nextOnly) {
          if (kids(nextOnly).some((k) => k.n === 'ref' && k.a?.name === what)) return [];
          if (nextOnly.n === 'group' && kids(nextOnly).length === 1 && kids(kids(nextOnly)[0]!).some((k) => k.n === 'ref' && k.a?.name === what)) return [];
        }
        if (only.n === 'zeroOrMore') return children().filter(isNode);
        if (only.n === 'group' && kids(only).length === 1 && kids(only)[0]!.n === 'zeroOrMore') return children().filter(isNode);
      }
      return [{ ...node, c: children() }];
    }
    default:
      return node.c ? [{ ...node, c: children() }] : [node];
  }
}

function collectRefs(node: RNode, into: Set<string>): void {
  if (node.n === 'ref') into.add(node.a!.name!);
  for (const k of kids(node)) collectRefs(k, into);
}

const isElementDefine = (d: RNode) => kids(d).some((k) => k.n === 'element');

/** Cleans the grammar; returns the defines to write and the start. */
export function cleanRng(defines: RNode[], start: RNode): { defines: RNode[]; start: RNode } {
  const defined = new Set(defines.map((d) => d.a!.name!));
  let result = defines.map((d) => zap(d, defined)).flatMap((d) => tidy(d, undefined));
  const startChoice = kids(start)[0];
  const startRefs = startChoice ? kids(startChoice).filter((k) => k.n === 'ref' && defined.has(k.a!.name!)) : [];
  const cleanStart = r('start', undefined, [startRefs.length === 1 ? startRefs[0] : r('choice', undefined, startRefs)]);
  // Drop unreferenced defines until none is left (element defines stay, as the TEI keeps them).
  for (;;) {
    const used = new Set<string>();
    collectRefs(cleanStart, used);
    for (const d of result) collectRefs(d, used);
    const kept = result.filter((d) => used.has(d.a!.name!) || isElementDefine(d));
    if (kept.length === result.length) break;
    result = kept;
  }
  return { defines: result, start: cleanStart };
}
