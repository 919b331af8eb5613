import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/parse/parse-xml.js';
import { defaultCacheDir, loadRngSchema, validateRng } from '../../src/relaxng/index.js';
import { SCHEMA_FORMAT } from '../../src/relaxng/serialize-schema.js';

const FIXTURE = path.resolve('tests/fixtures/relaxng/include-and-combine');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'rng-load-'));
const doc = (text: string) => parseXml('d.xml', text).document!;

describe('loadRngSchema', () => {
  it('reports a missing schema as a diagnostic on the schema file', async () => {
    const r = await loadRngSchema('no/such/schema.rng', { cacheDir: tmp() });
    expect(r.schema).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ layer: 'rng', ruleId: 'rng.schema-error', file: 'no/such/schema.rng' }]);
    expect(r.diagnostics[0]!.message).toMatch(/no such file/);
  });

  it('reports a schema that is not well-formed, or not RELAX NG, with its location', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.rng'), '<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty>');
    const r1 = await loadRngSchema(path.join(dir, 'bad.rng'), { cacheDir: dir });
    expect(r1.diagnostics[0]).toMatchObject({ ruleId: 'rng.schema-error', line: 1 });
    expect(r1.diagnostics[0]!.message).toMatch(/not well-formed/);
    writeFileSync(path.join(dir, 'odd.rng'), '<element name="a" xmlns="http://relaxng.org/ns/structure/1.0">\n  <sequence/>\n</element>');
    const r2 = await loadRngSchema(path.join(dir, 'odd.rng'), { cacheDir: dir });
    expect(r2.diagnostics).toMatchObject([{ ruleId: 'rng.schema-error', line: 2, column: 3 }]);
  });

  it('caches the compiled schema and gives the same results from the cache', async () => {
    const cacheDir = tmp();
    const first = await loadRngSchema(path.join(FIXTURE, 'schema.rng'), { cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const second = await loadRngSchema(path.join(FIXTURE, 'schema.rng'), { cacheDir });
    expect(second.schema!.hash).toBe(first.schema!.hash);
    const text = readFileSync(path.join(FIXTURE, 'document.xml'), 'utf8');
    expect(validateRng(doc(text), 'd.xml', second.schema!)).toEqual(validateRng(doc(text), 'd.xml', first.schema!));
    expect(validateRng(doc(text), 'd.xml', second.schema!)).toHaveLength(1);
  });

  it('keeps the ID-typed attributes in the cache entry, so that duplicate IDs are found with a cached schema', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'ids.rng'),
      `<element name="list" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
        <zeroOrMore><element name="item"><attribute name="id"><data type="ID"/></attribute></element></zeroOrMore>
      </element>`,
    );
    const cacheDir = path.join(dir, 'cache');
    await loadRngSchema(path.join(dir, 'ids.rng'), { cacheDir });
    const entry = JSON.parse(readFileSync(path.join(cacheDir, readdirSync(cacheDir)[0]!), 'utf8'));
    expect(entry.idTypes).toEqual([['{}item {}id', 'ID']]);
    const cached = await loadRngSchema(path.join(dir, 'ids.rng'), { cacheDir });
    const found = validateRng(doc('<list><item id="a"/><item id="a"/></list>'), 'd.xml', cached.schema!);
    expect(found.map((d) => d.ruleId)).toEqual(['rng.duplicate-id', 'rng.duplicate-id']);
  });

  it('recompiles a corrupt cache entry instead of trusting it', async () => {
    const cacheDir = tmp();
    await loadRngSchema(path.join(FIXTURE, 'schema.rng'), { cacheDir });
    const entry = path.join(cacheDir, readdirSync(cacheDir)[0]!);
    writeFileSync(entry, '{"format": 1, "files": [');
    const r = await loadRngSchema(path.join(FIXTURE, 'schema.rng'), { cacheDir });
    expect(r.diagnostics).toEqual([]);
    expect(validateRng(doc('<book year="2000"><part/></book>'), 'd.xml', r.schema!)).toEqual([]);
    expect(JSON.parse(readFileSync(entry, 'utf8')).format).toBe(SCHEMA_FORMAT); // rewritten whole
  });

  it('recompiles when an included file changed since the entry was written', async () => {
    const dir = tmp();
    cpSync(FIXTURE, dir, { recursive: true });
    const cacheDir = path.join(dir, 'cache');
    const a = await loadRngSchema(path.join(dir, 'schema.rng'), { cacheDir });
    const book = doc('<book year="2000"><part/><chapter/></book>');
    expect(validateRng(book, 'd.xml', a.schema!)).toHaveLength(1); // chapter overridden away
    // The include no longer overrides "part": chapter is allowed again, so the old entry must not be used.
    const main = readFileSync(path.join(dir, 'schema.rng'), 'utf8');
    writeFileSync(path.join(dir, 'base.rng'), readFileSync(path.join(dir, 'base.rng'), 'utf8').replace('<define name="book.attributes"><empty/></define>', '<define name="book.attributes"><optional><attribute name="lang"/></optional></define>'));
    writeFileSync(path.join(dir, 'schema.rng'), main);
    const b = await loadRngSchema(path.join(dir, 'schema.rng'), { cacheDir });
    expect(b.schema!.hash).not.toBe(a.schema!.hash);
    expect(validateRng(doc('<book year="2000" lang="en"><part/></book>'), 'd.xml', b.schema!)).toEqual([]);
    expect(validateRng(doc('<book year="2000" lang="en"><part/></book>'), 'd.xml', a.schema!)).toHaveLength(1);
  });

  it('finds the cache directory from the environment', () => {
    expect(defaultCacheDir({ TEI_EDITION_CACHE: '/x' })).toBe('/x');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'tei-edition'));
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'tei-edition'));
  });

  it('validates without a usable cache directory', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'file'), '');
    const r = await loadRngSchema(path.join(FIXTURE, 'schema.rng'), { cacheDir: path.join(dir, 'file', 'sub') });
    expect(r.diagnostics).toEqual([]);
    expect(r.schema).toBeDefined();
  });
});
