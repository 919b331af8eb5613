/**
 * `tei-edition build`: every named source through load → parse → validate →
 * transform → write. A document that cannot be parsed is reported and
 * skipped; the others are still built. Unchanged documents are taken from
 * the build cache; the rest are processed in this thread or, with `jobs` > 1,
 * in a pool of worker processes. Outputs are written atomically, and never
 * into a source folder.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionResult } from '../collection/build-collection.js';
import { missingOptionFiles, rejectUnknownOptions, type OptionKeys } from '../config/check-options.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot, packageVersion } from '../package-root.js';
import { bundledStylesheet } from '../transform/load-stylesheet.js';
import type { ValidationSession } from '../validate/validation-session.js';
import { removeOutputs } from '../write/remove-outputs.js';
import { writeIfChanged } from '../write/write-if-changed.js';
import { sha256 } from '../util/sha256.js';
import { BuildCache, FileHasher } from './build-cache.js';
import type { BuildTask } from './build-worker.js';
import { checkOutputFolder } from './check-output-folder.js';
import { discoverSources, type SourceEntry } from './discover-sources.js';
import { selectShard, shardProblem, type Shard } from './select-shard.js';
import type { ProcessedDocument, ProcessOptions } from './process-document.js';
import { runDiagnostics, VALIDATE_FILES_OPTION_KEYS, type FileReport } from './validate-files.js';
import { defaultJobs, largestFirst, openWorkerPool, type WorkerPool } from './worker-pool.js';

export interface BuildOptions extends ProcessOptions {
  /** The output folder (default `output`). */
  outDir?: string;
  /** Worker processes (default: one per core, never more than the documents to build; see bench/build.ts). */
  jobs?: number;
  /** Reuse the results of unchanged documents (default true). */
  incremental?: boolean;
  /** Shares loaded schemas across documents processed in this thread. */
  session?: ValidationSession;
  /** Called after each document, for progress bars. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The collection's title on its pages (default "Collection"). */
  collectionTitle?: string;
  /** Documents, and entities, per page of the collection's lists (default 100). */
  collectionPageSize?: number;
  /**
   * Stops the build: no further document is started, the worker processes are stopped, and the
   * result holds the documents done so far (no collection step). `watch` aborts on Ctrl-C.
   */
  signal?: AbortSignal;
  /** Follow symbolic links that lead out of a folder given (default false: they are reported and skipped). */
  followSymlinks?: boolean;
  /**
   * Builds only the documents of this shard (see select-shard.ts) and, instead of the collection
   * pages, writes the shard's partial collection data, which `collectEdition` merges.
   */
  shard?: Shard;
}

/** What the build did with one source. */
export interface BuiltDocument extends FileReport {
  /** Output files, relative to the output folder. */
  outputs: string[];
  /** True when the result came from the build cache. */
  cached: boolean;
  /** Absolute paths of the files the result depends on (source, XIncludes, schemas). */
  inputs: string[];
}

export interface BuildResult {
  documents: BuiltDocument[];
  /** Every diagnostic of the build, sorted: each document's own and the general ones. `hasErrors(result.diagnostics)` is the verdict. */
  diagnostics: Diagnostic[];
  /** Problems not tied to one document (paths, options, output folder, assets, collection); also in `diagnostics`. */
  general: Diagnostic[];
  /** What the collection step did (absent when the build made no collection entries). */
  collection?: CollectionResult;
  /** Outputs removed because their source was deleted or renamed, or no longer makes them (fewer parts of a long page), relative to the output folder. */
  removed: string[];
  /** With `shard`: the partial collection data written, relative to the output folder. */
  part?: string;
}

/** Name of the build cache inside the output folder. */
export const BUILD_CACHE_FILE = '.tei-edition-cache.json';

const BUILD_OPTION_KEYS: OptionKeys<BuildOptions> = {
  ...VALIDATE_FILES_OPTION_KEYS,
  formats: true,
  textWidth: true,
  splitAbove: true,
  baseUrl: true,
  parameters: true,
  collection: true,
  stylesheets: true,
  outDir: true,
  jobs: true,
  incremental: true,
  onProgress: true,
  collectionTitle: true,
  collectionPageSize: true,
  signal: true,
  followSymlinks: true,
  shard: true,
};

