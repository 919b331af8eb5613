import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locationOf, SchemaFiles } from '../../src/schematron/schema-files.js';
import { sha256 } from '../../src/util/sha256.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-schema-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'main.sch'), '<schema xmlns="http://purl.oclc.org/dsdl/schematron">\n  <pattern/>\n</schema>');
writeFileSync(path.join(dir, 'broken.sch'), '<schema>\n<pattern>\n</schema>');

describe('SchemaFiles', () => {
  it('parses each file once and records its hash as a dependency', async () => {
    const files = new SchemaFiles();
    const main = await files.read(path.join(dir, 'main.sch'));
    expect(main?.document.root.local).toBe('schema');
    expect(await files.read('main.sch', main)).toBe(main);
    expect(files.dependencies).toEqual([{ path: path.join(dir, 'main.sch'), sha256: sha256('<schema xmlns="http://purl.oclc.org/dsdl/schematron">\n  <pattern/>\n</schema>') }]);
    expect(locationOf(main!, main!.document.root.children[1] as never)).toMatchObject({ line: 2, column: 3 });
  });

  it('reports unreadable, malformed and remote schemas as Schematron diagnostics', async () => {
    const files = new SchemaFiles();
    expect(await files.read(path.join(dir, 'missing.sch'))).toBeUndefined();
    expect(await files.read(path.join(dir, 'broken.sch'))).toBeUndefined();
    expect(await files.read('https://example.org/s.sch')).toBeUndefined();
    expect(files.diagnostics.map((d) => [d.layer, d.ruleId.split('.')[0] + '.' + d.ruleId.split('.')[1]?.split('-')[0]])).toEqual([
      ['sch', 'sch.schema'],
      ['sch', 'sch.schema'],
      ['sch', 'sch.remote'],
    ]);
    expect(files.diagnostics[1]!.line).toBe(3);
  });
});
