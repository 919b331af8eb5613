/**
 * The oracle: every fixture's draft, and the record's draft made without a
 * names file, are valid for jing against tei_all and against the project's
 * schema. Skips when jing or ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/import/import-record.js';
import { fixtureCases, repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { importCase } from './fixture-case.js';

const jing = spawnSync('jing', ['-h'], { encoding: 'utf8' }).error === undefined;
noteSkip('the jing validation of the import drafts');

describe.skipIf(!jing || !hasShared)('import drafts for jing', () => {
  it('are valid against tei_all and the project schema', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-import-jing-'));
    const files = fixtureCases('import').map(({ name, dir: caseDir }) => {
      const file = path.join(dir, `${name}.xml`);
      writeFileSync(file, importCase(caseDir, name).result.xml!);
      return file;
    });
    const record = path.join(dir, 'record-without-names.xml');
    writeFileSync(record, importText(readFileSync(shared('source', '000_01c46b6d262fda6b.txt'), 'utf8'), { file: 'record.txt', today: '2026-01-01' }).xml!);
    files.push(record);
    for (const schema of [shared('schema', 'tei_all.rng'), path.join(repoRoot, 'schema', 'tei-edition.rng')]) {
      const run = spawnSync('jing', [schema, ...files], { encoding: 'utf8' });
      expect(run.stdout.trim(), schema).toBe('');
      expect(run.status, schema).toBe(0);
    }
  }, 120_000);
});
