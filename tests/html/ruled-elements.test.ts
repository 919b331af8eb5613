/**
 * The one list of the elements that have a rule (xslt/common/ruled-elements.xsl)
 * and the page's layout rules (mode te:layout, xslt/common/block-content.xsl and
 * its overrides in xslt/html/): every element the page lays out by a rule of its
 * own is in the list for the page (every format's names and the page's own), and
 * every element of that list has a layout rule, so that the coverage report and
 * the "other markup" convention (te:has-rule) agree with what the page renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { ruledList } from '../helpers/ruled-elements.js';

const xslt = path.join(repoRoot, 'xslt');
/** The element names matched by the te:layout templates of `files`, but the catch-all for elements without a rule. */
function layoutNames(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const [, attributes] of readFileSync(file, 'utf8').matchAll(/<xsl:template\b([^>]*)>/g)) {
      if (!/\bmode="te:layout"/.test(attributes!)) continue;
      let bare = /\bmatch="([^"]*)"/.exec(attributes!)![1]!;
      while (/\[[^[\]]*\]/.test(bare)) bare = bare.replace(/\[[^[\]]*\]/g, '');
      for (const alternative of bare.split('|').map((a) => a.trim())) if (alternative !== '*') names.add(alternative);
    }
  }
  return names;
}

describe('the elements that have a rule', () => {
  it('are, for the page, exactly the elements its layout rules name', () => {
    const html = path.join(xslt, 'html');
    const layout = layoutNames([path.join(xslt, 'common', 'block-content.xsl'), ...readdirSync(html).filter((f) => f.endsWith('.xsl')).map((f) => path.join(html, f))]);
    const forPage = new Set([
      ...ruledList('te:ruled-names'),
      ...ruledList('te:ruled-in-html-only'),
      ...ruledList('te:ruled-foreign').map((n) => n.replace('Q{http://www.tei-c.org/ns/Examples}', 'egx:')),
    ]);
    expect({ withoutLayout: [...forPage].filter((n) => !layout.has(n)).sort(), notInList: [...layout].filter((n) => !forPage.has(n)).sort() }).toEqual({
      withoutLayout: [],
      notInList: [],
    });
  });

  it('differ between the formats only by the exceptions the list names, apart from every format’s names', () => {
    const common = new Set(ruledList('te:ruled-names'));
    const textOnly = ruledList('te:ruled-in-text-only');
    const htmlOnly = ruledList('te:ruled-in-html-only');
    expect(textOnly.length).toBeGreaterThan(0);
    expect([...textOnly, ...htmlOnly].filter((n) => common.has(n))).toEqual([]);
    expect(textOnly.filter((n) => htmlOnly.includes(n))).toEqual([]);
  });
});
