/**
 * `tei-edition export`: the collection in the forms other tools read.
 *
 *   OUT/tei/<name>.xml        each document's exchange copy (tei_all, XIncludes resolved)
 *   OUT/tei/corpus.xml        the whole collection as one teiCorpus
 *   OUT/data/<name>.json      each document's metadata, entities and reading text
 *   OUT/data/collection.json  every document's metadata, and the entities across documents
 *   OUT/data/citations.json   a CSL-JSON item per document
 *
 * Every source is validated as the other commands validate it; documents
 * that parse are exported even when invalid (the copy is faithful; the exit
 * code says the source has errors). Files are written atomically and never
 * into a source folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageVersion } from '../package-root.js';
import { missingOptionFiles, rejectUnknownOptions, VALIDATE_OPTION_KEYS, type OptionKeys } from '../config/check-options.js';
import { checkOutputFolder } from '../pipeline/check-output-folder.js';
import { discoverSources, type DiscoverOptions } from '../pipeline/discover-sources.js';
import { runDiagnostics, type FileReport } from '../pipeline/validate-files.js';
import type { ValidateOptions } from '../validate/validate-document.js';
import { ValidationSession } from '../validate/validation-session.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { idsOf } from './assign-corpus-ids.js';
import { collectionData } from '../collection/collection-data.js';
import { deriveDocumentData, type DocumentData } from '../collection/derive-document-data.js';
import { readSourceDocuments } from '../pipeline/read-source-documents.js';
import { toCslItem } from './to-csl-item.js';
import { exchangeCopy, exchangeCopyOfElement } from './write-exchange-copy.js';
import { writeTeiCorpus, type CorpusEntry } from './write-tei-corpus.js';
import { getAttribute, TEI_NS, XML_NS } from '../parse/xml-tree.js';

export interface ExportOptions extends ValidateOptions, DiscoverOptions {
  /** The output folder (default `output`). */
  outDir?: string;
  /** The collection's title, for corpus.xml and collection.json (default: "TEI collection"). */
  title?: string;
  /** Called after each source, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** What the export did with one source. */
export interface ExportedFile extends FileReport {
  /** Files written for it, relative to the output folder. */
  outputs: string[];
}

export interface ExportResult {
  files: ExportedFile[];
  /** Every diagnostic of the export, sorted: each source's own and the general ones. `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
  /** Problems not tied to one source (paths, options, output folder, collection files); also in `diagnostics`. */
  general: Diagnostic[];
  /** The collection files written (corpus.xml, collection.json, citations.json), relative to the output folder. */
  outputs: string[];
}

/** Names that the collection files take: a document by that name would be overwritten by them. */
const RESERVED = { tei: 'corpus', data: ['collection', 'citations'] };

const EXPORT_OPTION_KEYS: OptionKeys<ExportOptions> = { ...VALIDATE_OPTION_KEYS, outDir: true, title: true, onProgress: true, followSymlinks: true };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Exports the sources named by `paths` (files, folders, glob patterns) into
 * `options.outDir`. Throws a TypeError for an option it does not know; never
 * throws for bad input.
 */
