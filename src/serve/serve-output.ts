/**
 * A local static server for the built edition, with live reload: pages are
 * served as built, plus one same-origin script (allowed by the pages'
 * Content-Security-Policy) that reloads the page when a rebuild finishes.
 * It binds to 127.0.0.1 unless told otherwise.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const RELOAD_SCRIPT = '/__tei-edition/live-reload.js';
const EVENTS = '/__tei-edition/events';

const reloadScript = `// tei-edition watch --serve: reload when a rebuild finishes.
new EventSource(${JSON.stringify(EVENTS)}).addEventListener('rebuilt', () => location.reload());
`;

export interface ServeOptions {
  host?: string;
  port?: number;
}

export interface Server {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** Serves `outDir` until closed. */
export async function serveOutput(outDir: string, options: ServeOptions = {}): Promise<Server> {
  const files = sirv(outDir, { dev: true, etag: true });
  const notFound = (response: http.ServerResponse) => () => {
    response.writeHead(404).end('not found');
  };
  const clients = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === EVENTS) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (url.pathname === RELOAD_SCRIPT) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      response.end(reloadScript);
      return;
    }
    if (url.pathname.endsWith('.html') || url.pathname.endsWith('/')) {
      const file = path.join(outDir, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
      if (!path.resolve(file).startsWith(path.resolve(outDir))) {
        response.writeHead(403).end();
        return;
      }
      readFile(file, 'utf8').then(
        (html) => {
          const injected = html.includes('</body>') ? html.replace('</body>', `<script src="${RELOAD_SCRIPT}"></script></body>`) : html;
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(injected);
        },
        () => files(request, response, notFound(response)),
      );
      return;
    }
    files(request, response, notFound(response));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 8080;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    reload() {
      for (const client of clients) client.write('event: rebuilt\ndata: now\n\n');
    },
    async close() {
      for (const client of clients) client.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
