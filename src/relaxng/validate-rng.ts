/**
 * Validates a parsed document against a compiled RELAX NG schema: walks the
 * tree once, handing its events (start tag, text, end tag) to the
 * {@link RngEventValidator}, which the event stream of validate-stream.ts
 * feeds the same way.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { xpathOf, type XmlDocument, type XmlElement } from '../parse/xml-tree.js';
import { compiledOf, type RngSchema } from './rng-schema.js';
import { RngEventValidator, type RngPlaces } from './rng-event-validator.js';
import type { CompiledSchema } from './compiled-schema.js';

/** The compiled form of `schema`, or the diagnostic saying it was not made by loadRngSchema. */
export function compiledOrProblem(schema: RngSchema, file: string): CompiledSchema | Diagnostic {
  return compiledOf(schema) ?? diagnostic('error', 'rng', 'rng.schema-error', `the schema object for ${JSON.stringify(schema.path)} was not made by loadRngSchema; expected the result of loadRngSchema()`, { file });
}

/** The diagnostic for a fault in the engine: it must not take the whole validate command down. */
export function internalError(e: unknown, file: string): Diagnostic {
  return diagnostic('error', 'rng', 'rng.internal-error', `RELAX NG validation stopped: ${(e as Error).message}`, { file });
}

/** Validates `document` (named `file` in diagnostics) against `schema`. Never throws. */
export function validateRng(document: XmlDocument, file: string, schema: RngSchema): Diagnostic[] {
  const compiled = compiledOrProblem(schema, file);
  if (!('derivatives' in compiled)) return [compiled];
  try {
    const places: RngPlaces = { locate: (offset) => document.locate(offset), xpathOf, laterXpathOf: (a) => () => xpathOf(a) };
    const v = new RngEventValidator(compiled, file, places);
    const problem = v.schemaProblem();
    if (problem) return [problem];
    walk(document.root, v);
    return v.finish();
  } catch (e) {
    return [internalError(e, file)];
  }
}

/** Hands the tree below `root` to `v` in document order. */
function walk(root: XmlElement, v: RngEventValidator): void {
  // An explicit stack: TEI trees can be deep, and recursion depth is not ours to spend.
  const stack: { el: XmlElement; next: number }[] = [];
  v.startElement(root);
  stack.push({ el: root, next: 0 });
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.el.children[frame.next++];
    if (child === undefined) {
      v.endElement(frame.el);
      stack.pop();
      continue;
    }
    if (child.type === 'element') {
      v.startElement(child);
      stack.push({ el: child, next: 0 });
    } else if (child.type === 'text') v.text(child, frame.el);
  }
}
