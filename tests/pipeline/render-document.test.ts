import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { renderDocument } from '../../src/pipeline/render-document.js';

const TEI = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
<text><body><p xml:id="p1">Hello</p></body></text></TEI>`;

/** Renders a source saved as `<name>.xml` under the output name `name`. */
function render(name: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tei-edition-render-')), `${name}.xml`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, TEI);
  const loaded = decodeSource(file, readFileSync(file));
  const { parsed } = parseSource(loaded.source!);
  return renderDocument(parsed!, name);
}

describe('renderDocument', () => {
  // Characters that mean something in a URL: an escape, a fragment, a query, a space; and in a sub-folder.
  for (const name of ['50%', 'a#b', 'q?x', 'with space', 'sub dir/100%25 ?#', 'é/ü']) {
    it(`writes every edition of ${JSON.stringify(name)} under its own name, and its page's links reach them`, () => {
      const { files, diagnostics } = render(name);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const paths = files.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining([`html/${name}.html`, `html/${name}.csl.json`, `reports/${name}.coverage.json`, `text/${name}.txt`, `source/${name}.xml`, `reports/${name}.text-drops.json`]));

      // Links resolved as a browser does, from the page's own URL, land on files the build wrote.
      const pageUrl = new URL(`file:///out/html/${name.split('/').map(encodeURIComponent).join('/')}.html`);
      const page = parseHTML(String(files.find((f) => f.path === `html/${name}.html`)!.content)).document;
      const links = [...page.querySelectorAll('a[type="application/tei+xml"], a[type="application/vnd.citationstyles.csl+json"], link[rel="alternate"]')].map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThanOrEqual(4);
      for (const href of links) {
        const target = decodeURIComponent(new URL(href, pageUrl).pathname).replace(/^\/out\//, '');
        expect(paths, `${href} from the page of ${name}`).toContain(target);
      }
    });
  }

  it('renders the editions only: the collection entry is asked of src/collection/ by the caller', () => {
    const { files, prepared } = render('plain');
    expect(files.map((f) => f.path).filter((p) => p.startsWith('.tei-edition/collection/'))).toEqual([]);
    // The source saxon-js parsed is handed back, for the caller's further runs on the document.
    expect(prepared).toBeDefined();
  });
});
