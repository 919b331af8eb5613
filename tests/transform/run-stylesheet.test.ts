/**
 * runStylesheet with a source prepared once (prepareSource) and run by
 * several stylesheets, as the build does for the page and both texts: every
 * run must read the same tree, unchanged by the runs before it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditionStylesheet } from '../../src/transform/load-stylesheet.js';
import { callTemplate, prepareSource, runStylesheet } from '../../src/transform/run-stylesheet.js';
import { runTextEdition } from '../../src/transform/run-text-edition.js';
import { VIEWS_DIFFER } from '../text/run-text.js';

const fixture = path.resolve('tests/fixtures/text/stamp');
const input = readFileSync(path.join(fixture, 'input.xml'), 'utf8');
const expected = (view: string) => readFileSync(path.join(fixture, `${view}.txt`), 'utf8');
const baseURI = pathToFileURL(path.join(fixture, 'input.xml')).href;

describe('runStylesheet on a prepared source', () => {
  const text = loadEditionStylesheet('text').stylesheet!;
  const html = loadEditionStylesheet('html').stylesheet!;

  it('gives each view its expected text, after an HTML run on the same tree', () => {
    const prepared = prepareSource(input);
    expect(prepared).toBeDefined();
    const page = runStylesheet(html, prepared!, 'input.xml', baseURI, { name: 'input' });
    expect(page.output).toContain('<html');
    for (const view of ['reading', 'diplomatic']) {
      const run = runTextEdition(text, prepared!, 'input.xml', baseURI, { name: 'test', view, width: '78' });
      expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(run.output).toBe(expected(view));
    }
  });

  it('never serialises the prepared document (saxon-js logs its options with toString, a whole-document serialisation)', () => {
    const prepared = prepareSource(input)!;
    let serialised = 0;
    const node = prepared.node as unknown as { toString: () => string };
    const own = node.toString.bind(node);
    node.toString = () => {
      serialised++;
      return own();
    };
    runStylesheet(text, prepared, 'input.xml', baseURI, { name: 'test', view: 'reading', width: '78' });
    callTemplate(text, VIEWS_DIFFER, prepared, 'input.xml', baseURI, { name: 'test' });
    expect(serialised).toBe(0);
  });

  it('calls a public named template and returns its value raw; a missing template is a diagnostic', () => {
    const prepared = prepareSource(input)!;
    // The stamp fixture has a stamp, whose convention differs between the views.
    expect(callTemplate(text, VIEWS_DIFFER, prepared, 'input.xml', baseURI, { name: 'test' })).toEqual({ value: true, diagnostics: [] });
    const missing = callTemplate(text, 'Q{urn:x-tei-edition:text}no-such-template', prepared, 'input.xml', baseURI, { name: 'test' });
    expect(missing.value).toBeUndefined();
    expect(missing.diagnostics).toEqual([expect.objectContaining({ severity: 'error', layer: 'transform', file: 'input.xml' })]);
  });

  it('cannot prepare text that is not well-formed, and the run then reports it instead of throwing', () => {
    const broken = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text>';
    expect(prepareSource(broken)).toBeUndefined();
    const run = runStylesheet(text, broken, 'broken.xml', 'file:///broken.xml', { name: 'broken', view: 'reading' });
    expect(run.output).toBeUndefined();
    expect(run.diagnostics).toEqual([expect.objectContaining({ severity: 'error', layer: 'transform', file: 'broken.xml' })]);
  });
});