export async function exportCollection(paths: readonly string[], options: ExportOptions = {}): Promise<ExportResult> {
  rejectUnknownOptions('exportCollection', options, EXPORT_OPTION_KEYS);
  const outDir = path.resolve(options.outDir ?? 'output');
  const shownOut = options.outDir ?? 'output';
  const { sources, diagnostics } = await discoverSources(paths, process.cwd(), { followSymlinks: options.followSymlinks });
  const { refusal, note } = checkOutputFolder(sources, paths, shownOut, 'export');
  const unusable = [...missingOptionFiles(options), ...(refusal ? [refusal] : [])];
  if (unusable.length) {
    diagnostics.push(...unusable);
    return { files: [], diagnostics: runDiagnostics([], diagnostics), general: diagnostics, outputs: [] };
  }
  if (note) diagnostics.push(note);

  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  /** Writes one output; a failure is an `io` diagnostic on `report`, never an exception. */
  const write = async (relative: string, content: string, report: Diagnostic[]): Promise<boolean> => {
    try {
      await writeFileAtomic(path.join(outDir, relative), content);
      return true;
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      report.push(diagnostic('error', 'io', 'io.write-failed', `cannot write ${JSON.stringify(path.join(shownOut, relative))} (${reason}); expected a writable output folder`, { file: path.join(shownOut, relative) }));
      return false;
    }
  };
  const files: ExportedFile[] = [];
  const entries: CorpusEntry[] = [];
  const data: DocumentData[] = [];
  let done = 0;
  for (const source of sources) {
    const read = await readSourceDocuments(source, { ...options, session });
    const report: ExportedFile = { file: source.file, diagnostics: read.diagnostics, outputs: [] };
    files.push(report);
    // A copy of what was not read as written (an entity left unexpanded, an inclusion missing) would not be faithful.
    const unfaithful = read.diagnostics.some((d) => d.severity === 'error' && d.layer === 'wf');
    if (unfaithful && read.documents.length) {
      report.diagnostics.push(diagnostic('info', 'io', 'export.not-exported', `${source.file} is not exported: it could not be read completely as written (see its well-formedness errors); expected every entity and XInclude resolved`, { file: source.file }));
    }
    for (const doc of unfaithful ? [] : read.documents) {
      if (doc.name === RESERVED.tei || RESERVED.data.includes(doc.name)) {
        report.diagnostics.push(diagnostic('error', 'usage', 'usage.output-collision', `${source.file} would be exported as "${doc.name}", which the collection files use (tei/corpus.xml, data/collection.json, data/citations.json); expected another file name, or its folder given instead`, { file: source.file }));
        continue;
      }
      if (doc.tei.uri !== TEI_NS || doc.tei.local !== 'TEI') {
        // A fragment (an XInclude target, a list kept apart) is part of a document, not one.
        report.diagnostics.push(diagnostic('info', 'io', 'export.not-a-document', `${source.file} has the root <${doc.tei.name}>, not a TEI document; expected <TEI> or <teiCorpus> (it is not exported on its own)`, { file: source.file }));
        continue;
      }
      const copy = doc.member ? exchangeCopyOfElement(source.file, doc.tei, doc.parsed.document.xmlDeclaration?.version) : exchangeCopy(doc.parsed);
      report.diagnostics.push(...copy.diagnostics);
      if (!copy.text || !copy.document) continue;
      const teiPath = `tei/${doc.name}.xml`;
      if (!(await write(teiPath, copy.text, report.diagnostics))) continue;
      report.outputs.push(teiPath);
      const teiId = getAttribute(copy.document.root, 'id', XML_NS);

      const derived = deriveDocumentData(doc.parsed, doc.name);
      report.diagnostics.push(...derived.diagnostics);
      if (derived.data) {
        const dataPath = `data/${doc.name}.json`;
        if (await write(dataPath, json(derived.data), report.diagnostics)) report.outputs.push(dataPath);
        // The collection files need no reading text: leave it out, so that a large collection fits in memory.
        data.push({ ...derived.data, text: '' });
      }
      const written = path.join(outDir, teiPath);
      entries.push({ name: doc.name, file: source.file, title: derived.data?.metadata.title ?? null, copy: () => readFileSync(written, 'utf8'), ids: idsOf(copy.document.root), ...(teiId !== undefined ? { teiId } : {}) });
    }
    options.onProgress?.(++done, sources.length, source.file);
  }

  const outputs: string[] = [];
  const title = options.title ?? 'TEI collection';
  const corpus = writeTeiCorpus(entries, title);
  diagnostics.push(...corpus.diagnostics);
  if (corpus.text && (await write('tei/corpus.xml', corpus.text, diagnostics))) outputs.push('tei/corpus.xml');
  if (data.length) {
    if (await write('data/collection.json', json(collectionData(title, data, `tei-edition ${packageVersion}`)), diagnostics)) outputs.push('data/collection.json');
    if (await write('data/citations.json', json(data.map(toCslItem)), diagnostics)) outputs.push('data/citations.json');
  }
  return { files, diagnostics: runDiagnostics(files, diagnostics), general: diagnostics, outputs };
}
