/**
 * Which schemas a document gets. The rule under test is the default: a
 * document that declares no schema is validated against tei_all (with its
 * embedded Schematron) and for references; the project's own schema and
 * house rules (te-*) apply only in the project folders, by default the
 * package's tei/. tei_all is reached as a declared remote schema is: here
 * through a catalog beside the fixtures that maps its URL to a stand-in, or,
 * where ../shared is present, to the real tei_all.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { loadSource } from '../../src/load/load-source.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { validateFiles } from '../../src/pipeline/validate-files.js';
import { DEFAULT_PROJECT_FOLDERS, DEFAULT_SCHEMAS, resolveSchemas, TEI_ALL_URL, type SchemaSelection } from '../../src/validate/resolve-schemas.js';
import type { ValidateOptions } from '../../src/validate/validate-document.js';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';

const fixture = (...parts: string[]) => path.join(fixturesRoot, 'validate', 'defaults', ...parts);
const LETTER = fixture('letter', 'letter.xml');
const STAND_IN = fixture('catalogued', 'tei_all-stand-in.rng');
const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-edition-defaults-'));
/** No user catalogs and an empty cache: only what a test names can make tei_all local. */
const isolated = (more: ValidateOptions = {}): ValidateOptions => ({ cacheDir: temp(), env: {}, ...more });

async function parsed(file: string) {
  const { source } = await loadSource(file);
  return parseSource(source!).parsed!;
}

/** A copy of `file` at `target` (folders made). */
function copyTo(file: string, target: string): string {
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(file, target);
  return target;
}

const errorsOf = (files: { diagnostics: { severity: string }[] }[]) => files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error');
const ruleIds = (files: { diagnostics: { ruleId: string }[] }[]) => [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)))].sort();

