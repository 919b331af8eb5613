/**
 * A local static server for the built edition, with live reload: pages are
 * served as built, plus one same-origin script (allowed by the pages'
 * Content-Security-Policy) that reloads the page when a rebuild finishes.
 * It binds to 127.0.0.1 unless told otherwise; on a loopback address it
 * answers only requests that name it by a loopback name (DNS rebinding).
 * What a path may serve is decided in resolve-request.ts.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { lookup } from 'mrmime';
import { resolveRequest } from './resolve-request.js';

const RELOAD_SCRIPT = '/__tei-edition/live-reload.js';
const EVENTS = '/__tei-edition/events';

const reloadScript = `// tei-edition watch --serve: reload when a rebuild finishes.
new EventSource(${JSON.stringify(EVENTS)}).addEventListener('rebuilt', () => location.reload());
`;

export interface ServeOptions {
  /** The address to bind (default 127.0.0.1). Given a non-loopback address, any Host header is accepted. */
  host?: string;
  port?: number;
}

export interface Server {
  url: string;
  /** True when the server listens on a loopback address only. */
  loopback: boolean;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** True for localhost, 127.0.0.0/8 and ::1 (with or without brackets). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  return net.isIPv6(bare) && (bare === '::1' || bare === '0:0:0:0:0:0:0:1');
}

/**
 * True when a Host header names this server by a loopback name and its port.
 * Checked on every request to a loopback server: a web page on another site
 * can make its own name resolve to 127.0.0.1 (DNS rebinding), but its
 * requests still carry that name.
 */
export function isLoopbackHostHeader(header: string | undefined, port: number): boolean {
  const match = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/.exec(header ?? '');
  return !!match && isLoopbackHost(match[1]!) && Number(match[2] ?? 80) === port;
}

/** Serves `outDir` until closed. */
export async function serveOutput(outDir: string, options: ServeOptions = {}): Promise<Server> {
  // Resolved for each request: the folder may not exist until the first build has written it.
  const root = () => realpath(outDir).catch(() => path.resolve(outDir));
  const host = options.host ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  const clients = new Set<http.ServerResponse>();
  let port = options.port ?? 8080;

  const answer = (response: http.ServerResponse, status: number, text: string) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (loopback && !isLoopbackHostHeader(request.headers.host, port)) {
      answer(response, 403, `host ${JSON.stringify(request.headers.host ?? '')} refused; expected localhost, 127.0.0.1 or [::1] with port ${port}`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      answer(response, 405, 'method not allowed; expected GET or HEAD');
      return;
    }
    const pathname = (request.url ?? '/').split('?', 1)[0];
    if (pathname === EVENTS) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (pathname === RELOAD_SCRIPT) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(reloadScript);
      return;
    }
    const resolved = await resolveRequest(await root(), request.url ?? '/');
    if (resolved.kind === 'refused') return answer(response, resolved.status, resolved.reason);
    if (resolved.kind === 'redirect') {
      response.writeHead(302, { location: resolved.location, 'cache-control': 'no-store' }).end();
      return;
    }
    if (resolved.file.endsWith('.html')) {
      const html = await readFile(resolved.file, 'utf8');
      const injected = html.includes('</body>') ? html.replace('</body>', `<script src="${RELOAD_SCRIPT}"></script></body>`) : html;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : injected);
      return;
    }
    const etag = `W/"${resolved.size}-${Math.trunc(resolved.mtimeMs)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': lookup(resolved.file) ?? 'application/octet-stream', 'content-length': resolved.size, etag, 'cache-control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(resolved.file).on('error', () => response.destroy()).pipe(response);
  };

  const server = http.createServer((request, response) => {
    // Whatever goes wrong with one request (a file removed while it is read) ends that request, never the server.
    handle(request, response).catch((e: Error) => {
      if (response.headersSent) response.destroy();
      else answer(response, 500, `cannot serve this file: ${e.message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  if (typeof address === 'object' && address) port = address.port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    loopback,
    reload() {
      for (const client of clients) client.write('event: rebuilt\ndata: now\n\n');
    },
    async close() {
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
