/** Whether a path lies inside a folder, by path segments: `out-private` is not inside `out`, `..x` is a name, not a way up. */
import path from 'node:path';

/** True when `child` is `parent` or below it (both absolute, or both relative to the same folder). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
