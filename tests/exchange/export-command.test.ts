/**
 * `tei-edition export` as a user runs it: every output of a small collection
 * (a document with an XInclude, a Latin-1 teiCorpus with a DOCTYPE entity,
 * CDATA and an unnamed member, a fragment that is not a document) against
 * reviewed expectations; exit codes 0/1/2; --help; never writing into a
 * source folder; hostile inputs (XXE, billion laughs, TEI P4) each one
 * diagnostic with nothing read and nothing written.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { expectFile, fixturesRoot, updating } from '../helpers/fixtures.js';
import { ensureDataStylesheet } from '../helpers/data-stylesheet.js';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-export-'));
const collection = path.join(fixturesRoot, 'exchange', 'collection');
const hostile = path.join(fixturesRoot, 'exchange', 'hostile');

/** Every file below `dir`, relative, sorted. */
function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

/** The tool's version changes with every release; the expectations should not. */
const withoutVersion = (text: string) => text.replace(/tei-edition \d+\.\d+\.\d+(?:-[\w.]+)?/g, 'tei-edition VERSION');

beforeAll(() => ensureDataStylesheet());

describe('tei-edition export', () => {
  it('writes the exchange copies, the teiCorpus, the JSON data and the CSL-JSON citations of a collection', async () => {
    const out = temp();
    const r = await run('export', path.join(collection, 'input'), '--out', out, '--layers', 'wf,refs', '--title', 'Letters on the series');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/postscript\.xml.* has the root <div>, not a TEI document.*\[io:export\.not-a-document\]/);
    expect(r.err).toMatch(/^3 files, 0 errors, 0 warnings/m);
    const written = filesBelow(out);
    expect(written).toEqual([
      'data/citations.json', 'data/collection.json', 'data/letters/collected/2.json', 'data/letters/collected/noble.json', 'data/letters/kennan.json',
      'tei/corpus.xml', 'tei/letters/collected/2.xml', 'tei/letters/collected/noble.xml', 'tei/letters/kennan.xml',
    ]);
    for (const file of written) expectFile(withoutVersion(readFileSync(path.join(out, file), 'utf8')), path.join(collection, 'expected', file));
    if (!updating) expect(filesBelow(path.join(collection, 'expected'))).toEqual(written);
  });

  it('says what it writes in --help', async () => {
    const r = await run('export', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: tei-edition export \[options\] \[paths\.\.\.\]/);
    for (const part of ['tei/NAME.xml', 'tei/corpus.xml', 'data/NAME.json', 'data/collection.json', 'data/citations.json', '--catalog <file>', '--allow-network', 'Exit codes:\n  0  clean']) expect(r.out).toContain(part);
  });

  it('exits 1 when a source has validation errors, and still exports it', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'dangling.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p><ref target="#nowhere">x</ref></p></body></text></TEI>');
    const out = temp();
    const r = await run('export', dir, '--out', out, '--layers', 'wf,refs');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[refs:refs\.dangling-pointer\]/);
    expect(existsSync(path.join(out, 'tei', 'dangling.xml'))).toBe(true);
  });

  it('exits 2 for a missing path, and never writes into a source folder', async () => {
    expect((await run('export', path.join(temp(), 'absent.xml'), '--out', temp())).code).toBe(2);
    const dir = temp();
    writeFileSync(path.join(dir, 'a.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>');
    const r = await run('export', dir, '--out', path.join(dir, 'output'));
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/lies inside the source folder .*\(export never writes into them\).*\[usage:usage\.output-in-sources\]/);
    expect(readdirSync(dir)).toEqual(['a.xml']);
  });

  it('refuses a document whose name the collection files take', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'corpus.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p/></body></text></TEI>');
    const out = temp();
    const r = await run('export', dir, '--out', out, '--layers', 'wf');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/would be exported as "corpus", which the collection files use/);
    expect(existsSync(path.join(out, 'tei', 'corpus.xml'))).toBe(false);
  });

  it('reports an XXE attempt, a billion-laughs file and a TEI P4 file with one diagnostic each, reading and writing nothing for them', async () => {
    const out = temp();
    const before = process.memoryUsage().rss;
    const r = await run('export', hostile, '--out', out, '--layers', 'wf', '--format', 'json');
    const grown = process.memoryUsage().rss - before;
    expect(r.code).toBe(1);
    const diagnostics = JSON.parse(r.out) as { file: string; ruleId: string; severity: string }[];
    const byFile = (name: string) => diagnostics.filter((d) => d.file.endsWith(name) && d.severity === 'error').map((d) => d.ruleId);
    expect(byFile('xxe.xml')).toEqual(['wf.external-entity-not-read']);
    expect(byFile('billion-laughs.xml')).toEqual(['wf.entity-expansion-limit']);
    expect(byFile('p4.xml')).toEqual(['tei.p4-not-supported']);
    // Nothing of /etc/passwd reached any output, and no document was written for these files.
    expect(existsSync(path.join(out, 'tei'))).toBe(false);
    expect(grown).toBeLessThan(256 * 1024 * 1024);
  });

  it('validates against the remote schema a document declares through a catalog (beside it, or --catalog), and otherwise warns with both ways out', async () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'only-text.rng'), '<element xmlns="http://relaxng.org/ns/structure/1.0" name="TEI" ns="http://www.tei-c.org/ns/1.0"><text/></element>');
    const catalog = '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="http://schemas.example.org/letter.rng" uri="only-text.rng"/></catalog>';
    const letter = '<?xml-model href="http://schemas.example.org/letter.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>x</p></TEI>';
    writeFileSync(path.join(dir, 'letter.xml'), letter);
    const withoutCatalog = await run('export', path.join(dir, 'letter.xml'), '--out', temp(), '--layers', 'wf,rng');
    expect(withoutCatalog.code).toBe(0);
    expect(withoutCatalog.out).toMatch(/never fetched without permission; expected a catalog entry .* or --allow-network .*\[rng:schema\.remote-not-fetched\]/);

    const elsewhere = temp();
    writeFileSync(path.join(elsewhere, 'catalog.xml'), catalog.replace('uri="only-text.rng"', `uri="${path.join(dir, 'only-text.rng')}"`));
    const given = await run('export', path.join(dir, 'letter.xml'), '--out', temp(), '--layers', 'wf,rng', '--catalog', path.join(elsewhere, 'catalog.xml'));
    expect(given.code).toBe(1);
    expect(given.out).toMatch(/letter\.xml:2:.*element `p` not allowed.*\[rng:/);

    writeFileSync(path.join(dir, 'catalog.xml'), catalog);
    const beside = await run('export', path.join(dir, 'letter.xml'), '--out', temp(), '--layers', 'wf,rng');
    expect(beside.code).toBe(1);
    expect(beside.out).not.toMatch(/remote-not-fetched/);
  });

  it('writes atomically: no temporary file is left beside the outputs', async () => {
    const out = temp();
    await run('export', path.join(collection, 'input'), '--out', out, '--layers', 'wf');
    expect(filesBelow(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of filesBelow(out)) expect(statSync(path.join(out, f)).size).toBeGreaterThan(0);
  });
});
