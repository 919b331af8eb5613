/**
 * The drop report (xslt/text/drops.xsl): every element whose content does
 * not reach the text is listed, with its count, reason and place; unknown
 * elements are listed apart; and the set of elements with a rule
 * (xslt/common/ruled-elements.xsl) stays in step with the template rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { ruledList } from '../helpers/ruled-elements.js';
import { renderCase } from './fixture-cases.js';

/** The TEI element names matched by default-mode template rules of the stylesheets in `folder`. */
function matchedNames(folder: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.xsl'))) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    for (const [, attributes] of source.matchAll(/<xsl:template\b([^>]*)>/g)) {
      const match = /\bmatch="([^"]*)"/.exec(attributes!)?.[1];
      const mode = /\bmode="([^"]*)"/.exec(attributes!)?.[1];
      if (!match || (mode && !mode.split(/\s+/).includes('#default'))) continue;
      // Predicates can hold "|" and "/": drop them (nested brackets included) before splitting alternatives.
      let bare = match;
      while (/\[[^[\]]*\]/.test(bare)) bare = bare.replace(/\[[^[\]]*\]/g, '');
      for (const alternative of bare.split('|')) {
        const step = alternative.trim().split('/').pop()!.trim();
        if (/^[A-Za-z][\w.-]*$/.test(step)) names.add(step);
      }
    }
  }
  return names;
}

/** The TEI elements with a rule in the text edition: every format's (te:ruled-names) and the text's own (te:ruled-in-text-only), from xslt/common/ruled-elements.xsl. */
function knownList(): string[] {
  return ['te:ruled-names', 'te:ruled-in-text-only'].flatMap((name) => {
    const names = ruledList(name).filter((n) => !n.startsWith('Q{'));
    expect(names, `${name} is sorted`).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));
    return names;
  });
}

/** Names matched by the templates of mode tx:drop-reason, and the names tx:drop-candidates asks about. */
function dropRuleNames(): { rules: Set<string>; candidates: Set<string> } {
  const source = readFileSync(path.join(repoRoot, 'xslt', 'text', 'drops.xsl'), 'utf8');
  const rules = new Set<string>();
  for (const [, attributes] of source.matchAll(/<xsl:template\b([^>]*)>/g)) {
    const match = /\bmatch="([^"]*)"/.exec(attributes!)?.[1];
    const mode = /\bmode="([^"]*)"/.exec(attributes!)?.[1];
    if (!match || !mode?.split(/\s+/).includes('tx:drop-reason') || match === '*') continue;
    let bare = match;
    while (/\[[^[\]]*\]/.test(bare)) bare = bare.replace(/\[[^[\]]*\]/g, '');
    for (const alternative of bare.split('|')) rules.add(alternative.trim() === 'choice/*' ? 'choice/*' : alternative.trim().split('/').pop()!.trim());
  }
  const body = /<xsl:function name="tx:drop-candidates"[\s\S]*?<\/xsl:function>/.exec(source)![0];
  const candidates = new Set([...body.matchAll(/self::([\w:]+)/g)].map((m) => m[1]!));
  if (body.includes('parent::choice')) candidates.add('choice/*');
  return { rules, candidates };
}

describe('drop report', () => {
  it('asks every element that a drop rule matches (tx:drop-candidates covers the rules)', () => {
    const { rules, candidates } = dropRuleNames();
    expect(rules.size).toBeGreaterThan(20);
    expect([...rules].filter((r) => !candidates.has(r)).sort()).toEqual([]);
  });

  it('lists an unknown element apart, its text kept, and every dropped element with count, reason and place', () => {
    const edition = renderCase('unknown-element');
    const report = edition.drops!;
    // Unknown: a foreign-namespace element and a TEI element without a rule; their text is in the edition.
    expect(report.unknown.map((u) => u.element)).toEqual(expect.arrayContaining(['my:marginalia', 'state']));
    const marginalia = report.unknown.find((u) => u.element === 'my:marginalia')!;
    expect(marginalia.count).toBe(1);
    expect(marginalia.at).toEqual(['/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:p[1]/Q{https://example.org/ns/my-project}marginalia[1]']);
    expect(edition.reading).toContain("a reader's pencilled remark");
    // Dropped, in both views: facsimile (not text), the index entry, the annotation, the image.
    for (const view of ['reading', 'diplomatic'] as const) {
      const dropped = Object.fromEntries(report.dropped[view].map((d) => [d.element, d]));
      expect(Object.keys(dropped)).toEqual(expect.arrayContaining(['facsimile', 'index', 'interpGrp', 'graphic', 'teiHeader']));
      expect(dropped.facsimile!.reason).toMatch(/not text/);
      expect(dropped.index!.characters).toBe('tariffs'.length);
      expect(dropped.interpGrp!.at).toEqual(['/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:p[2]/tei:interpGrp[1]']);
    }
    // What is dropped is really absent, and the text around it is not.
    expect(edition.reading).not.toContain('tariffs');
    expect(edition.reading).not.toContain('ironic');
    expect(edition.reading).toContain('An index entry and an annotation stay out of the text.');
  });

  it('reports a note type left out by parameter, with what the view leaves out of a choice', () => {
    const report = renderCase('notes').drops!;
    expect(report.parameters['drop-note-types']).toBe('internal');
    const reading = report.dropped.reading.map((d) => d.element);
    expect(reading).toEqual(expect.arrayContaining(["note[@type='internal']", 'choice/sic', 'del']));
    const diplomatic = report.dropped.diplomatic.map((d) => d.element);
    expect(diplomatic).toEqual(expect.arrayContaining(["note[@type='internal']", 'choice/corr']));
    expect(diplomatic).not.toContain('del');
  });

  it('is byte-identical from run to run', () => {
    expect(renderCase('unknown-element').dropsText).toBe(renderCase('unknown-element').dropsText);
  });

  it('knows exactly the elements that template rules render (te:ruled-names matches the stylesheets)', () => {
    const matched = new Set([...matchedNames(path.join(repoRoot, 'xslt', 'common')), ...matchedNames(path.join(repoRoot, 'xslt', 'text'))]);
    // Matched only to be left out, or to be the document itself: not "known" as text.
    for (const name of ['teiHeader']) matched.delete(name);
    // Rendered by their parent's rule (apparatus.xsl renders app with its lemma and readings).
    for (const name of ['lem', 'rdg', 'rdgGrp']) matched.add(name);
    const known = knownList();
    expect({ missingFromList: [...matched].filter((n) => !known.includes(n)).sort(), notMatched: known.filter((n) => !matched.has(n)).sort() }).toEqual({
      missingFromList: [],
      notMatched: [],
    });
  });
});
