/**
 * The XX compiler (xslt3) reports a stylesheet's static errors as text, e.g.
 *
 *     Error XTSE0010 on line 3 in sub/b.xsl:
 *       xsl:foo is not a known XSLT element
 *     Error XPST0081:
 *       Static error in XPath on line 4 {foo:bar(@ref)}: No namespace binding for prefix 'foo'
 *
 * Here they become diagnostics at the project's own file, line and column:
 * the module named (none: the main stylesheet) is found among the modules
 * compiled, and the column is where the expression quoted stands on that line.
 */
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { StylesheetModule } from './stylesheet-modules.js';

/** The module whose path (or whose copy's path, as compiled) ends with `name`; undefined when none does. */
function moduleNamed(name: string, modules: StylesheetModule[], copies: ReadonlyMap<string, string>): StylesheetModule | undefined {
  const tail = path.normalize(name).replace(/^(\.\.[\\/])+/, '');
  const ends = (file: string) => file === tail || file.endsWith(path.sep + tail);
  return modules.find((m) => ends(copies.get(m.file) ?? '')) ?? modules.find((m) => ends(m.file));
}

/** 1-based column of `expression` on `line` of `module`; else of the line's first word (the element the compiler means starts there, mostly). */
function columnOf(module: StylesheetModule | undefined, line: number, expression: string | undefined): number {
  const text = module?.bytes.toString('utf8').split(/\r?\n/)[line - 1] ?? '';
  const at = expression ? text.indexOf(expression) : -1;
  return at >= 0 ? at + 1 : text.search(/\S/) + 1 || 1;
}

/**
 * Diagnostics from the compiler's error output `stderr` for the stylesheet `entry`
 * made of `modules` (compiled from `copies`, by original path). Output it does not
 * recognise is still reported, whole, at the stylesheet.
 */
export function parseCompileErrors(stderr: string, entry: string, modules: StylesheetModule[], copies: ReadonlyMap<string, string> = new Map()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Each report starts with "Error CODE": the lines up to the next one are its text.
  for (const report of stderr.split(/^(?=Error\b)/m).filter((r) => /^Error\b/.test(r))) {
    const head = /^Error(?: (\w+))?(?: on line (\d+)(?: column (\d+))?)?(?: in (\S+?))?:?\s*$/m.exec(report.split('\n')[0]!);
    const rest = report.split('\n').slice(1).map((l) => l.trim()).filter((l) => l && l !== 'Failed to compile stylesheet').join(' ');
    const inner = /on line (\d+)(?: column (\d+))?(?: in (\S+?))?(?: \{(.*)\})?: (.*)$/.exec(rest);
    const code = head?.[1];
    const line = Number(head?.[2] ?? inner?.[1] ?? 0);
    const named = head?.[4] ?? inner?.[3];
    const module = named ? moduleNamed(named, modules, copies) : modules.find((m) => m.file === entry);
    const column = Number(head?.[3] ?? inner?.[2] ?? 0) || (line ? columnOf(module, line, inner?.[4]) : 0);
    const message = inner ? `${inner[5]}${inner[4] ? ` in the expression ${JSON.stringify(inner[4])}` : ''}` : rest || report.trim();
    diagnostics.push(diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet does not compile: ${message}${code ? ` (${code})` : ''}; expected a valid XSLT 3.0 stylesheet`, { file: module?.file ?? entry, line, column }));
  }
  if (diagnostics.length === 0) {
    const text = stderr.trim().split('\n').filter((l) => l.trim() && l.trim() !== 'Failed to compile stylesheet').join(' ').trim();
    diagnostics.push(diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet does not compile: ${text || 'the compiler gave no reason'}; expected a valid XSLT 3.0 stylesheet`, { file: entry }));
  }
  return diagnostics;
}
