import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingOptionFiles, rejectUnknownOptions } from '../../src/config/check-options.js';

describe('rejectUnknownOptions', () => {
  const known = { outDir: true, layers: true } as const;

  it('accepts known keys and no options at all', () => {
    expect(() => rejectUnknownOptions('f', { outDir: 'x' }, known)).not.toThrow();
    expect(() => rejectUnknownOptions('f', undefined, known)).not.toThrow();
  });

  it('names the unknown key, the nearest known one, and every known one', () => {
    expect(() => rejectUnknownOptions('f', { outdir: 'x' }, known)).toThrow(new TypeError('f: unknown option "outdir" (did you mean "outDir"?); expected one of layers, outDir'));
    expect(() => rejectUnknownOptions('f', { zzz: 1 }, known)).toThrow(/^f: unknown option "zzz"; expected one of layers, outDir$/);
  });

  it('refuses options that are not an object', () => {
    expect(() => rejectUnknownOptions('f', ['x'] as never, known)).toThrow('f: options must be an object; found an array');
    expect(() => rejectUnknownOptions('f', 'x' as never, known)).toThrow('f: options must be an object; found string');
  });
});

describe('missingOptionFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-check-options-'));
  const present = path.join(dir, 'present.rng');
  writeFileSync(present, '<grammar/>');

  it('says nothing of files that can be read', () => {
    expect(missingOptionFiles({ schema: present, schematron: [present], catalogs: [present], schemaRules: [{ folder: dir, rng: present }] })).toEqual([]);
  });

  it('gives one usage diagnostic per missing file, naming what it was for', () => {
    const missing = path.join(dir, 'missing.sch');
    const found = missingOptionFiles({ schema: dir, schematron: [missing], catalogs: [missing], schemaRules: [{ folder: 'tei/a', schematron: [missing] }] });
    expect(found.map((d) => [d.layer, d.ruleId, d.message])).toEqual([
      ['usage', 'usage.missing-schema', `RELAX NG schema ${JSON.stringify(dir)} is not a file; expected a readable file`],
      ['usage', 'usage.missing-schematron', `Schematron file ${JSON.stringify(missing)} does not exist; expected a readable file`],
      ['usage', 'usage.missing-catalog', `XML catalog ${JSON.stringify(missing)} does not exist; expected a readable file`],
      ['usage', 'usage.missing-schematron', `Schematron file for the folder "tei/a" ${JSON.stringify(missing)} does not exist; expected a readable file`],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file that cannot be read (skipped as root, who may read any file)', () => {
    const locked = path.join(dir, 'locked.rng');
    writeFileSync(locked, '<grammar/>');
    chmodSync(locked, 0o000);
    expect(missingOptionFiles({ schema: locked })[0]!.message).toContain('cannot be read (EACCES)');
  });
});
