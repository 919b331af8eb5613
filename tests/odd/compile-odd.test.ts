/**
 * The ODD compiler on a miniature TEI source (tests/fixtures/odd/mini): the
 * RELAX NG it writes is loaded by our own validator and must accept and
 * reject documents as the customisation says. Covers module selection
 * (@except), specGrpRef, element add/change/delete, macro replace, class
 * attribute overrides (delete, closed valList), pruning of deleted
 * references, @prefix, ODD chaining, and file:line:col diagnostics.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileOdd, type CompiledOdd } from '../../src/odd/compile-odd.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { loadRngSchema, validateRng, type RngSchema } from '../../src/relaxng/index.js';

const MINI = path.resolve('tests/fixtures/odd/mini');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'odd-compile-'));

async function schemaOf(compiled: CompiledOdd): Promise<RngSchema> {
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const file = path.join(tmp, `${compiled.ident}.rng`);
  writeFileSync(file, compiled.rng!);
  const loaded = await loadRngSchema(file, { cacheDir: tmp });
  expect(loaded.diagnostics).toEqual([]);
  return loaded.schema!;
}

const TEI = (body: string, ns = 'http://www.tei-c.org/ns/1.0') => `<TEI xmlns="${ns}"><text><body>${body}</body></text></TEI>`;
const errors = (schema: RngSchema, xml: string) => validateRng(parseXml('doc.xml', xml).document!, 'doc.xml', schema).map((d) => d.message);

describe('compileOdd on a customisation of p5mini', () => {
  let compiled: CompiledOdd;
  let schema: RngSchema;
  beforeAll(async () => {
    compiled = await compileOdd(path.join(MINI, 'custom.odd'));
    schema = await schemaOf(compiled);
  });

  it('names the output after the schemaSpec and accepts a valid document', () => {
    expect(compiled.ident).toBe('mini_custom');
    expect(errors(schema, TEI('<div type="chapter"><p>text <list type="anything"><item>one</item></list></p><note>n</note></div>'))).toEqual([]);
  });

  it('leaves out an element excluded by moduleRef/@except', () => {
    expect(errors(schema, TEI('<div type="chapter"><p><hi>x</hi></p></div>'))).not.toEqual([]);
  });

  it('applies a specGrp: a class attribute deleted on one element, a closed required valList on another', () => {
    expect(errors(schema, TEI('<div type="chapter"><p rend="x">a</p></div>'))).not.toEqual([]);
    expect(errors(schema, TEI('<div type="chapter"><p n="x">a</p></div>'))).toEqual([]);
    expect(errors(schema, TEI('<div type="appendix"><p>a</p></div>'))).not.toEqual([]);
    expect(errors(schema, TEI('<div><p>a</p></div>'))).not.toEqual([]);
    expect(errors(schema, TEI('<div type="section" subtype="free"><p>a</p></div>'))).toEqual([]);
  });

  it('keeps a semi-open valList open to its datatype', () => {
    expect(errors(schema, TEI('<div type="chapter"><list type="ordered"><item>a</item></list><list type="two words"><item>b</item></list></div>'))).toHaveLength(1);
  });

  it('deletes an element and prunes references to it', () => {
    expect(errors(schema, TEI('<div type="chapter"><head>h</head><p>a</p></div>'))).not.toEqual([]);
    expect(errors(schema, TEI('<div type="chapter"><note>text only</note></div>'))).toEqual([]);
  });

  it('uses a replaced macro', () => {
    expect(errors(schema, TEI('<div type="chapter"><p>a <note>b</note></p></div>'))).toEqual([]);
  });

  it('embeds the Schematron of constraintSpecs and writes it standalone', () => {
    expect(compiled.rng).toContain('a note says something');
    expect(compiled.rng).toContain('<rule context="tei:note">');
    expect(compiled.schematron).toContain('p inside p');
    expect(compiled.schematron).toMatch(/^<\?xml[^]*<schema xmlns="http:\/\/purl.oclc.org\/dsdl\/schematron"/);
  });

  it('is deterministic', async () => {
    expect((await compileOdd(path.join(MINI, 'custom.odd'))).rng).toBe(compiled.rng);
  });
});

describe('compileOdd on a chained customisation', () => {
  let compiled: CompiledOdd;
  let schema: RngSchema;
  beforeAll(async () => {
    compiled = await compileOdd(path.join(MINI, 'derived.odd'));
    schema = await schemaOf(compiled);
  });

  it('starts from the customisation its @source names, compiled first', () => {
    expect(errors(schema, TEI('<div><p>a <note>b</note></p></div>'))).toEqual([]);
    expect(errors(schema, TEI('<div><p><hi>x</hi></p></div>'))).not.toEqual([]);
  });

  it('applies its own deletions on top', () => {
    expect(errors(schema, TEI('<div><p>a</p><list><item>b</item></list></div>'))).not.toEqual([]);
    // att.typed deleted: the first customisation's change to div/@type overrode a class attribute, so it goes with the class.
    expect(errors(schema, TEI('<div type="chapter"><p>a</p></div>'))).not.toEqual([]);
    expect(errors(schema, TEI('<div subtype="x"><p>a</p></div>'))).not.toEqual([]);
  });

  it('puts the schemaSpec @prefix before pattern names', () => {
    expect(compiled.rng).toContain('<define name="m_div">');
    expect(compiled.rng).not.toContain('<define name="div">');
  });
});

describe('compileOdd with an external RELAX NG module', () => {
  it('inlines the module (in its own namespace) and lets the content model refer to it', async () => {
    const schema = await schemaOf(await compileOdd(path.join(MINI, 'external.odd')));
    const body = (note: string) => TEI(`<div><p>a <hi>b</hi> ${note}</p></div>`);
    expect(errors(schema, body('<x:note xmlns:x="http://example.org/ext" kind="gloss">c</x:note>'))).toEqual([]);
    expect(errors(schema, body('<x:note xmlns:x="http://example.org/ext" kind="other">c</x:note>'))).not.toEqual([]);
    expect(errors(schema, body('<note kind="gloss">c</note>'))).not.toEqual([]);
  });
});

describe('compileOdd diagnostics', () => {
  it('reports unknown modules, changes to missing specs and undefined references with file:line:col', async () => {
    const compiled = await compileOdd(path.relative(process.cwd(), path.join(MINI, 'errors.odd')));
    const shown = compiled.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
    // Errors where the schema would not say what the ODD says; warnings where what is lost was inert.
    expect(shown).toEqual([
      'errors.odd:7:7 error odd.unknown-module',
      'errors.odd:8:7 error odd.unknown-spec',
      'errors.odd:13:7 warning odd.delete-unknown-spec',
      'errors.odd:14:7 error odd.unknown-spec',
      'errors.odd:10:18 warning odd.unknown-membership',
      'errors.odd:11:18 error odd.undefined-reference',
      'errors.odd:16:89 error odd.undefined-reference',
      'errors.odd:17:114 error odd.undefined-reference',
    ]);
    const messages = compiled.diagnostics.map((d) => d.message);
    expect(messages[0]).toContain('moduleRef key "figures" names no module of the source');
    expect(messages[1]).toContain('elementSpec "table" in mode change names no specification');
    expect(messages[3]).toContain('macroSpec "macro.figureContent" in mode replace names no specification');
    expect(messages[6]).toContain('classRef key "model.noteLike" names no class');
    expect(messages[7]).toContain('dataRef key "teidata.unknown" names no datatype');
  });

  it('still compiles an ODD with errors (the caller decides not to write it)', async () => {
    const compiled = await compileOdd(path.join(MINI, 'errors.odd'));
    expect(compiled.rng).toContain('<grammar');
  });

  it('says where to find a source when there is none', async () => {
    const file = path.join(tmp, 'nosource.odd');
    writeFileSync(file, '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><schemaSpec ident="x"><moduleRef key="tei"/></schemaSpec></body></text></TEI>');
    const compiled = await compileOdd(file);
    expect(compiled.rng).toBeUndefined();
    expect(compiled.diagnostics.map((d) => d.ruleId)).toEqual(['odd.no-source']);
    expect(compiled.diagnostics[0]!.message).toContain('--source');
  });

  it('never fetches a URL source without --allow-network', async () => {
    const file = path.join(tmp, 'remote.odd');
    writeFileSync(file, '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><schemaSpec ident="x" source="https://example.org/p5subset.xml"><moduleRef key="tei"/></schemaSpec></body></text></TEI>');
    const compiled = await compileOdd(file);
    expect(compiled.diagnostics.map((d) => d.ruleId)).toEqual(['odd.no-source']);
    expect(compiled.diagnostics[0]!.message).toContain('network access is off');
  });
});

const SHARED_ODD = path.resolve('../shared/odd');
const hasSharedOdd = existsSync(path.join(SHARED_ODD, 'p5subset.xml'));

describe.skipIf(!hasSharedOdd)('compileOdd diagnostics on the TEI exemplars and cem.odd (../shared/odd)', () => {
  if (!hasSharedOdd) console.warn('skipped the exemplar diagnostics: ../shared/odd is absent');
  const source = path.join(SHARED_ODD, 'p5subset.xml');
  const shown = async (odd: string) =>
    (await compileOdd(path.relative(process.cwd(), path.join(SHARED_ODD, odd)), { source })).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);

  it('cem.odd: one error, the change to msDescription (gone from TEI 4.4.0a), listed as compile-error in known-differences.tsv', async () => {
    const found = await shown('projects/cem.odd');
    expect(found.filter((d) => d.includes(' error '))).toEqual(['72:3 error odd.unknown-spec']);
    // Deleting elements that TEI no longer has, and a membership of a class it no longer has, are inert: warnings.
    expect(found).toContain('85:3 warning odd.delete-unknown-spec');
    expect(found).toContain('41:5 warning odd.unknown-membership');
    expect(readFileSync('tests/odd/known-differences.tsv', 'utf8')).toMatch(/^compile-error\tcem\t/m);
  });

  it('tei_tite.odd: the deletion of att.responsibility (not in 4.4.0a) is a warning, and nothing is an error', async () => {
    const found = await shown('exemplars/tei_tite.odd');
    expect(found).toContain('844:6 warning odd.delete-unknown-spec');
    expect(found.filter((d) => d.includes(' error '))).toEqual([]);
  });
});
