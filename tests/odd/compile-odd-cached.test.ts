/**
 * An ODD used as a validation schema: compiled once into the cache, taken
 * from it while the ODD and every file it read are unchanged, compiled again
 * when its TEI source changes; the validation session accepts an .odd where a
 * .rng is expected.
 */
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileOddCached } from '../../src/odd/compile-odd-cached.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { validateRng } from '../../src/relaxng/index.js';
import { ValidationSession } from '../../src/validate/validation-session.js';

const MINI = path.resolve('tests/fixtures/odd/mini');

function copyFixtures(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'odd-cached-'));
  for (const f of ['custom.odd', 'p5mini.xml']) copyFileSync(path.join(MINI, f), path.join(dir, f));
  return dir;
}

describe('compileOddCached', () => {
  it('compiles once, then reuses the cached schema', async () => {
    const dir = copyFixtures();
    const cache = path.join(dir, 'cache');
    const first = await compileOddCached(path.join(dir, 'custom.odd'), cache);
    expect(first.diagnostics).toEqual([]);
    const written = statSync(first.rng!).mtimeMs;
    const second = await compileOddCached(path.join(dir, 'custom.odd'), cache);
    expect(second.rng).toBe(first.rng);
    expect(statSync(second.rng!).mtimeMs).toBe(written);
  });

  it('compiles again when a file the ODD depends on changes', async () => {
    const dir = copyFixtures();
    const cache = path.join(dir, 'cache');
    const first = await compileOddCached(path.join(dir, 'custom.odd'), cache);
    expect(readFileSync(first.rng!, 'utf8')).toContain('<element name="list">');
    const source = path.join(dir, 'p5mini.xml');
    writeFileSync(source, readFileSync(source, 'utf8').replace('<elementSpec ident="list" module="core">', '<elementSpec ident="list" module="core"><altIdent>liste</altIdent>'));
    const second = await compileOddCached(path.join(dir, 'custom.odd'), cache);
    expect(readFileSync(second.rng!, 'utf8')).toContain('<element name="liste">');
  });

  it('returns the compiler errors and no schema for a broken ODD', async () => {
    const result = await compileOddCached(path.join(MINI, 'errors.odd'), mkdtempSync(path.join(os.tmpdir(), 'odd-cached-')));
    expect(result.rng).toBeUndefined();
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('odd.unknown-module');
  });
});

describe('ValidationSession with an ODD as the schema', () => {
  it('validates against the compiled ODD, and runs its Schematron', async () => {
    const dir = copyFixtures();
    const session = new ValidationSession(path.join(dir, 'cache'));
    const odd = path.join(dir, 'custom.odd');
    const { schema, diagnostics } = await session.rng(odd);
    expect(diagnostics).toEqual([]);
    const doc = parseXml('doc.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div type="chapter"><p rend="x">a</p></div></body></text></TEI>').document!;
    expect(validateRng(doc, 'doc.xml', schema!).map((d) => d.message)).toEqual([expect.stringContaining('attribute `rend` not allowed')]);
    const sch = await session.schematron(odd, []);
    expect(sch.diagnostics).toEqual([]);
    expect(sch.schema).toBeDefined();
  });
});
