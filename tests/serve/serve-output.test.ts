import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, isLoopbackHostHeader, serveOutput, type Server } from '../../src/serve/serve-output.js';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Sends `target` exactly as given (no normalisation, no decoding), with the Host header given (none when empty), bounded in time. */
function raw(port: number, target: string, host = `127.0.0.1:${port}`, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: target, method, headers: host ? { host } : {}, setHost: host !== '', timeout: 5000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer to ${target} in 5 s`)));
    request.on('error', reject);
    request.end();
  });
}

describe('serveOutput', () => {
  let base: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'tei-edition-serve-'));
    const out = path.join(base, 'out');
    mkdirSync(path.join(out, 'html'), { recursive: true });
    mkdirSync(path.join(out, '.tei-edition'));
    mkdirSync(path.join(base, 'out-private'));
    writeFileSync(path.join(out, 'html', 'index.html'), '<!DOCTYPE html><html><body><p>collection</p></body></html>');
    writeFileSync(path.join(out, 'html', 'a.html'), '<!DOCTYPE html><html><body><p>x</p></body></html>');
    writeFileSync(path.join(out, 'html', 'a.txt'), 'plain');
    writeFileSync(path.join(out, 'html', 'a#b.csl.json'), '{"odd":true}');
    writeFileSync(path.join(out, '.tei-edition-cache.json'), '{"secret":"/home/someone"}');
    writeFileSync(path.join(out, '.tei-edition', 'collection-build.json'), '{}');
    writeFileSync(path.join(base, 'out-private', 'secret.html'), '<html><body>secret</body></html>');
    writeFileSync(path.join(base, 'outside.txt'), 'outside');
    symlinkSync(path.join(base, 'outside.txt'), path.join(out, 'html', 'link.txt'));
    symlinkSync(path.join(base, 'out-private'), path.join(out, 'html', 'private'));
    server = await serveOutput(out, { port: 0 });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the output on 127.0.0.1, injects live reload into pages, and tells them to reload', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.loopback).toBe(true);
    const page = await raw(port, '/html/a.html');
    expect(page.body).toContain('<script src="/__tei-edition/live-reload.js"></script></body>');
    const text = await raw(port, '/html/a.txt');
    expect([text.status, text.body, text.headers['content-type']]).toEqual([200, 'plain', 'text/plain']);
    expect((await raw(port, '/html/a%23b.csl.json')).body).toBe('{"odd":true}');
    expect((await raw(port, '/html/missing.html')).status).toBe(404);

    const events = await fetch(new URL('__tei-edition/events', server.url));
    const reader = events.body!.getReader();
    await reader.read(); // the ": connected" comment
    server.reload();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('event: rebuilt');
    await reader.cancel();
  });

  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await raw(port, '/%E0%A4%A.html')).status).toBe(400);
    expect((await raw(port, '/%E0%A4%A.txt')).status).toBe(400);
    expect((await raw(port, '/html/a.html')).status).toBe(200);
  });

  it('never serves a file outside the output folder: encoded separators, dot segments, symlinks', async () => {
    for (const target of ['/..%2fout-private/secret.html', '/html/..%2f..%2fout-private/secret.html', '/%2e%2e/outside.txt', '/html/../../outside.txt', '/html/link.txt', '/html/private/secret.html']) {
      const reply = await raw(port, target);
      expect(reply.status, target).toBe(403);
      expect(reply.body).not.toMatch(/secret<|^outside$/);
    }
  });

  it('does not serve the build cache or other dotfiles', async () => {
    for (const target of ['/.tei-edition-cache.json', '/.tei-edition/collection-build.json', '/html/../.tei-edition-cache.json', '/%2etei-edition-cache.json']) {
      const reply = await raw(port, target);
      expect(reply.status, target).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('refuses a Host header that is not a loopback name with this port (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `10.0.0.1:${port}`]) {
      expect((await raw(port, '/html/a.html', host)).status, host).toBe(403);
    }
    // Without a Host header, Node itself refuses an HTTP/1.1 request.
    expect((await raw(port, '/html/a.html', '')).status).toBe(400);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `127.8.9.10:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await raw(port, '/html/a.html', host)).status, host).toBe(200);
    }
  });

  it('leads the root URL to the collection page', async () => {
    const root = await raw(port, '/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/html/');
    const collection = await raw(port, root.headers.location!);
    expect([collection.status, collection.body.includes('collection')]).toEqual([200, true]);
    const folder = await raw(port, '/html');
    expect([folder.status, folder.headers.location]).toEqual([302, '/html/']);
  });

  it('knows the loopback names', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.2', 'example.org', '128.0.0.1'].some(isLoopbackHost)).toBe(false);
    expect(isLoopbackHostHeader('localhost', 80)).toBe(true);
    expect(isLoopbackHostHeader(undefined, 80)).toBe(false);
  });
});
