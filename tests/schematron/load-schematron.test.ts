import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadSchematron } from '../../src/schematron/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cacheDir = path.join(dir, 'cache');
const main = path.join(dir, 'main.sch');
const part = path.join(dir, 'part.sch');
const write = (test: string) => {
  writeFileSync(main, `<schema xmlns="http://purl.oclc.org/dsdl/schematron"><include href="part.sch"/></schema>`);
  writeFileSync(part, `<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="p"><rule context="a"><assert test="${test}" id="t"/></rule></pattern>`);
};

describe('loadSchematron', () => {
  it('compiles once, then serves from the disk cache; an included file changing invalidates it', async () => {
    write('@x');
    const first = await loadSchematron({ sch: [main] }, { cacheDir });
    expect(first.diagnostics).toEqual([]);
    expect(readdirSync(path.join(cacheDir, 'schematron')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const again = await loadSchematron({ sch: [main] }, { cacheDir });
    expect(again.schema!.hash).toBe(first.schema!.hash);
    expect(again.schema!.compiled.patterns[0]!.rules[0]!.checks[0]!.test).toBe('@x');
    write('@y');
    const changed = await loadSchematron({ sch: [main] }, { cacheDir });
    expect(changed.schema!.compiled.patterns[0]!.rules[0]!.checks[0]!.test).toBe('@y');
  });

  it('recompiles over a corrupt cache entry, and replaces it', async () => {
    write('@z');
    const c2 = path.join(dir, 'c2');
    const { schema } = await loadSchematron({ sch: [main] }, { cacheDir: c2 });
    const entry = path.join(c2, 'schematron', `${schema!.hash}.json`);
    writeFileSync(entry, '{ not json');
    // A fresh module instance has no in-memory copy, as in a new process.
    vi.resetModules();
    const fresh = (await import('../../src/schematron/index.js')).loadSchematron;
    const again = await fresh({ sch: [main] }, { cacheDir: c2 });
    expect(again.diagnostics).toEqual([]);
    expect(again.schema!.compiled.patterns[0]!.rules[0]!.checks[0]!.test).toBe('@z');
    expect(() => JSON.parse(readFileSync(entry, 'utf8'))).not.toThrow();
  });

  it('keys the cache by phase too', async () => {
    writeFileSync(path.join(dir, 'ph.sch'), `<schema xmlns="http://purl.oclc.org/dsdl/schematron"><phase id="one"><active pattern="a"/></phase><pattern id="a"/><pattern id="b"/></schema>`);
    const all = await loadSchematron({ sch: [path.join(dir, 'ph.sch')] }, { cacheDir });
    const one = await loadSchematron({ sch: [path.join(dir, 'ph.sch')] }, { cacheDir, phase: 'one' });
    expect([all.schema!.compiled.patterns.length, one.schema!.compiled.patterns.length]).toEqual([2, 1]);
    expect(one.schema!.hash).not.toBe(all.schema!.hash);
  });

  it('returns diagnostics, never throws, when there is nothing usable', async () => {
    expect((await loadSchematron({}, { cacheDir })).diagnostics.map((d) => d.ruleId)).toEqual(['sch.no-schema']);
    const missing = await loadSchematron({ sch: [path.join(dir, 'missing.sch')] }, { cacheDir });
    expect(missing.schema).toBeUndefined();
    expect(missing.diagnostics[0]!.layer).toBe('sch');
  });
});
