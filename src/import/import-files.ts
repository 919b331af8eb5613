/**
 * The import pipeline over files: read each input (or standard input), import
 * it, validate the draft with the project's validator, and write the draft and
 * its report atomically into the output folder, never over an existing file
 * unless asked to. Returns one report per input, for the CLI to print.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeSource } from '../load/load-source.js';
import { parseSource } from '../parse/parse-source.js';
import { rejectUnknownOptions, type OptionKeys } from '../config/check-options.js';
import { runDiagnostics, type FileReport } from '../pipeline/validate-files.js';
import { DEFAULT_SCHEMAS } from '../validate/resolve-schemas.js';
import { validateDocument } from '../validate/validate-document.js';
import { ValidationSession } from '../validate/validation-session.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { DEFAULT_DRAFTS_DIR } from './default-drafts-dir.js';
import { draftName, importRecord } from './import-record.js';
import type { ImportReport } from './import-report.js';
import { parseNames, type NameEntry } from './load-names.js';
import { copySchemas, publishedSchemaHrefs, type SchemaHrefs } from './schema-location.js';

/** The default output folder: drafts are for review, kept apart from the sources in tei/ and from the inputs. */
export { DEFAULT_DRAFTS_DIR };

export interface ImportFilesOptions {
  /** Output folder (default drafts/). */
  outDir?: string;
  /** A names file (TSV, JSON, or a TEI document whose registers give the names), or a folder of TEI documents (an edition's tei/). */
  namesFile?: string;
  /** Overwrite existing drafts and reports. */
  force?: boolean;
  /** The text of standard input, when an input is "-". */
  stdin?: () => Promise<Uint8Array>;
  /** The draft's date (ISO), for reproducible output. */
  today?: string;
  cacheDir?: string;
  /** Write copies of the project's schemas into the output folder and point the drafts' xml-model at them, instead of at the schemas' published address. */
  schemaCopy?: boolean;
}

export interface ImportedFile extends FileReport {
  /** Where the draft was written; absent when it was not. */
  draft?: string;
  report?: ImportReport;
}

export interface ImportFilesResult {
  files: ImportedFile[];
  /** Every diagnostic of the import, sorted: each input's own and the general ones. `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
  /** Problems with the options themselves (an unreadable names file); also in `diagnostics`. */
  general: Diagnostic[];
}

const IMPORT_FILES_OPTION_KEYS: OptionKeys<ImportFilesOptions> = { outDir: true, namesFile: true, force: true, stdin: true, today: true, cacheDir: true, schemaCopy: true };

/** Reads a names file, or every TEI document of a folder (an edition's tei/) for its registers. */
async function readNames(file: string): Promise<{ entries: NameEntry[]; diagnostics: Diagnostic[] }> {
  if ((await stat(file).catch(() => undefined))?.isDirectory()) {
    const files = (await glob('*.xml', { cwd: file, absolute: true })).sort();
    const read = await Promise.all(files.map((f) => readNames(f)));
    const entries = read.flatMap((r) => r.entries);
    const diagnostics = read.flatMap((r) => r.diagnostics);
    if (!files.length) diagnostics.push(diagnostic('error', 'io', 'io.read-failed', `the names folder ${JSON.stringify(file)} holds no .xml file; expected TEI documents with registers, or a TSV or JSON names file`, { file }));
    return { entries, diagnostics };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { entries: [], diagnostics: [diagnostic('error', 'io', 'io.read-failed', `cannot read the names file ${JSON.stringify(file)} (${code}); expected a TSV or JSON file of name forms`, { file })] };
  }
  return parseNames(file, text);
}

/**
 * Imports `inputs` ("-" is standard input) as TEI drafts written into
 * `options.outDir`, each validated. Throws a TypeError for an option it does
 * not know; never throws for bad input.
 */
export async function importFiles(inputs: readonly string[], options: ImportFilesOptions = {}): Promise<ImportFilesResult> {
  rejectUnknownOptions('importFiles', options, IMPORT_FILES_OPTION_KEYS);
  const outDir = options.outDir ?? DEFAULT_DRAFTS_DIR;
  const general: Diagnostic[] = [];
  let names: NameEntry[] = [];
  if (options.namesFile) {
    const read = await readNames(options.namesFile);
    general.push(...read.diagnostics);
    if (read.diagnostics.some((d) => d.layer === 'io')) return { files: [], diagnostics: runDiagnostics([], general), general };
    names = read.entries;
  }
  const session = new ValidationSession(options.cacheDir);
  let schemaHrefs: SchemaHrefs | undefined = options.schemaCopy ? undefined : publishedSchemaHrefs();
  const files: ImportedFile[] = [];
  const taken = new Set<string>();
  for (const input of inputs) {
    const file = input === '-' ? 'stdin' : input;
    let bytes: Uint8Array;
    try {
      bytes = input === '-' ? await (options.stdin ?? readStdin)() : await readFile(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
      files.push({ file, diagnostics: [diagnostic('error', 'io', 'io.read-failed', `cannot read ${JSON.stringify(input)}: ${reason}; expected a plain-text record`, { file })] });
      continue;
    }
    let name = input === '-' ? 'record' : draftName(input);
    for (let n = 2; taken.has(name); n++) name = `${input === '-' ? 'record' : draftName(input)}-${n}`;
    taken.add(name);
    const target = path.join(outDir, `${name}.xml`);
    const reportFile = path.join(outDir, `${name}.import.json`);
    const existing = [target, reportFile].filter((f) => existsSync(f));
    if (existing.length && !options.force) {
      files.push({ file, diagnostics: [diagnostic('error', 'io', 'io.exists', `${JSON.stringify(existing[0])} exists; expected a new file (use --force to overwrite it, or --out to write elsewhere)`, { file })] });
      continue;
    }
    try {
      schemaHrefs ??= await copySchemas(outDir);
    } catch (e) {
      files.push({ file, diagnostics: [diagnostic('error', 'io', 'io.write-failed', `cannot copy the schemas into ${JSON.stringify(outDir)}: ${(e as Error).message}; expected a writable output folder`, { file })] });
      continue;
    }
    const result = importRecord(bytes, { file, name, names, schemaHrefs, ...(options.today ? { today: options.today } : {}) });
    if (!result.xml) {
      files.push({ file, diagnostics: result.diagnostics, report: result.report });
      continue;
    }
    // Validate the draft with the project's schemas as installed: the same schemas its xml-model names, without fetching the published copy.
    const diagnostics = [...result.diagnostics];
    const loaded = decodeSource(target, new TextEncoder().encode(result.xml), path.resolve(target));
    const parsed = loaded.source && parseSource(loaded.source);
    diagnostics.push(...loaded.diagnostics, ...(parsed?.diagnostics ?? []));
    if (parsed?.parsed) diagnostics.push(...(await validateDocument(parsed.parsed, { session, schema: DEFAULT_SCHEMAS.rng, schematron: [DEFAULT_SCHEMAS.sch] })));
    const report = { ...result.report, draft: target, diagnostics };
    try {
      await writeFileAtomic(target, result.xml);
      await writeFileAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    } catch (e) {
      diagnostics.push(diagnostic('error', 'io', 'io.write-failed', `cannot write ${JSON.stringify(target)}: ${(e as Error).message}; expected a writable output folder`, { file }));
      files.push({ file, diagnostics, report });
      continue;
    }
    files.push({ file, draft: target, diagnostics, report });
  }
  return { files, diagnostics: runDiagnostics(files, general), general };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
