/**
 * OASIS XML Catalogs 1.1 lookups: exact entries, longest rewrite prefix,
 * longest suffix, groups and xml:base, next catalogs (and their cycles),
 * uri before system, and the order in which catalog files are consulted.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogFilesFor, readCatalog, resolveThroughCatalogs } from '../../src/validate/read-catalog.js';

const NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';
const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-catalog-'));
const write = (file: string, body: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `<catalog xmlns="${NS}">${body}</catalog>`);
  return file;
};
const TEI_ALL = 'http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng';

describe('resolveThroughCatalogs', () => {
  it('maps a URL by an exact uri entry, relative to the catalog file', () => {
    const dir = temp();
    const catalog = write(path.join(dir, 'catalog.xml'), `<uri name="${TEI_ALL}" uri="schemas/tei_all.rng"/>`);
    expect(resolveThroughCatalogs(TEI_ALL, [catalog])).toEqual({ target: pathToFileURL(path.join(dir, 'schemas/tei_all.rng')).href, catalog, problems: [] });
    expect(resolveThroughCatalogs('http://example.org/other.rng', [catalog]).target).toBeUndefined();
  });

  it('prefers an exact entry to a rewrite, and the longest rewrite prefix to a shorter one', () => {
    const dir = temp();
    const catalog = write(path.join(dir, 'c.xml'), [
      '<rewriteURI uriStartString="http://www.tei-c.org/" rewritePrefix="short/"/>',
      '<rewriteURI uriStartString="http://www.tei-c.org/release/xml/tei/custom/schema/" rewritePrefix="long/"/>',
      `<uri name="http://www.tei-c.org/exact.rng" uri="exact.rng"/>`,
    ].join(''));
    expect(resolveThroughCatalogs(TEI_ALL, [catalog]).target).toBe(pathToFileURL(path.join(dir, 'long/relaxng/tei_all.rng')).href);
    expect(resolveThroughCatalogs('http://www.tei-c.org/exact.rng', [catalog]).target).toBe(pathToFileURL(path.join(dir, 'exact.rng')).href);
    expect(resolveThroughCatalogs('http://www.tei-c.org/a/b.rng', [catalog]).target).toBe(pathToFileURL(path.join(dir, 'short/a/b.rng')).href);
  });

  it('matches the longest suffix, and system entries after every uri entry', () => {
    const dir = temp();
    const first = write(path.join(dir, 'one.xml'), '<systemSuffix systemIdSuffix="tei_all.rng" uri="by-system.rng"/>');
    const second = write(path.join(dir, 'two.xml'), '<uriSuffix uriSuffix="relaxng/tei_all.rng" uri="long.rng"/><uriSuffix uriSuffix=".rng" uri="any.rng"/>');
    // The uri lookup of the second catalog comes before the system lookup of the first.
    expect(resolveThroughCatalogs(TEI_ALL, [first, second]).target).toBe(pathToFileURL(path.join(dir, 'long.rng')).href);
    expect(resolveThroughCatalogs(TEI_ALL, [first]).target).toBe(pathToFileURL(path.join(dir, 'by-system.rng')).href);
  });

  it('honours group and xml:base, and follows nextCatalog (once, even in a cycle)', () => {
    const dir = temp();
    const next = write(path.join(dir, 'nested', 'next.xml'), `<nextCatalog catalog="../main.xml"/><uri name="${TEI_ALL}" uri="found.rng"/>`);
    const main = write(path.join(dir, 'main.xml'), `<group xml:base="file:///opt/schemas/"><uri name="http://x.org/a.rng" uri="a.rng"/></group><nextCatalog catalog="nested/next.xml"/>`);
    expect(resolveThroughCatalogs('http://x.org/a.rng', [main]).target).toBe('file:///opt/schemas/a.rng');
    expect(resolveThroughCatalogs(TEI_ALL, [main]).target).toBe(pathToFileURL(path.join(dir, 'nested', 'found.rng')).href);
    expect(resolveThroughCatalogs('http://nowhere.org/z.rng', [main, next]).target).toBeUndefined();
  });

  it('reports catalogs that are missing, malformed or not catalogs, and goes on with the others', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'bad.xml'), '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri');
    writeFileSync(path.join(dir, 'other.xml'), '<root/>');
    const good = write(path.join(dir, 'good.xml'), `<uri name="${TEI_ALL}" uri="t.rng"/>`);
    const result = resolveThroughCatalogs(TEI_ALL, [path.join(dir, 'missing.xml'), path.join(dir, 'bad.xml'), path.join(dir, 'other.xml'), good]);
    expect(result.target).toBe(pathToFileURL(path.join(dir, 't.rng')).href);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/missing\.xml" does not exist; expected an OASIS XML catalog file/),
      expect.stringMatching(/bad\.xml" is not well-formed .*; expected an OASIS XML catalog/),
      expect.stringMatching(/other\.xml" has the root <root>; expected <catalog xmlns="urn:oasis/),
    ]);
  });

  it('reads a catalog again when it changes', () => {
    const dir = temp();
    const file = write(path.join(dir, 'c.xml'), `<uri name="${TEI_ALL}" uri="one.rng"/>`);
    expect(readCatalog(file).catalog!.entries).toHaveLength(1);
    write(file, `<uri name="${TEI_ALL}" uri="one.rng"/><uri name="http://x" uri="two.rng"/>`);
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(readCatalog(file).catalog!.entries).toHaveLength(2);
  });
});

describe('catalogFilesFor', () => {
  it('consults --catalog files, then XML_CATALOG_FILES (paths or file: URLs), then catalog.xml files from the document up to the working folder', () => {
    const root = temp();
    const given = write(path.join(root, 'given.xml'), '');
    const env1 = write(path.join(root, 'env1.xml'), '');
    const env2 = write(path.join(root, 'env2.xml'), '');
    const top = write(path.join(root, 'catalog.xml'), '');
    const near = write(path.join(root, 'tei', 'letters', 'catalog.xml'), '');
    write(path.join(path.dirname(root), 'catalog-outside-is-never-read.xml'), '');
    const files = catalogFilesFor(path.join(root, 'tei', 'letters', 'a.xml'), ['given.xml'], { XML_CATALOG_FILES: `${env1}  ${pathToFileURL(env2).href}` }, root);
    expect(files).toEqual([given, env1, env2, near, top]);
  });

  it('looks only beside a document outside the working folder', () => {
    const root = temp();
    const elsewhere = temp();
    const beside = write(path.join(elsewhere, 'catalog.xml'), '');
    write(path.join(root, 'catalog.xml'), '');
    expect(catalogFilesFor(path.join(elsewhere, 'a.xml'), [], {}, root)).toEqual([beside]);
  });
});
