/**
 * The pages are valid HTML5: html-validate (its "recommended" rule set: the
 * HTML content models, ARIA use, duplicate ids, WCAG-related rules) reports
 * no error on the record's page nor on any page of the HTML fixture set.
 */
import path from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fixtureCases, repoRoot } from '../helpers/fixtures.js';
import { renderHtml } from './render-html.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The title of an archival document is its title, however long: a search-engine limit does not apply.
    'long-title': 'off',
  },
});

const pages = [
  { name: 'zakharov-kim-il-sung-1970-06-10', file: path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml') },
  ...fixtureCases('html').map((c) => ({ name: c.name, file: path.join(c.dir, 'input.xml') })),
];

const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('HTML validity (html-validate)', () => {
  for (const { name, file } of pages) {
    it(`${name}: no errors`, async () => {
      const { html } = renderHtml(file, name);
      const report = await validator.validateString(html, `${name}.html`);
      const messages = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      expect(messages.map(describeMessage)).toEqual([]);
    });
  }

  it('would catch an error (the validator is live)', async () => {
    const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>block in p</div></p><a href="#a" id="d">1</a><span id="d">2</span></body></html>', 'broken.html');
    expect(report.valid).toBe(false);
  });
});
