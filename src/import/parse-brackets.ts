/**
 * Finds the square-bracket groups of a block of text, nested as printed:
 * "[faded image of a stamp: [[TOP SECRET]]]" is a group containing a double
 * group. Brackets that do not pair up are reported, never guessed at: they
 * stay in the text as printed.
 */

export interface BracketGroup {
  /** Offset of the opening bracket (the first of two for a double group). */
  start: number;
  /** Offset just after the closing bracket. */
  end: number;
  /** The content's bounds, inside the brackets. */
  innerStart: number;
  innerEnd: number;
  /** "[[…]]": two brackets on each side around the same content. */
  double: boolean;
  children: BracketGroup[];
}

export interface StrayBracket {
  offset: number;
  char: '[' | ']';
}

export interface BracketParse {
  groups: BracketGroup[];
  stray: StrayBracket[];
}

/** Parses the brackets of `text`. Linear in its length. */
export function parseBrackets(text: string): BracketParse {
  const root: BracketGroup[] = [];
  const stray: StrayBracket[] = [];
  const stack: { start: number; children: BracketGroup[] }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) stack.push({ start: i, children: [] });
    else if (c === 0x5d) {
      const open = stack.pop();
      if (!open) {
        stray.push({ offset: i, char: ']' });
        continue;
      }
      const group = toGroup(open.start, i + 1, open.children);
      (stack.length ? stack[stack.length - 1]!.children : root).push(group);
    }
  }
  // Unclosed openers: their children belong to the level above.
  while (stack.length) {
    const open = stack.pop()!;
    stray.push({ offset: open.start, char: '[' });
    (stack.length ? stack[stack.length - 1]!.children : root).push(...open.children);
  }
  root.sort((a, b) => a.start - b.start);
  stray.sort((a, b) => a.offset - b.offset);
  return { groups: root, stray };
}

function toGroup(start: number, end: number, children: BracketGroup[]): BracketGroup {
  const only = children.length === 1 ? children[0]! : undefined;
  if (only && only.start === start + 1 && only.end === end - 1 && !only.double) {
    return { start, end, innerStart: only.innerStart, innerEnd: only.innerEnd, double: true, children: only.children };
  }
  return { start, end, innerStart: start + 1, innerEnd: end - 1, double: false, children };
}
