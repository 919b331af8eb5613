import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/util/sha256.js';
import { cacheDirectory, readCached, writeCached } from '../../src/schematron/schematron-cache.js';
import type { CompiledSchematron } from '../../src/schematron/schematron-model.js';

const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-cache-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const compiled: CompiledSchematron = { format: 7, hash: 'h', queryBinding: 'xslt2', phase: '#ALL', namespaces: {}, lets: [], patterns: [], keys: [], diagnostics: [] };

describe('cacheDirectory', () => {
  it('prefers the option, then TEI_EDITION_CACHE, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(cacheDirectory('/opt/c', { TEI_EDITION_CACHE: '/e' })).toBe(path.join('/opt/c', 'schematron'));
    expect(cacheDirectory(undefined, { TEI_EDITION_CACHE: '/e', XDG_CACHE_HOME: '/x' })).toBe(path.join('/e', 'schematron'));
    expect(cacheDirectory(undefined, { XDG_CACHE_HOME: '/x' })).toBe(path.join('/x', 'tei-edition', 'schematron'));
    expect(cacheDirectory(undefined, {})).toMatch(/\.cache[/\\]tei-edition[/\\]schematron$/);
  });
});

describe('readCached / writeCached', () => {
  const source = path.join(dir, 'schema.sch');
  writeFileSync(source, 'v1');

  it('round-trips an entry, and leaves no temporary file behind', async () => {
    expect(await writeCached(dir, 'k1', compiled, [{ path: source, sha256: sha256('v1') }])).toBe(true);
    expect(await readCached(dir, 'k1', 7)).toEqual({ compiled, dependencies: [{ path: source, sha256: sha256('v1') }] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('ignores an entry whose dependency changed, or that is of another format', async () => {
    expect(await readCached(dir, 'k1', 8)).toBeUndefined();
    writeFileSync(source, 'v2');
    expect(await readCached(dir, 'k1', 7)).toBeUndefined();
  });

  it('ignores a corrupt or missing entry instead of failing', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"format": 7, "dependencies": [], "compiled": ');
    expect(await readCached(dir, 'bad', 7)).toBeUndefined();
    writeFileSync(path.join(dir, 'odd.json'), '{"format": 7, "dependencies": [], "compiled": {"format": 7}}');
    expect(await readCached(dir, 'odd', 7)).toBeUndefined();
    expect(await readCached(dir, 'absent', 7)).toBeUndefined();
  });

  it('reports a failed write as false, not as an exception', async () => {
    const file = path.join(dir, 'not-a-dir');
    writeFileSync(file, '');
    expect(await writeCached(path.join(file, 'sub'), 'k', compiled, [])).toBe(false);
  });
});
