/**
 * runTextEdition: the text stylesheet's block model laid out into the page;
 * a stylesheet whose output is not a block model gives a diagnostic, not a
 * stack trace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEditionStylesheet } from '../../src/transform/load-stylesheet.js';
import { runStylesheet } from '../../src/transform/run-stylesheet.js';
import { runTextEdition } from '../../src/transform/run-text-edition.js';
import { fixturesRoot } from '../helpers/fixtures.js';

const input = path.join(fixturesRoot, 'text', 'layout', 'input.xml');
const xml = readFileSync(input, 'utf8');
const baseURI = pathToFileURL(input).href;
const parameters = { name: 'test', view: 'reading', width: '78' };

describe('runTextEdition', () => {
  it('lays out the block model the text stylesheet writes', () => {
    const text = loadEditionStylesheet('text').stylesheet!;
    const model = runStylesheet(text, xml, 'input.xml', baseURI, parameters);
    expect(model.output).toMatch(/^<tx:page [^>]*width="78"/);
    const page = runTextEdition(text, xml, 'input.xml', baseURI, parameters);
    expect(page.output).toBe(readFileSync(path.join(fixturesRoot, 'text', 'layout', 'reading.txt'), 'utf8'));
    expect(page.resultDocuments.size).toBe(model.resultDocuments.size);
  });

  it('reports a stylesheet whose output is not a block model', () => {
    const html = loadEditionStylesheet('html').stylesheet!;
    const result = runTextEdition(html, xml, 'input.xml', baseURI, parameters);
    expect(result.output).toBeUndefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', layer: 'transform', ruleId: 'transform.text-block-model', file: 'input.xml' }));
  });
});