/** Copies the page assets (CSS, script) beside the HTML pages. */
async function writeAssets(outDir: string): Promise<void> {
  const from = path.join(packageRoot, 'xslt', 'html', 'assets');
  for (const entry of (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    await writeIfChanged(path.join(outDir, 'html', 'assets', entry.name), await readFile(path.join(from, entry.name)));
  }
}

/** What makes results comparable across builds: tool version, compiled stylesheets, options. */
async function fingerprintOf(options: ProcessOptions, ownStylesheets: string[]): Promise<string> {
  // Every compiled stylesheet counts: a change in any of them may change what is written.
  const sefDir = path.dirname(bundledStylesheet('html').sefPath);
  const names = await readdir(sefDir).catch(() => [] as string[]);
  const sefs = await Promise.all(names.filter((n) => n.endsWith('.sef.json')).sort().map((n) => readFile(path.join(sefDir, n)).then(sha256, () => 'missing')));
  const relevant = {
    version: packageVersion,
    layers: options.layers ?? null,
    schema: options.schema ? path.resolve(options.schema) : null,
    schematron: (options.schematron ?? []).map((s) => path.resolve(s)),
    phase: options.phase ?? null,
    formats: options.formats ?? null,
    textWidth: options.textWidth ?? 78,
    splitAbove: options.splitAbove ?? null,
    xinclude: options.xinclude ?? true,
    baseUrl: options.baseUrl ?? null,
    parameters: options.parameters ?? null,
    schemaRules: options.schemaRules ?? null,
    projectFolders: options.projectFolders ?? null,
    catalogs: (options.catalogs ?? []).map((c) => path.resolve(c)),
    allowNetwork: options.allowNetwork ?? false,
    oddSource: options.oddSource ?? null,
    collection: options.collection ?? true,
    // The project's own stylesheets by their content (and that of every module they import).
    stylesheets: ownStylesheets,
  };
  return sha256(JSON.stringify(relevant) + sefs.join());
}

/** Compiles the project's own stylesheets (or finds them in the cache); their cache keys, by format. */
async function compileProjectStylesheets(stylesheets: BuildOptions['stylesheets'], cacheDir: string | undefined): Promise<{ keys: string[]; diagnostics: Diagnostic[] }> {
  const named = (['html', 'text'] as const).filter((format) => stylesheets?.[format]);
  if (named.length === 0) return { keys: [], diagnostics: [] };
  const { compileProjectStylesheet } = await import('../transform/compile-project-stylesheet.js');
  const keys: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const format of named) {
    const compiled = await compileProjectStylesheet(stylesheets![format]!, cacheDir ? { cacheDir } : {});
    diagnostics.push(...compiled.diagnostics);
    keys.push(`${format}:${compiled.stylesheet?.key ?? 'none'}`);
  }
  return { keys, diagnostics };
}

type Runner = WorkerPool<BuildTask, ProcessedDocument>;

/**
 * Runs the per-document work here (one job) or in `jobs` worker processes. The modules that do the
 * work (saxon-js, the validators) are loaded only where it runs: importing them took the main
 * thread 0.7 s of the 0.75 s it spent loading the build (55 ms now), before the workers could start.
 */
async function makeRunner(options: BuildOptions, jobs: number): Promise<Runner> {
  const pool = jobs > 1 ? openWorkerPool<BuildTask, ProcessedDocument>(new URL('./build-worker.js', import.meta.url), jobs) : undefined;
  if (pool) return pool;
  const [{ processDocument }, { ValidationSession }] = await Promise.all([import('./process-document.js'), import('../validate/validation-session.js')]);
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  return { run: (task) => processDocument(task.source, task.options, session), close: async () => undefined };
}

/** The per-document options, without what cannot cross to a worker. */
function processOptions(options: BuildOptions): ProcessOptions {
  const { outDir: _outDir, jobs: _jobs, incremental: _incremental, session: _session, onProgress: _onProgress, collectionTitle: _collectionTitle, collectionPageSize: _collectionPageSize, signal: _signal, followSymlinks: _followSymlinks, shard: _shard, ...rest } = options;
  return rest;
}

