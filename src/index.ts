/**
 * tei-edition's library API: every stage of the pipeline as a function of
 * (input, options) with a typed result, so that other tools can validate and
 * publish TEI without going through the command line. docs/api.md describes
 * it, with an example that the tests run.
 *
 * The entry points, one per command (each takes paths: files, folders or glob patterns):
 * - {@link validateFiles} — `tei-edition validate`
 * - {@link buildEdition} — `tei-edition build` (`--shard i/n`: the `shard` option)
 * - {@link collectEdition} — `tei-edition collect`
 * - {@link watchEdition} — `tei-edition watch` (without the server)
 * - {@link exportCollection} — `tei-edition export`
 * - {@link importFiles} — `tei-edition import` ({@link importText} for one record in memory)
 *
 * Each resolves to a result whose `diagnostics` hold every diagnostic of the
 * run (`hasErrors(result.diagnostics)` is the verdict), never throws for bad
 * input, and throws a TypeError for an option key it does not know.
 *
 * The stages below them: load → parse → validate → transform → write.
 */
export type { Diagnostic, Severity, Layer, ValidationLayer } from './diagnostics/diagnostic.js';
export { VALIDATION_LAYERS, diagnostic, hasErrors, sortDiagnostics } from './diagnostics/diagnostic.js';
export { formatDiagnostic, formatDiagnosticsText, formatDiagnosticsJson } from './diagnostics/format-diagnostics.js';
export { formatDiagnosticsSarif } from './diagnostics/format-sarif.js';
export { applyBaseline, parseBaseline } from './diagnostics/apply-baseline.js';

export { loadSource, decodeSource, type SourceFile, type LoadResult } from './load/load-source.js';
export { decodeXmlBytes, type DecodeResult } from './load/decode-xml-bytes.js';

export { parseXml, type ParseOptions, type ParseResult } from './parse/parse-xml.js';
export { parseSource, type ParsedDocument, type ParseSourceResult } from './parse/parse-source.js';
export type { XmlDocument, XmlElement, XmlAttribute, XmlText, XmlNode, DoctypeInfo } from './parse/xml-tree.js';
export { getAttribute, descendantElements, textContent, xpathOf, TEI_NS, XML_NS } from './parse/xml-tree.js';

export { checkReferences, POINTER_ATTRIBUTES, type CheckReferencesOptions } from './validate/check-references.js';
export { validateDocument, type ValidateOptions } from './validate/validate-document.js';
export { ValidationSession } from './validate/validation-session.js';
export { resolveSchemas, DEFAULT_SCHEMAS, DEFAULT_PROJECT_FOLDERS, type SchemaChoice, type SchemaSelection } from './validate/resolve-schemas.js';
export { loadRngSchema, validateRng, type RngSchema } from './relaxng/index.js';
export { loadSchematron, validateSchematron, type SchematronSchema } from './schematron/index.js';
export { readXmlModels, type XmlModel } from './validate/read-xml-model.js';

export { loadEditionStylesheet, loadCompiledStylesheet, type CompiledStylesheet, type EditionFormat } from './transform/load-stylesheet.js';
export { compileProjectStylesheet, type ProjectStylesheet } from './transform/compile-project-stylesheet.js';
export { resolveModuleHref, BUNDLED_SCHEME } from './transform/stylesheet-modules.js';
export { callTemplate, prepareSource, runStylesheet, type PreparedSource, type StylesheetParameters, type RunResult } from './transform/run-stylesheet.js';
export { runTextEdition } from './transform/run-text-edition.js';
export { layoutText } from './transform/layout-text.js';

export { discoverSources, type SourceEntry } from './pipeline/discover-sources.js';
export { checkSource, type CheckedSource } from './pipeline/check-source.js';
export { renderDocument, type RenderOptions, type RenderResult, type RenderedFile, type ProjectStylesheets } from './pipeline/render-document.js';
export { validateFiles, type ValidateFilesOptions, type ValidateFilesResult, type FileReport } from './pipeline/validate-files.js';
export { buildEdition, type BuildOptions, type BuildResult, type BuiltDocument } from './pipeline/build-edition.js';
export { collectEdition, type CollectOptions, type CollectResult } from './pipeline/collect-edition.js';
export { parseShard, shardOf, selectShard, type Shard } from './pipeline/select-shard.js';
export { watchEdition, type WatchOptions, type Watch } from './pipeline/watch-edition.js';
export { writeFileAtomic } from './write/write-file-atomic.js';

export { importText, importRecord, draftName, type ImportOptions, type ImportResult } from './import/import-record.js';
export { importFiles, DEFAULT_DRAFTS_DIR, type ImportFilesOptions, type ImportFilesResult, type ImportedFile } from './import/import-files.js';
export { parseNames, type NameEntry } from './import/load-names.js';
export type { ImportReport } from './import/import-report.js';
export type { Decision, Confidence } from './import/decision.js';

export { exportCollection, type ExportOptions, type ExportResult, type ExportedFile } from './exchange/export-collection.js';
export { exchangeCopy, exchangeCopyOfElement, TEI_ALL_URL, TEI_ALL_XML_MODELS, type ExchangeCopy } from './exchange/write-exchange-copy.js';
export { canonicalDocument, canonicalElement } from './exchange/canonical-xml.js';
export { splitTeiCorpus, isTeiCorpus, memberTei, corpusHeaders, type CorpusMember } from './pipeline/split-tei-corpus.js';
export { readSourceDocuments, type SourceDocument, type SourceDocuments } from './pipeline/read-source-documents.js';
export { deriveDocumentData, type DocumentData, type DocumentMetadata, type Entity, type CitationFacts } from './collection/derive-document-data.js';
export { toCslItem, type CslItem } from './exchange/to-csl-item.js';
export { collectionData, type CollectionData } from './collection/collection-data.js';

export { compileOdd, type CompileOddOptions, type CompiledOdd } from './odd/compile-odd.js';

export { runCli, createProgram } from './cli.js';
export { EXIT, reportRun, type Printer, type OutputFormat } from './report-run.js';
