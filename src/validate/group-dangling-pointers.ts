/**
 * Dangling pointers grouped by target: a pointer that resolves nowhere is
 * reported once per missing id, at its first use, with the number of uses.
 * An apparatus whose `@wit` names a witness that `listWit` lacks would
 * otherwise bury every other diagnostic under hundreds of identical ones
 * (one witness pointer in a real edition was used 471 times).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Where a pointer was found, as a diagnostic locates it. */
export interface PointerLocation {
  file: string;
  line: number;
  column: number;
  xpath?: string;
}

/** One use of a pointer that resolves nowhere. */
export interface DanglingUse {
  /** The missing id (without "#"). */
  id: string;
  /** The pointer as written, e.g. "#W1" or "wit:W1" after prefix expansion. */
  token: string;
  /** The attribute's name as written, e.g. "wit". */
  attribute: string;
  /** The element's name as written, e.g. "rdg". */
  element: string;
  /** Where the use stands; asked only for the first use of each id (locating every use would cost a lookup each). */
  locate: () => PointerLocation;
}

interface Group {
  diagnostic: Diagnostic;
  count: number;
  attributes: Set<string>;
  expected: string;
}

/**
 * Collects the uses of dangling pointers. `add` returns the diagnostic for
 * the first use of a missing id (for the caller to push where it stands, so
 * that diagnostics stay in document order) and undefined for later uses;
 * `finish` rewrites the message of every id used more than once to give the
 * count.
 */
export class DanglingPointerGroups {
  private readonly groups = new Map<string, Group>();

  /** `expected` says what was expected instead (asked once per missing id). */
  constructor(private readonly expected: (id: string) => string) {}

  add(use: DanglingUse): Diagnostic | undefined {
    const group = this.groups.get(use.id);
    if (group) {
      group.count++;
      group.attributes.add(`@${use.attribute} on <${use.element}>`);
      return undefined;
    }
    const expected = this.expected(use.id);
    const found = diagnostic('error', 'refs', 'refs.dangling-pointer', `@${use.attribute} value "${use.token}" on <${use.element}> points to nothing: no element has xml:id "${use.id}"; ${expected}`, use.locate());
    this.groups.set(use.id, { diagnostic: found, count: 1, attributes: new Set([`@${use.attribute} on <${use.element}>`]), expected });
    return found;
  }

  /** Gives the count in the message of each missing id used more than once. */
  finish(): void {
    for (const [id, group] of this.groups) {
      if (group.count === 1) continue;
      const uses = [...group.attributes].join(', ');
      group.diagnostic.message = `"#${id}" does not resolve: no element has xml:id "${id}"; used ${group.count} times (${uses}), first here; ${group.expected}`;
    }
  }
}