/**
 * Builds the editions of the sources named by `paths` (files, folders, glob
 * patterns) into `options.outDir`. Throws a TypeError for an option it does
 * not know; never throws for bad input.
 */
export async function buildEdition(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  rejectUnknownOptions('buildEdition', options, BUILD_OPTION_KEYS);
  const outDir = path.resolve(options.outDir ?? 'output');
  const { sources: named, diagnostics } = await discoverSources(paths, process.cwd(), { followSymlinks: options.followSymlinks });
  const { refusal, note } = checkOutputFolder(named, paths, options.outDir ?? 'output', 'the build');
  const badShard = options.shard && shardProblem(options.shard);
  const unusable = [...missingOptionFiles(options), ...(refusal ? [refusal] : []), ...(badShard ? [diagnostic('error', 'usage', 'usage.shard', badShard, { file: options.outDir ?? 'output' })] : [])];
  if (unusable.length) {
    diagnostics.push(...unusable);
    return { documents: [], diagnostics: runDiagnostics([], diagnostics), general: diagnostics, removed: [] };
  }
  if (note) diagnostics.push(note);
  const sources = options.shard ? selectShard(named, options.shard, (s) => s.file) : named;

  // The project's own stylesheets are compiled here, once, before any worker starts: the workers find them in the cache.
  const own = await compileProjectStylesheets(options.stylesheets, options.cacheDir);
  if (own.diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(...own.diagnostics);
    return { documents: [], diagnostics: runDiagnostics([], diagnostics), general: diagnostics, removed: [] };
  }
  const perDocument = processOptions(options);
  const fingerprint = await fingerprintOf(perDocument, own.keys);
  const cache = await BuildCache.open(path.join(outDir, BUILD_CACHE_FILE));
  const previous = cache.sources();
  const hasher = new FileHasher();
  const documents = new Map<string, BuiltDocument>();
  let done = 0;

  // Cached documents first (a hash of each input, no parsing); what remains is the real work.
  const pending: SourceEntry[] = [];
  for (const source of sources) {
    const cached = options.incremental === false ? undefined : await cache.lookup(path.resolve(source.file), fingerprint, outDir, hasher);
    if (!cached) {
      pending.push(source);
      continue;
    }
    documents.set(source.file, { file: source.file, diagnostics: cached.diagnostics, outputs: cached.outputs, cached: true, inputs: cached.inputs.map((i) => i.path) });
    options.onProgress?.(++done, sources.length, source.file);
  }

  // The collection step's modules (saxon-js among them, 0.5 s) load while the documents are built,
  // once the first is done (the workers are started by then), not after the last one.
  let collectionModule: Promise<typeof import('../collection/build-collection.js')> | undefined;
  const build = async (source: SourceEntry, runner: Runner) => {
    let result: ProcessedDocument;
    try {
      result = await runner.run({ source, options: perDocument });
    } catch (e) {
      // A stopped pool fails the documents it was given: they are simply not built.
      if (options.signal?.aborted) return;
      throw e;
    }
    collectionModule ??= import('../collection/build-collection.js');
    // A file whose bytes did not change is left as it is (write-if-changed.ts says why).
    for (const file of result.files) await writeIfChanged(path.join(outDir, file.path), file.content);
    const outputs = result.files.map((f) => f.path);
    documents.set(source.file, { file: source.file, diagnostics: result.diagnostics, outputs, cached: false, inputs: result.inputs });
    await cache.store(path.resolve(source.file), fingerprint, result.inputs, outputs, result.diagnostics, hasher);
    options.onProgress?.(++done, sources.length, source.file);
  };

  if (pending.length > 0) {
    // No more workers than documents to build: starting one costs loading the schemas and stylesheets.
    const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), pending.length));
    const runner = await makeRunner(options, jobs);
    const stop = () => void runner.close();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      // With several workers, the largest sources go first (longest-processing-time-first): a 3 MB
      // volume started last would leave the other workers idle while it alone is transformed.
      // In one thread this is simply one document after another, in the order given.
      const queue = jobs > 1 ? await largestFirst(pending) : pending;
      await Promise.all(Array.from({ length: jobs }, async () => {
        for (let source = queue.shift(); source && !options.signal?.aborted; source = queue.shift()) await build(source, runner);
      }));
    } finally {
      options.signal?.removeEventListener('abort', stop);
      await runner.close();
    }
  }
  if (options.signal?.aborted) {
    await cache.save().catch(() => undefined);
    const built = sources.flatMap((s) => documents.get(s.file) ?? []);
    return { documents: built, diagnostics: runDiagnostics(built, diagnostics), general: diagnostics, removed: [] };
  }

  const ordered = sources.map((s) => documents.get(s.file)!);
  // The outputs of sources deleted or renamed since the last build go, their collection entries with them.
  // Every source named counts, not only this shard's: the others are other machines' work, not deleted.
  const known = new Set(named.map((s) => path.resolve(s.file)));
  const made = new Set(ordered.flatMap((d) => d.outputs));
  const gone = previous.filter((p) => !known.has(p.source) && !existsSync(p.source)).flatMap((p) => p.outputs);
  // A rebuilt document may make fewer files than before (a long page split into fewer parts, or no longer split): the rest go.
  const before = new Map(previous.map((p) => [p.source, p.outputs]));
  const outgrown = ordered.filter((d) => !d.cached).flatMap((d) => before.get(path.resolve(d.file)) ?? []);
  const stale = [...new Set([...gone, ...outgrown])].filter((o) => !made.has(o));
  let removed: string[] = [];
  try {
    removed = await removeOutputs(outDir, stale);
  } catch (e) {
    diagnostics.push(diagnostic('warning', 'io', 'io.remove-failed', `cannot remove the outputs of a deleted source: ${(e as Error).message}`, { file: options.outDir ?? 'output' }));
  }
  if (ordered.some((d) => d.outputs.some((o) => o.startsWith('html/')))) {
    try {
      await writeAssets(outDir);
    } catch (e) {
      diagnostics.push(diagnostic('error', 'io', 'io.write-failed', `cannot write the page assets: ${(e as Error).message}`, { file: path.join(outDir, 'html', 'assets') }));
    }
  }
  if (options.shard) {
    // A shard writes its part of the collection data; `collect` makes the pages once every shard is done.
    const { writeCollectionPart } = await import('../collection/collection-parts.js');
    const { collectionDocuments } = await (collectionModule ?? import('../collection/build-collection.js'));
    let part: string | undefined;
    try {
      part = await writeCollectionPart(outDir, options.shard, collectionDocuments(ordered), { title: options.collectionTitle, pageSize: options.collectionPageSize });
    } catch (e) {
      diagnostics.push(diagnostic('error', 'io', 'io.write-failed', `cannot write the partial collection data: ${(e as Error).message}`, { file: options.outDir ?? 'output' }));
    }
    cache.retain(known);
    await cache.save().catch(() => undefined);
    return { documents: ordered, diagnostics: runDiagnostics(ordered, diagnostics), general: diagnostics, removed, ...(part ? { part } : {}) };
  }
  // The collection pages, from every document's entry (cached documents' too); rewritten only when an input changed.
  const { buildCollection, collectionDocuments, removeCollection } = await (collectionModule ?? import('../collection/build-collection.js'));
  const members = collectionDocuments(ordered);
  const collection = members.length > 0 ? await buildCollection(members, { outDir, title: options.collectionTitle, pageSize: options.collectionPageSize }) : undefined;
  // The last documents deleted: their collection pages go too (a build that simply names nothing keeps them).
  if (!collection && removed.length > 0) {
    try {
      removed.push(...(await removeCollection(outDir)));
    } catch (e) {
      diagnostics.push(diagnostic('warning', 'io', 'io.remove-failed', `cannot remove the collection pages of the deleted sources: ${(e as Error).message}`, { file: options.outDir ?? 'output' }));
    }
  }
  diagnostics.push(...(collection?.diagnostics ?? []));
  cache.retain(known);
  await cache.save().catch(() => undefined);
  return { documents: ordered, diagnostics: runDiagnostics(ordered, diagnostics), general: diagnostics, ...(collection ? { collection } : {}), removed };
}
