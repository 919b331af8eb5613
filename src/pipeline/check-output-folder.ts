/**
 * Where build and export may write: never into a folder of sources they
 * were given, since the next run over that folder would read the outputs
 * (OUT/source/*.xml) as sources. A file named on its own is the exception:
 * only that file is read from its folder, so `tei-edition build letter.xml`
 * run beside it may write `./output` there; a note says so.
 */
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceEntry } from './discover-sources.js';
import { isInside } from './is-inside.js';


export interface OutputFolderCheck {
  /** Set when the output folder must not be used: the run stops with it. */
  refusal?: Diagnostic;
  /** Set when the output folder lies beside a file named on its own: said, and used. */
  note?: Diagnostic;
}

/**
 * Checks `outDir` (as the user gave it) against the sources found for `paths`.
 * `tool` names who writes, for the message ("the build", "export").
 */
export function checkOutputFolder(sources: readonly SourceEntry[], paths: readonly string[], outDir: string, tool: string): OutputFolderCheck {
  const out = path.resolve(outDir);
  const shown = (folder: string) => JSON.stringify(path.relative(process.cwd(), folder) || '.');
  // Folders given as such (or as the base of a pattern) are read whole: the output may not lie in them.
  const readWhole = (root: string) => paths.some((p) => isDynamicPattern(p) || path.resolve(p) === root);
  for (const root of new Set(sources.map((s) => s.root))) {
    if (!isInside(out, root)) continue;
    const beside = !readWhole(root) && out !== root && !sources.some((s) => isInside(path.resolve(s.file), out));
    if (beside) continue;
    return {
      refusal: diagnostic('error', 'usage', 'usage.output-in-sources', `output folder ${JSON.stringify(outDir)} lies inside the source folder ${shown(root)}; expected an output folder outside the sources (${tool} never writes into them)`, { file: outDir }),
    };
  }
  const besideFile = sources.find((s) => isInside(out, s.root));
  if (!besideFile) return {};
  return {
    note: diagnostic('info', 'usage', 'usage.output-beside-source', `writing to ${JSON.stringify(outDir)} in ${shown(besideFile.root)}, the folder of ${besideFile.file}: only the files named are read from that folder, so the output may sit beside them`, { file: outDir }),
  };
}
