/**
 * The depth bound of the transform stage. saxon-js walks a document
 * recursively (building its tree, applying templates), several JavaScript
 * frames a level, and Node's stack is about 1 MB: the edition stylesheets
 * ran out of stack ("Maximum call stack size exceeded") on nested divs
 * between 250 and 300 levels deep, on nested lists from 240. So a document
 * deeper than the bound gets one clear diagnostic before any stylesheet
 * runs, instead of three opaque failures. The bound is far above real TEI:
 * the deepest document of the shared corpus (tei_simplePrint.doc.xml) nests
 * 21 levels. Validation has no such bound: its layers walk any depth.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { elementDeeperThan } from '../parse/xml-tree.js';

/** How many levels of elements the stylesheets render, the root counting as 1. */
export const MAX_TRANSFORM_DEPTH = 128;

/** A diagnostic when `parsed` nests deeper than `limit`, at the first element below it; else undefined. */
export function checkTransformDepth(parsed: ParsedDocument, limit = MAX_TRANSFORM_DEPTH): Diagnostic | undefined {
  const deep = elementDeeperThan(parsed.document.root, limit);
  if (!deep) return undefined;
  return diagnostic(
    'error',
    'transform',
    'transform.too-deep',
    `element <${deep.element.name}> is nested ${deep.depth} levels deep, deeper than the ${limit} levels the stylesheets can render (saxon-js recurses once per level and would run out of stack); expected a shallower document. It was validated, but no edition or data is made of it`,
    { file: parsed.source.file, ...parsed.document.locate(deep.element.start) },
  );
}
