import fc from 'fast-check';
import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { adaptDocument, adaptedDomFacade, type AdaptedNode } from '../../src/schematron/dom-adapter.js';
import { walkNodes } from '../../src/schematron/source-nodes.js';
import { isContextFree, rewriteLookups } from '../../src/schematron/rewrite-lookups.js';
import { parseXPath, type ParsedExpr } from '../../src/schematron/xpath-ast.js';
import { createEvaluationState, createXPathOptions, registerSchematronFunctions } from '../../src/schematron/xpath-functions.js';
import { NAMESPACES, randomDocument } from './random-documents.js';

registerSchematronFunctions();
const options = createXPathOptions(NAMESPACES);

function parse(xpath: string): ParsedExpr {
  const parsed = parseXPath(xpath, options);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** Lookups that become index calls. */
const REWRITTEN = [
  "//tei:p[@xml:id = 'id1']",
  '//tei:p[@n = current()/@n]',
  "//*[@xml:id = substring(current()/@n, 1)]",
  "//tei:l[@n eq '1']/@type",
  "count(//tei:note)",
  "//o:p",
  "//tei:*[@n = ('1', '2')][@type]",
  "//tei:p[@n = current()/ancestor::tei:div/@n]",
  "//tei:p[@type]",
  // The compared value reads the node tested: only the name lookup is indexed, the predicate stays.
  '//tei:p[@xml:id = @n]',
  '//tei:p[@n = string(.)]',
];
/** Lookups that must stay as written: positions matter, a number is compared, or nothing narrows the name. */
const KEPT = ['//tei:p[1]', '//*[@n = 1]', '//*', '$x//tei:p', '//tei:p[last()]'];

describe('rewriteLookups', () => {
  it('rewrites whole-document name and attribute lookups', () => {
    for (const x of REWRITTEN) expect(rewriteLookups(parse(x).body, options), x).toBeGreaterThan(0);
  });
  it('leaves context-dependent, numeric and positional lookups alone', () => {
    for (const x of KEPT) expect(rewriteLookups(parse(x).body, options), x).toBe(0);
  });
  it('tells context-free values from those that read the context node', () => {
    const free = (x: string) => isContextFree(parse(x).body);
    expect(free("substring(current()/@target, 2)")).toBe(true);
    expect(free("($a, 'x')")).toBe(true);
    expect(free('/tei:p/@n')).toBe(true);
    expect(free('@n')).toBe(false);
    expect(free('string()')).toBe(false);
    expect(free('.')).toBe(false);
    expect(free("lang('en')")).toBe(false);
  });
  it('gives the same nodes as the original on random documents, from every context element', () => {
    const pairs = REWRITTEN.map((x) => {
      const parsed = parse(x);
      rewriteLookups(parsed.body, options);
      return { x, rewritten: parsed.module };
    });
    fc.assert(
      fc.property(randomDocument, ({ document }) => {
        const adapted = adaptDocument(document);
        const state = createEvaluationState(adapted, () => []);
        options.currentContext = state;
        walkNodes(document, { attributes: false, text: false, comments: false, pis: false, document: false }, (e) => {
          const node = adapted.adapt(e);
          state.current = node;
          for (const { x, rewritten } of pairs) {
            const before = fontoxpath.evaluateXPath(x, node, adaptedDomFacade, {}, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE, options) as unknown[];
            const after = fontoxpath.evaluateXPath(rewritten as unknown as string, node, adaptedDomFacade, {}, fontoxpath.evaluateXPath.ALL_RESULTS_TYPE, options) as unknown[];
            const show = (r: unknown[]) => r.map((v) => (typeof v === 'object' && v && 'source' in v ? (v as AdaptedNode).source : v));
            expect(show(after), x).toEqual(show(before));
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});