describe('resolveSchemas: a document that declares no schema', () => {
  it('gets tei_all, made local through a catalog, with no standalone Schematron (its rules are embedded in the RELAX NG)', async () => {
    const choice = resolveSchemas(await parsed(fixture('catalogued', 'valid.xml')), isolated());
    expect(choice).toEqual({ rng: STAND_IN, sch: [], origin: 'tei_all', diagnostics: [] });
  });

  it('runs no schema where tei_all is not available, and says why and how to make it available, at the root element', async () => {
    const choice = resolveSchemas(await parsed(LETTER), isolated());
    expect(choice.rng).toBeUndefined();
    expect(choice.origin).toBe('tei_all');
    expect(choice.diagnostics).toHaveLength(1);
    expect(choice.diagnostics[0]).toMatchObject({ severity: 'warning', layer: 'rng', ruleId: 'schema.tei-all-unavailable', line: 2, column: 1 });
    expect(choice.diagnostics[0]!.message).toContain(JSON.stringify(TEI_ALL_URL));
    expect(choice.diagnostics[0]!.message).toMatch(/--catalog FILE.*--allow-network.*--schema FILE\.rng/);
  });

  it('gets the project schema and house rules in a project folder, by default the package\'s tei/', async () => {
    expect(DEFAULT_PROJECT_FOLDERS).toEqual([path.join(repoRoot, 'tei')]);
    const inDefault = { ...(await parsed(LETTER)) };
    inDefault.source = { ...inDefault.source, path: path.join(repoRoot, 'tei', 'drafts', 'letter.xml') };
    expect(resolveSchemas(inDefault, isolated())).toEqual({ rng: DEFAULT_SCHEMAS.rng, sch: [DEFAULT_SCHEMAS.sch], origin: 'project', diagnostics: [] });
    expect(resolveSchemas(await parsed(LETTER), isolated({ projectFolders: [fixture('letter')] })).origin).toBe('project');
    // A folder named differently is not a project folder, even if its name starts the same.
    expect(resolveSchemas(await parsed(LETTER), isolated({ projectFolders: [fixture('lett')] })).origin).toBe('tei_all');
  });

  it('keeps the earlier choices: --schema, then a configuration rule for the folder, then xml-model', async () => {
    const letter = await parsed(LETTER);
    expect(resolveSchemas(letter, isolated({ schema: STAND_IN })).origin).toBe('option');
    expect(resolveSchemas(letter, isolated({ schemaRules: [{ folder: fixture('letter'), rng: STAND_IN }] })).origin).toBe('folder');
    expect(resolveSchemas(await parsed(path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml')), isolated()).origin).toBe('xml-model');
  });
});

describe('validateFiles with the default', () => {
  it("a plain letter from another project gets none of the project's house rules, only what tei_all and the references say", async () => {
    const result = await validateFiles([LETTER], isolated());
    expect(errorsOf(result.files)).toEqual([]);
    expect(ruleIds(result.files)).toEqual(['schema.tei-all-unavailable']);
  });

  it('runs tei_all and its embedded Schematron: a valid document passes, and a broken one is caught by both', async () => {
    const result = await validateFiles([fixture('catalogued', 'valid.xml'), fixture('catalogued', 'invalid.xml')], isolated());
    expect(result.files[0]!.diagnostics).toEqual([]);
    expect(result.files[1]!.diagnostics.map((d) => `${d.layer} ${d.line}`)).toEqual(['rng 3', 'sch 2']);
    expect(result.files[1]!.diagnostics[1]!.message).toContain('the stand-in\'s embedded rule');
  });

  it('still holds a document in a project folder to the project schema and house rules', async () => {
    const result = await validateFiles([LETTER], isolated({ projectFolders: [fixture('letter')] }));
    expect(ruleIds(result.files)).toEqual(expect.arrayContaining(['te-date-normalised', 'te-measure-values', 'te-name-ref']));
  });
});

describe.skipIf(!hasShared)('tei-edition validate on tei_all-valid files from other projects (../shared, tei_all through a catalog)', () => {
  noteSkip('the default-schema checks on ../shared');
  const catalog = () => {
    const file = path.join(temp(), 'catalog.xml');
    writeFileSync(file, `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="${TEI_ALL_URL}" uri="${shared('schema', 'tei_all.rng')}"/></catalog>`);
    return file;
  };
  async function run(...args: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  it('reports no errors and exits 0 for the fixture letter and for base.xml, which declare no schema', async () => {
    const cache = temp();
    const r = await run('validate', '--cache-dir', cache, '--catalog', catalog(), LETTER, shared('validation', 'invalid', 'base.xml'));
    expect(r.out + r.err).toMatch(/2 files, 0 errors, 0 warnings/);
    expect(r.code).toBe(0);
  }, 120_000);

  it("gives the genres files that declare no schema, or tei_all by URL, tei_all's verdicts: jing's count of RELAX NG errors, and no house rule", async () => {
    const manifest = readFileSync(shared('genres', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const jingErrors = new Map(manifest.map((row) => [shared('genres', row[0]!), row[7] === 'valid' ? 0 : Number(/^invalid \((\d+) errors?/.exec(row[7]!)?.[1])]));
    const declaresOther = (file: string) => /<\?xml-model\b(?![^>]*tei_all\.rng)/.test(readFileSync(file, 'utf8').slice(0, 4000));
    const files = [...jingErrors.keys()].filter((f) => !declaresOther(f));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const result = await validateFiles(files, isolated({ catalogs: [catalog()], layers: ['rng', 'sch'] }));
    for (const report of result.files) {
      const errors = report.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.filter((d) => d.layer === 'rng').length, report.file).toBe(jingErrors.get(path.resolve(report.file)));
      // What Schematron finds comes from tei_all's embedded rules (one letter has an empty msIdentifier), never from te-* house rules.
      expect(errors.filter((d) => d.layer === 'sch' && !d.ruleId.startsWith('tei_all-')), report.file).toEqual([]);
    }
  }, 300_000);

  it('a copy of the record without its xml-model is still held to the house rules in a project folder, and to tei_all elsewhere', async () => {
    const text = readFileSync(path.join(repoRoot, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), 'utf8').replace(/<\?xml-model[^>]*\?>\n?/g, '');
    const dir = temp();
    const file = path.join(dir, 'tei', 'record.xml');
    mkdirSync(path.dirname(file));
    writeFileSync(file, text);
    const options = isolated({ catalogs: [catalog()] });
    const [project] = resolveSchemasFor(await parsed(file), { ...options, projectFolders: [path.join(dir, 'tei')] });
    const [elsewhere] = resolveSchemasFor(await parsed(copyTo(file, path.join(dir, 'other', 'record.xml'))), options);
    expect(project).toBe(DEFAULT_SCHEMAS.rng);
    expect(elsewhere).toBe(shared('schema', 'tei_all.rng'));
    expect(errorsOf((await validateFiles([file], { ...options, projectFolders: [path.join(dir, 'tei')] })).files)).toEqual([]);
  }, 120_000);
});

/** The RELAX NG schema chosen for `document`, with the origin. */
function resolveSchemasFor(document: Awaited<ReturnType<typeof parsed>>, selection: SchemaSelection): [string | undefined, string] {
  const choice = resolveSchemas(document, selection);
  return [choice.rng, choice.origin];
}
