/**
 * A remote schema named by `xml-model` (http or https), made local without
 * ever touching the network silently: first through the XML catalogs
 * (read-catalog.ts), then from the tei-edition cache, and only with
 * `--allow-network` by fetching it, together with the files it includes,
 * into that cache. Every way out is said in a diagnostic: which catalog
 * mapped it, that a cached copy (and of when) was used, that it was fetched,
 * or, when none applies, the two ways to make it available.
 *
 * The cache mirrors the URL (`<cache>/remote-schemas/<host>/<path>`), so that
 * a schema's relative includes find each other on disk as they do on the web.
 * Fetching is synchronous for the caller (schema resolution is): the requests
 * run in a worker thread that this thread waits for, bounded in files, bytes
 * and time.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { catalogFilesFor, resolveThroughCatalogs, toLocalPath } from './read-catalog.js';
import { defaultCacheDir } from '../relaxng/load-rng-schema.js';

export interface RemoteSchemaOptions {
  /** Catalog files given by the user (`--catalog`), consulted first. */
  catalogs?: readonly string[];
  /** Fetch a schema no catalog maps and the cache lacks (`--allow-network`). */
  allowNetwork?: boolean;
  /** The tei-edition cache directory (default: see defaultCacheDir). */
  cacheDir?: string;
  /** Environment, for XML_CATALOG_FILES (tests pass their own). */
  env?: NodeJS.ProcessEnv;
}

/** What became of a remote schema: a local path to use, and what to tell the user. */
export interface RemoteSchemaResolution {
  path?: string;
  notes: { severity: 'error' | 'warning' | 'info'; ruleId: string; message: string }[];
}

/** A cached copy older than this is fetched again when the network is allowed. */
export const REMOTE_CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Bounds on one fetch: how many files (the schema and its includes), bytes in all, and seconds. */
export const FETCH_LIMITS = { files: 64, bytes: 64 * 1024 * 1024, seconds: 60 };

