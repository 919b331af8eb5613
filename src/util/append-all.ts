/**
 * Appends to an array without spreading: `target.push(...items)` passes
 * every item as an argument, and a large document's diagnostics (about
 * 175,000 dangling pointers in a generated 50 MB file) exceed the call
 * stack that way.
 */

/** Appends every item of `items` to `target`, in order. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
