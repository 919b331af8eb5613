import fc from 'fast-check';
import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { analyseContext, type ContextMatcher } from '../../src/schematron/analyse-context.js';
import { adaptDocument, adaptedDomFacade, type AdaptedNode } from '../../src/schematron/dom-adapter.js';
import { walkNodes, type SourceNode } from '../../src/schematron/source-nodes.js';
import { matchesPaths } from '../../src/schematron/match-rules.js';
import { evaluable } from '../../src/schematron/schematron-runtime.js';
import { parseXPath } from '../../src/schematron/xpath-ast.js';
import { createEvaluationState, createXPathOptions, registerSchematronFunctions } from '../../src/schematron/xpath-functions.js';
import { NAMESPACES, randomDocument, TEI } from './random-documents.js';

registerSchematronFunctions();
const options = createXPathOptions(NAMESPACES);
const all = { attributes: true, text: true, comments: true, pis: true, document: true };

function analyse(pattern: string): ContextMatcher {
  const parsed = parseXPath(pattern, options);
  if ('error' in parsed) throw new Error(parsed.error);
  return analyseContext(parsed, options);
}

/** Patterns the matcher handles by walking up from the node. */
const PATHS = [
  'tei:p',
  'tei:*[@n]',
  'tei:p//tei:l',
  '/tei:p',
  '/*',
  '/',
  'tei:note/tei:p',
  "tei:p[@n = '1']",
  '(tei:p | o:p)[tei:l]/tei:l',
  'tei:l/@n',
  '@xml:id',
  '@o:n',
  'text()',
  'comment()',
  'tei:div//text()',
  '*:p[not(@type)]',
  'tei:p[tei:l][@type]',
  'node()',
  "tei:*[starts-with(@n, '1')]",
  '//tei:l',
  'tei:div/*[@o:n]',
  'tei:p[.//tei:l]',
  'tei:div//tei:p/tei:l',
  'element(tei:p)',
  'attribute(n)',
];
/** Patterns only a whole-document selection gets right (positions, id(), intersect). */
const SETS = ['tei:p[1]', 'tei:l[last()]', "id('id0')", 'tei:p intersect //tei:*[@n]', '/tei:p/(tei:l|tei:note)'];

describe('analyseContext', () => {
  it('reads names, attributes and ancestry off simple patterns', () => {
    expect(analyse('tei:*[@when]')).toEqual({
      kind: 'paths',
      paths: [{ steps: [{ test: { kind: 'element', uri: TEI }, predicates: [] }], links: [], rooted: false, requiredAttribute: { uri: '', local: 'when' } }],
    });
    const l = analyse('tei:l//tei:p');
    expect(l.kind === 'paths' && l.paths[0]!.links).toEqual(['ancestor']);
    const rt = analyse('tei:rt/@target');
    expect(rt.kind === 'paths' && rt.paths[0]!.steps.map((s) => s.test)).toEqual([
      { kind: 'attribute', uri: '', local: 'target' },
      { kind: 'element', uri: TEI, local: 'rt' },
    ]);
  });

  it('keeps predicates that the dispatch does not decide, with a fast form where there is one', () => {
    const m = analyse("tei:list[@type = 'gloss']");
    expect(m.kind).toBe('paths');
    const predicate = m.kind === 'paths' ? m.paths[0]!.steps[0]!.predicates[0]! : undefined;
    expect(predicate?.fast).toEqual({ op: 'compare', attribute: { axis: 'attribute', uri: '', local: 'type' }, value: 'gloss', equal: true });
  });

  it('falls back to whole-document selection for positional, id() and set-operator patterns', () => {
    for (const p of SETS) expect(analyse(p).kind, p).toBe('set');
    for (const p of PATHS) expect(analyse(p).kind, p).toBe('paths');
  });

  it('matches exactly the nodes XSLT selects with root()//(pattern), on random documents', () => {
    const matchers = [...PATHS, ...SETS].map((p) => ({ p, m: analyse(p) }));
    let matched = 0;
    fc.assert(
      fc.property(randomDocument, ({ document }) => {
        const adapted = adaptDocument(document);
        const state = createEvaluationState(adapted, () => []);
        options.currentContext = state;
        for (const { p, m } of matchers) {
          const oracle = new Set(
            (fontoxpath.evaluateXPathToNodes(p === '/' ? '/' : `//(${p})`, adapted.root, adaptedDomFacade, {}, options) as AdaptedNode[]).map((n) => n.source),
          );
          const selected =
            m.kind === 'set'
              ? new Set(m.selections.flatMap((s) => (fontoxpath.evaluateXPathToNodes(evaluable(s) as string, adapted.root, adaptedDomFacade, {}, options) as AdaptedNode[]).map((n) => n.source)))
              : undefined;
          walkNodes(document, all, (node: SourceNode) => {
            const ours = selected
              ? selected.has(node)
              : m.kind === 'paths' &&
                matchesPaths(m.paths, node, (predicate, n) => {
                  state.current = adapted.adapt(node);
                  return fontoxpath.evaluateXPathToBoolean(evaluable(predicate) as string, adapted.adapt(n), adaptedDomFacade, {}, options);
                });
            if (ours) matched++;
            expect(ours, `${p} on ${node.type} ${'name' in node ? node.name : ''}`).toBe(oracle.has(node));
          });
        }
      }),
      { numRuns: 40 },
    );
    expect(matched).toBeGreaterThan(200);
  });
});
