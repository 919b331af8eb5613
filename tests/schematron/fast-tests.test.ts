import fc from 'fast-check';
import { fontoxpath } from '../../src/schematron/fontoxpath.js';
import { describe, expect, it } from 'vitest';
import { adaptDocument, adaptedDomFacade } from '../../src/schematron/dom-adapter.js';
import { walkNodes } from '../../src/schematron/source-nodes.js';
import { compileFastTest, evaluateFastTest, isComplete } from '../../src/schematron/fast-tests.js';
import { parseXPath } from '../../src/schematron/xpath-ast.js';
import { createEvaluationState, createXPathOptions, registerSchematronFunctions } from '../../src/schematron/xpath-functions.js';
import { NAMESPACES, randomDocument } from './random-documents.js';

registerSchematronFunctions();
const options = createXPathOptions(NAMESPACES);
const all = { attributes: true, text: true, comments: true, pis: true, document: true };

function fast(xpath: string) {
  const parsed = parseXPath(xpath, options);
  if ('error' in parsed) throw new Error(parsed.error);
  return compileFastTest(parsed.body, options);
}

/** Tests fully decided without XPath. */
const COMPLETE = [
  '@n',
  '@n and @type',
  '@n or not(@type)',
  '@n | @type | @o:n',
  '@xml:id',
  'tei:p',
  'child::tei:l and (child::tei:note or child::o:p)',
  'ancestor::tei:note',
  'ancestor-or-self::tei:div',
  'parent::tei:p | parent::o:p',
  'self::tei:l',
  'descendant::tei:l',
  'tei:*',
  '*:p',
  '*',
  "@type = 'a'",
  "'a' = @type",
  "@n eq '1'",
  "@n != '1'",
  "@type ne ''",
  'boolean(@n)',
  'exists(tei:p)',
  'true() and not(false())',
  'string-length( normalize-space(.) ) gt 0',
  'string-length(normalize-space()) > 0',
  "normalize-space(.) eq ''",
  "normalize-space() != ''",
  "'' = normalize-space(.)",
  "@n and normalize-space(.) ne ''",
];
/** Tests only partly fast: the rest is left to XPath. */
const PARTIAL = ['@n and string-length(.) gt 3', 'tei:p or count(*) gt 2', 'not(@n) and normalize-space(.)'];

describe('compileFastTest', () => {
  it('takes the existence and comparison shapes whole', () => {
    for (const t of COMPLETE) expect(isComplete(fast(t)!), t).toBe(true);
  });
  it('keeps what it can of mixed tests', () => {
    for (const t of PARTIAL) {
      const f = fast(t);
      expect(f, t).toBeDefined();
      expect(isComplete(f!), t).toBe(false);
    }
  });
  it('leaves other shapes to XPath', () => {
    for (const t of ['count(*) gt 1', '$x', 'tei:p[1]', '@n = 1', 'string(@n)', 'ancestor::tei:p/@n', 'following-sibling::tei:p', 'string-length(normalize-space(.)) gt 1', "normalize-space(.) = 'a'", "normalize-space(@n) = ''", 'string-length(normalize-space(tei:p)) > 0']) expect(fast(t), t).toBeUndefined();
  });
});

describe('evaluateFastTest', () => {
  it('agrees with fontoxpath on every node of random documents', () => {
    const tests = [...COMPLETE, ...PARTIAL].map((t) => ({ t, f: fast(t)! }));
    const outcomes = { true: 0, false: 0, undecided: 0 };
    fc.assert(
      fc.property(randomDocument, ({ document }) => {
        const adapted = adaptDocument(document);
        options.currentContext = createEvaluationState(adapted, () => []);
        walkNodes(document, all, (node) => {
          for (const { t, f } of tests) {
            const decided = evaluateFastTest(f, node);
            outcomes[decided === undefined ? 'undecided' : decided ? 'true' : 'false']++;
            if (decided === undefined) continue;
            const oracle = fontoxpath.evaluateXPathToBoolean(t, adapted.adapt(node), adaptedDomFacade, {}, options);
            expect(decided, `${t} on ${node.type}`).toBe(oracle);
          }
        });
      }),
      { numRuns: 60 },
    );
    // The documents must exercise every outcome, or the property proves little.
    expect(outcomes.true).toBeGreaterThan(100);
    expect(outcomes.false).toBeGreaterThan(100);
    expect(outcomes.undecided).toBeGreaterThan(10);
  });
});