/** Where the cache keeps the copy of `url`; undefined for a URL that cannot be mirrored safely. */
export function cachedCopyPath(url: string, cacheDir: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const root = path.join(cacheDir, 'remote-schemas');
  const segments = parsed.pathname.split('/').map((s) => decodeURIComponent(s).replace(/[\\/:*?"<>|\0]/g, '_'));
  if (parsed.pathname.endsWith('/')) segments.push('index');
  const query = parsed.search ? `_${Buffer.from(parsed.search).toString('base64url')}` : '';
  const target = path.join(root, parsed.protocol.slice(0, -1), parsed.host.replace(/:/g, '_'), ...segments) + query;
  const relative = path.relative(root, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? target : undefined;
}

/** The worker's program: fetch a schema and what it includes, breadth first, within the limits. */
const FETCH_WORKER = `
const { workerData } = require('node:worker_threads');
const { url, limits, port, signal } = workerData;
const INCLUDE = /<(?:[\\w.-]+:)?(?:include|externalRef|extends)\\b[^>]*?\\bhref\\s*=\\s*["']([^"']+)["']/g;
(async () => {
  const files = [];
  let bytes = 0;
  const queue = [url];
  const seen = new Set(queue);
  const deadline = AbortSignal.timeout(limits.seconds * 1000);
  try {
    while (queue.length) {
      const next = queue.shift();
      if (files.length >= limits.files) throw new Error('more than ' + limits.files + ' files');
      const response = await fetch(next, { signal: deadline, redirect: 'follow' });
      if (!response.ok) throw new Error(next + ' answered ' + response.status + ' ' + response.statusText);
      const body = Buffer.from(await response.arrayBuffer());
      bytes += body.length;
      if (bytes > limits.bytes) throw new Error('more than ' + limits.bytes + ' bytes');
      files.push({ url: next, body });
      for (const m of body.toString('utf8').matchAll(INCLUDE)) {
        const included = new URL(m[1], next).href;
        if (/^https?:/.test(included) && !seen.has(included)) { seen.add(included); queue.push(included); }
      }
    }
    port.postMessage({ files });
  } catch (e) {
    port.postMessage({ error: (e && e.cause && e.cause.message) || (e && e.message) || String(e) });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
})();
`;

/** Fetches `url` and its includes, waiting here for the worker; bounded by FETCH_LIMITS. */
export function fetchSchemaFilesSync(url: string, limits = FETCH_LIMITS): { files?: { url: string; body: Uint8Array }[]; error?: string } {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(FETCH_WORKER, { eval: true, workerData: { url, limits, port: port2, signal }, transferList: [port2] });
  try {
    const waited = Atomics.wait(signal, 0, 0, (limits.seconds + 5) * 1000);
    const message = receiveMessageOnPort(port1)?.message as { files?: { url: string; body: Uint8Array }[]; error?: string } | undefined;
    if (waited === 'timed-out' || !message) return { error: `no answer within ${limits.seconds} s` };
    return message;
  } finally {
    void worker.terminate();
    port1.close();
  }
}

/** URLs fetched by this process: a later document declaring one hears that it was fetched, not that a cache was used. */
const fetchedHere = new Map<string, string>();

const EXPECTED_WAYS = 'expected a catalog entry mapping it to a local copy (--catalog FILE, XML_CATALOG_FILES, or a catalog.xml beside the document), or --allow-network to fetch it once into the cache';

/** Makes the remote schema `url`, declared by the document at `documentPath`, local if the options allow. */
export function resolveRemoteSchema(url: string, documentPath: string, options: RemoteSchemaOptions = {}): RemoteSchemaResolution {
  const notes: RemoteSchemaResolution['notes'] = [];
  const catalogs = catalogFilesFor(documentPath, options.catalogs ?? [], options.env ?? process.env);
  const { target, catalog, problems } = resolveThroughCatalogs(url, catalogs);
  for (const p of problems) notes.push({ severity: 'warning', ruleId: 'schema.catalog-unreadable', message: p.message });
  if (target) {
    const local = toLocalPath(target);
    if (local && existsSync(local)) return { path: local, notes };
    if (local) {
      notes.push({ severity: 'error', ruleId: 'schema.catalog-target-missing', message: `the XML catalog ${JSON.stringify(path.relative(process.cwd(), catalog!) || catalog)} maps ${JSON.stringify(url)} to ${JSON.stringify(local)}, which does not exist; expected the local copy at that path (the layer is skipped for this file)` });
      return { notes };
    }
    // A catalog may map one URL to another: the mapped URL is what the cache and the network see.
    url = target;
  }

  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const copy = cachedCopyPath(url, cacheDir);
  if (!copy) {
    notes.push({ severity: 'warning', ruleId: 'schema.remote-not-fetched', message: `xml-model names the remote schema ${JSON.stringify(url)}, which cannot be cached; ${EXPECTED_WAYS.replace(', or --allow-network to fetch it once into the cache', '')} (that layer is skipped for this file)` });
    return { notes };
  }
  const fetchedAt = existsSync(copy) ? statSync(copy).mtime : undefined;
  const fresh = fetchedAt !== undefined && Date.now() - fetchedAt.getTime() < REMOTE_CACHE_MAX_AGE_MS;
  const justFetched = fetchedHere.get(copy);
  if (justFetched && fetchedAt) {
    notes.push({ severity: 'info', ruleId: 'schema.remote-fetched', message: justFetched });
    return { path: copy, notes };
  }
  if (fetchedAt && (!options.allowNetwork || fresh)) {
    notes.push({ severity: 'info', ruleId: 'schema.remote-cached', message: `xml-model names the remote schema ${JSON.stringify(url)}; the copy fetched on ${fetchedAt.toISOString().slice(0, 10)} and cached at ${JSON.stringify(copy)} is used${fresh ? '' : ' (older than 30 days: --allow-network fetches it again)'}` });
    return { path: copy, notes };
  }
  if (!options.allowNetwork) {
    notes.push({ severity: 'warning', ruleId: 'schema.remote-not-fetched', message: `xml-model names the remote schema ${JSON.stringify(url)}, which is never fetched without permission; ${EXPECTED_WAYS} (that layer is skipped for this file)` });
    return { notes };
  }
  const fetched = fetchSchemaFilesSync(url);
  if (!fetched.files) {
    if (fetchedAt) {
      notes.push({ severity: 'warning', ruleId: 'schema.remote-fetch-failed', message: `the remote schema ${JSON.stringify(url)} could not be fetched again (${fetched.error}); the copy cached on ${fetchedAt.toISOString().slice(0, 10)} at ${JSON.stringify(copy)} is used` });
      return { path: copy, notes };
    }
    notes.push({ severity: 'error', ruleId: 'schema.remote-fetch-failed', message: `the remote schema ${JSON.stringify(url)} could not be fetched (${fetched.error}); expected it reachable, or a catalog entry mapping it to a local copy (that layer is skipped for this file)` });
    return { notes };
  }
  try {
    for (const file of fetched.files) {
      const target = cachedCopyPath(file.url, cacheDir);
      if (!target) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, file.body);
      renameSync(temporary, target); // atomic: another run reads the old copy or the new one
    }
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    notes.push({ severity: 'error', ruleId: 'schema.cache-unwritable', message: `the remote schema ${JSON.stringify(url)} was fetched but cannot be kept in the cache ${JSON.stringify(cacheDir)} (${reason}); expected a writable cache folder (--cache-dir or TEI_EDITION_CACHE) (that layer is skipped for this file)` });
    return { notes };
  }
  const message = `fetched the remote schema ${JSON.stringify(url)}${fetched.files.length > 1 ? ` and ${fetched.files.length - 1} included file${fetched.files.length === 2 ? '' : 's'}` : ''} (--allow-network) into the cache at ${JSON.stringify(copy)}`;
  fetchedHere.set(copy, message);
  notes.push({ severity: 'info', ruleId: 'schema.remote-fetched', message });
  return { path: copy, notes };
}
