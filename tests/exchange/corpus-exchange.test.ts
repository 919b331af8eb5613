/**
 * The exchange over the shared corpus of real TEI: every document jing finds
 * valid against tei_all is still valid once exported (our validator, through
 * an XML catalog, and jing where installed), with the same text; the
 * collection's teiCorpus is valid too; xml-model declarations of tei_all by
 * URL are honoured through a catalog with jing's verdicts; the XInclude
 * notebook, the DOCTYPE files and the P4 file each behave as documented.
 */
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCollection, type ExportResult } from '../../src/exchange/export-collection.js';
import { readSourceDocuments } from '../../src/pipeline/read-source-documents.js';
import { exchangeCopy, TEI_ALL_URL } from '../../src/exchange/write-exchange-copy.js';
import { loadSource } from '../../src/load/load-source.js';
import { readIncludeTarget } from '../../src/load/read-include-target.js';
import { resolveXIncludes } from '../../src/parse/resolve-xincludes.js';
import { parseSource } from '../../src/parse/parse-source.js';
import { detectTeiP4 } from '../../src/validate/detect-tei-p4.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { descendantElements, textContent, XI_NS } from '../../src/parse/xml-tree.js';
import { discoverSources } from '../../src/pipeline/discover-sources.js';
import { validateFiles } from '../../src/pipeline/validate-files.js';
import { readXmlModels } from '../../src/validate/read-xml-model.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, noteSkip, shared } from '../helpers/shared-data.js';
import { ensureDataStylesheet } from '../helpers/data-stylesheet.js';

const hasJing = spawnSync('jing', [], { stdio: 'ignore' }).error === undefined;
const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-corpus-exchange-'));

/** jing's verdicts on the corpus: file (relative to ../shared) → valid or not. */
function jingVerdicts(): Map<string, string> {
  const rows = readFileSync(shared('validation', 'jing-verdicts.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split('\t')).map(([file, verdict]) => [file!, verdict!]));
}

/** A catalog that maps the TEI Consortium's schema URLs to the copies in ../shared/schema. */
function teiCatalog(): string {
  const file = path.join(temp(), 'catalog.xml');
  const prefix = TEI_ALL_URL.replace(/tei_all\.rng$/, '');
  writeFileSync(file, `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><rewriteURI uriStartString="${prefix}" rewritePrefix="${pathToFileURL(shared('schema')).href}/"/></catalog>`);
  return file;
}

const filesBelow = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe.skipIf(!hasShared)('exchange over the shared corpus', () => {
  noteSkip('the corpus-level exchange tests');
  let out: string;
  let result: ExportResult;
  let valid: string[];
  let catalog: string;

  beforeAll(async () => {
    ensureDataStylesheet();
    catalog = teiCatalog();
    valid = [...jingVerdicts()].filter(([file, verdict]) => file.startsWith('corpus/') && verdict === 'valid').map(([file]) => shared(file));
    out = temp();
    result = await exportCollection(valid, { outDir: out, layers: ['wf'], title: 'Valid documents of the shared corpus' });
  }, 600_000);

  it('exports every valid document, and each export is valid against tei_all (our validator, through the catalog its xml-model needs)', async () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    const exported = filesBelow(path.join(out, 'tei'));
    // testCorpus1 holds two TEI, so one file more than sources, plus corpus.xml.
    expect(exported.length).toBe(valid.length + 2);
    const checked = await validateFiles(exported.filter((f) => !f.endsWith('corpus.xml')), { layers: ['wf', 'rng'], catalogs: [catalog] });
    const problems = checked.files.flatMap((f) => f.diagnostics).filter((d) => d.severity !== 'info');
    expect(problems).toEqual([]);
  }, 600_000);

  it.skipIf(!hasJing)('and jing agrees, for every export and for the collection\'s teiCorpus', () => {
    const exported = filesBelow(path.join(out, 'tei'));
    const run = spawnSync('jing', [shared('schema', 'tei_all.rng'), ...exported], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 300_000);

  it('keeps the text of every document, character for character', async () => {
    for (const file of valid) {
      const [source] = (await discoverSources([file])).sources;
      const read = await readSourceDocuments(source!, { layers: ['wf'] });
      for (const doc of read.documents) {
        const exported = parseXml('copy', readFileSync(path.join(out, 'tei', `${doc.name}.xml`), 'utf8'));
        expect(textContent(exported.document!.root), doc.name).toBe(textContent(doc.tei));
      }
    }
  }, 300_000);

  it('writes data that matches schema/exchange-data.schema.json and CSL-JSON citations, one per document', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'exchange-data.schema.json'), 'utf8')) as object);
    const data = filesBelow(path.join(out, 'data')).filter((f) => !f.endsWith('citations.json'));
    for (const file of data) expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const csl = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'exchange', 'csl-item.schema.json'), 'utf8')) as object);
    const citations = JSON.parse(readFileSync(path.join(out, 'data', 'citations.json'), 'utf8')) as { id: string }[];
    expect(csl(citations), JSON.stringify(csl.errors)).toBe(true);
    expect(citations).toHaveLength(valid.length + 1);
  });
});

