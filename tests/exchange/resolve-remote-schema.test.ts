/**
 * Remote schemas: never fetched silently. Through a catalog, from the cache
 * (said so, with the date), fetched with --allow-network together with the
 * files the schema includes (from a server on 127.0.0.1 in a worker thread,
 * since the fetch blocks this thread), and otherwise a warning naming both ways out.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCopyPath, resolveRemoteSchema } from '../../src/validate/resolve-remote-schema.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'tei-remote-'));
const MAIN = '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="parts/core.rng"/><start><ref name="x"/></start></grammar>';
const CORE = '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="x"><element name="x"><empty/></element></define></grammar>';

/** A tiny HTTP server in a worker thread, counting requests. */
const SERVER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  const body = workerData.files[req.url];
  if (body === undefined) { res.writeHead(404); res.end('not found'); return; }
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (m) => { if (m === 'count') parentPort.postMessage({ requests }); if (m === 'close') server.close(() => process.exit(0)); });
`;

let worker: Worker;
let base: string;
const requests = () => new Promise<number>((resolve) => {
  worker.once('message', (m: { requests: number }) => resolve(m.requests));
  worker.postMessage('count');
});

beforeAll(async () => {
  worker = new Worker(SERVER, { eval: true, workerData: { files: { '/schemas/main.rng': MAIN, '/schemas/parts/core.rng': CORE } } });
  const port = await new Promise<number>((resolve) => worker.once('message', (m: { port: number }) => resolve(m.port)));
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  worker.postMessage('close');
  await new Promise((resolve) => worker.once('exit', resolve));
});

describe('resolveRemoteSchema', () => {
  it('without a catalog, a cached copy or --allow-network: nothing is fetched, and the warning names both ways out', async () => {
    const cacheDir = temp();
    const before = await requests();
    const result = resolveRemoteSchema(`${base}/schemas/main.rng`, path.join(temp(), 'doc.xml'), { cacheDir, env: {} });
    expect(result.path).toBeUndefined();
    expect(result.notes).toEqual([{ severity: 'warning', ruleId: 'schema.remote-not-fetched', message: expect.stringMatching(/never fetched without permission; expected a catalog entry mapping it to a local copy \(--catalog FILE, XML_CATALOG_FILES, or a catalog\.xml beside the document\), or --allow-network/) }]);
    expect(await requests()).toBe(before);
  });

  it('with --allow-network: fetches the schema and what it includes into the cache once, mirroring the URL; later runs use the cached copy and say so', async () => {
    const cacheDir = temp();
    const url = `${base}/schemas/main.rng`;
    const before = await requests();
    const first = resolveRemoteSchema(url, path.join(temp(), 'doc.xml'), { cacheDir, allowNetwork: true, env: {} });
    expect(first.notes.map((n) => [n.severity, n.ruleId])).toEqual([['info', 'schema.remote-fetched']]);
    expect(first.notes[0]!.message).toMatch(/and 1 included file \(--allow-network\)/);
    expect(readFileSync(first.path!, 'utf8')).toBe(MAIN);
    expect(readFileSync(path.join(path.dirname(first.path!), 'parts', 'core.rng'), 'utf8')).toBe(CORE);
    expect(await requests()).toBe(before + 2);

    const later = resolveRemoteSchema(url, path.join(temp(), 'doc.xml'), { cacheDir, env: {} });
    expect(later.path).toBe(first.path);
    expect(await requests()).toBe(before + 2);
  });

  it('uses a cached copy without the network, naming the date it was fetched', () => {
    const cacheDir = temp();
    const url = 'https://example.org/schema/tei.rng';
    const copy = cachedCopyPath(url, cacheDir)!;
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, MAIN);
    utimesSync(copy, new Date('2024-05-01T12:00:00Z'), new Date('2024-05-01T12:00:00Z'));
    const result = resolveRemoteSchema(url, path.join(temp(), 'doc.xml'), { cacheDir, env: {} });
    expect(result.path).toBe(copy);
    expect(result.notes).toEqual([{ severity: 'info', ruleId: 'schema.remote-cached', message: expect.stringMatching(/the copy fetched on 2024-05-01 and cached at .* is used \(older than 30 days: --allow-network fetches it again\)/) }]);
  });

  it('reports a failed fetch as an error, and keeps nothing', () => {
    const cacheDir = temp();
    const result = resolveRemoteSchema(`${base}/schemas/absent.rng`, path.join(temp(), 'doc.xml'), { cacheDir, allowNetwork: true, env: {} });
    expect(result.path).toBeUndefined();
    expect(result.notes).toEqual([{ severity: 'error', ruleId: 'schema.remote-fetch-failed', message: expect.stringMatching(/absent\.rng" could not be fetched \(.*404 Not Found\)/) }]);
    expect(existsSync(path.join(cacheDir, 'remote-schemas'))).toBe(false);
  });

  it('prefers a catalog to the cache and the network, and says when the local copy it names is missing', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'tei_all.rng'), MAIN);
    writeFileSync(path.join(dir, 'catalog.xml'), '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><uri name="http://x.org/tei_all.rng" uri="tei_all.rng"/><uri name="http://x.org/gone.rng" uri="gone.rng"/></catalog>');
    const doc = path.join(dir, 'doc.xml');
    expect(resolveRemoteSchema('http://x.org/tei_all.rng', doc, { cacheDir: temp(), allowNetwork: true, env: {} })).toEqual({ path: path.join(dir, 'tei_all.rng'), notes: [] });
    const missing = resolveRemoteSchema('http://x.org/gone.rng', doc, { cacheDir: temp(), env: {} });
    expect(missing.path).toBeUndefined();
    expect(missing.notes[0]).toMatchObject({ severity: 'error', ruleId: 'schema.catalog-target-missing' });
  });

  it('reads XML_CATALOG_FILES', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.rng'), MAIN);
    const catalog = path.join(dir, 'env-catalog.xml');
    writeFileSync(catalog, '<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><systemSuffix systemIdSuffix="/a.rng" uri="a.rng"/></catalog>');
    expect(resolveRemoteSchema('https://y.org/s/a.rng', path.join(temp(), 'doc.xml'), { cacheDir: temp(), env: { XML_CATALOG_FILES: catalog } }).path).toBe(path.join(dir, 'a.rng'));
  });
});

describe('cachedCopyPath', () => {
  it('mirrors the URL below the cache, and never leaves it', () => {
    expect(cachedCopyPath('http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng', '/c')).toBe('/c/remote-schemas/http/www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng');
    expect(cachedCopyPath('https://h:8080/a/../../../../etc/passwd', '/c')).toBe('/c/remote-schemas/https/h_8080/etc/passwd');
    expect(cachedCopyPath('https://h/a/%2e%2e/%2e%2e/x', '/c')).toBe('/c/remote-schemas/https/h/x');
    expect(cachedCopyPath('https://h/dir/', '/c')).toBe('/c/remote-schemas/https/h/dir/index');
    expect(cachedCopyPath('https://h/s.rng?v=2', '/c')).toMatch(/^\/c\/remote-schemas\/https\/h\/s\.rng_/);
    expect(cachedCopyPath('ftp://h/s.rng', '/c')).toBeUndefined();
  });
});
