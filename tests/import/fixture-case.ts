/** Imports a fixture case of tests/fixtures/import/ the way the fixture and round-trip tests do. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importText } from '../../src/import/import-record.js';
import { parseNames } from '../../src/import/load-names.js';

/** Imports a fixture case with a fixed date, so that the expected files are stable. */
export function importCase(dir: string, name: string) {
  const text = readFileSync(path.join(dir, 'input.txt'), 'utf8');
  const namesFile = ['names.tsv', 'names.json'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  const names = namesFile ? parseNames(namesFile, readFileSync(namesFile, 'utf8')).entries : [];
  return { text, result: importText(text, { file: 'input.txt', name, names, today: '2026-01-01' }) };
}