describe.skipIf(!hasShared)('round trip over the whole corpus', () => {
  it('makes a faithful exchange copy of every well-formed document (canonical XML equal, same text), valid or not', async () => {
    const files = filesBelow(shared('corpus')).filter((f) => f.endsWith('.xml'));
    let copied = 0;
    for (const file of files) {
      const loaded = await loadSource(file);
      const parsed = loaded.source && parseSource(loaded.source).parsed;
      if (!parsed || detectTeiP4(parsed.document, file)) continue;
      const resolved = (await resolveXIncludes(parsed, readIncludeTarget)).parsed;
      const copy = exchangeCopy(resolved);
      expect(copy.diagnostics, file).toEqual([]);
      expect(textContent(copy.document!.root), file).toBe(textContent(resolved.document.root));
      copied++;
    }
    // Every file but the malformed one and the P4 one.
    expect(copied).toBe(files.length - 2);
  }, 600_000);
});

describe.skipIf(!hasShared)('reading others\' TEI from the shared corpus', () => {
  it('honours xml-model declarations of tei_all by URL through a catalog, with jing\'s verdicts', async () => {
    const verdicts = jingVerdicts();
    const declaring = [...verdicts.keys()].filter((f) => f.startsWith('corpus/') && existsSync(shared(f))).filter((f) => {
      const document = parseXml(f, readFileSync(shared(f), 'utf8')).document;
      return document !== undefined && readXmlModels(document, shared(f)).some((m) => m.href === TEI_ALL_URL);
    });
    expect(declaring.length).toBe(16);
    const checked = await validateFiles(declaring.map((f) => shared(f)), { layers: ['rng'], catalogs: [teiCatalog()] });
    for (const [i, report] of checked.files.entries()) {
      expect(report.diagnostics.some((d) => d.ruleId.startsWith('schema.'))).toBe(false);
      expect(report.diagnostics.some((d) => d.severity === 'error') ? 'invalid' : 'valid', declaring[i]).toBe(verdicts.get(declaring[i]!));
    }
  }, 300_000);

  it('exports the XInclude notebook (sga-xinclude) whole: no xi:include left, every included surface in place, the fragments not exported on their own', async () => {
    const out = temp();
    const exported = await exportCollection([shared('corpus', 'sga-xinclude')], { outDir: out, layers: ['wf'] });
    const copy = parseXml('copy', readFileSync(path.join(out, 'tei', 'ox', 'ox-frankenstein_notebook_c1.xml'), 'utf8')).document!;
    const elements = [...descendantElements(copy.root)];
    expect(elements.filter((e) => e.uri === XI_NS)).toEqual([]);
    // 37 inclusions: the shared classDecl and 36 page surfaces.
    const includes = readFileSync(shared('corpus', 'sga-xinclude', 'ox', 'ox-frankenstein_notebook_c1.xml'), 'utf8').match(/<xi:include\b[^>]*>/g) ?? [];
    expect(includes.length).toBe(37);
    expect(elements.filter((e) => e.local === 'surface').length).toBe(includes.filter((i) => i.includes('ox-ms_abinger')).length);
    expect(elements.filter((e) => e.local === 'classDecl').length).toBe(1);
    expect(filesBelow(path.join(out, 'tei')).map((f) => path.relative(out, f)).sort()).toEqual(['tei/corpus.xml', 'tei/ox/ox-frankenstein_notebook_c1.xml']);
    expect(exported.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'export.not-a-document').length).toBeGreaterThan(30);
  }, 300_000);

  it('reads DOCTYPE files (internal entities expanded, external DTD never read) and exports them without their DOCTYPE', async () => {
    const files = ['teic-p5test/testcorpus.xml', 'teic-p5test/testdrama.xml', 'teic-p5test/testchinese.xml'].map((f) => shared('corpus', f));
    const out = temp();
    const exported = await exportCollection(files, { outDir: out, layers: ['wf'] });
    const diagnostics = exported.files.flatMap((f) => f.diagnostics);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === 'wf.external-dtd-not-read').length).toBe(3);
    const copies = filesBelow(path.join(out, 'tei'));
    // testcorpus.xml is a teiCorpus of three TEI.
    expect(copies.length).toBe(2 + 3 + 1);
    for (const copy of copies) expect(readFileSync(copy, 'utf8')).not.toMatch(/<!DOCTYPE|<!ENTITY/);
  }, 300_000);

  it('gives the TEI P4 file one diagnostic and exports nothing for it', async () => {
    const out = temp();
    const exported = await exportCollection([shared('corpus', 'teic-stylesheets', 'test17-P4.xml')], { outDir: out, layers: ['wf'] });
    expect(exported.files[0]!.diagnostics.map((d) => d.ruleId)).toEqual(['tei.p4-not-supported']);
    expect(existsSync(path.join(out, 'tei'))).toBe(false);
  });
});
