/**
 * Maps offsets in a derived text (entities expanded, XIncludes spliced) back
 * to the text it was made from, so that diagnostics point at what the user
 * wrote. The derived text is a sequence of stretches, each either copied
 * from the original or inserted in place of something at one original offset.
 */
import { lastAtOrBefore } from './last-at-or-before.js';

export class OffsetMap {
  private readonly starts: number[] = [];
  private readonly origins: number[] = [];
  private readonly copied: boolean[] = [];

  /** Records that the derived text from `derivedStart` on is copied from (or, when `copied` is false, inserted at) `originalStart`. */
  add(derivedStart: number, originalStart: number, copied: boolean): void {
    this.starts.push(derivedStart);
    this.origins.push(originalStart);
    this.copied.push(copied);
  }

  /** The original offset of a derived offset: inside an insertion, where the insertion stands. */
  toOriginal(offset: number): number {
    if (!this.starts.length) return offset;
    const i = lastAtOrBefore(this.starts, offset);
    return this.copied[i] ? this.origins[i]! + (offset - this.starts[i]!) : this.origins[i]!;
  }
}
