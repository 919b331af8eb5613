import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveOutput } from '../../src/serve/serve-output.js';

describe('serveOutput', () => {
  it('serves the output on 127.0.0.1, injects live reload into pages, and tells them to reload', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-serve-'));
    mkdirSync(path.join(dir, 'html'));
    writeFileSync(path.join(dir, 'html', 'a.html'), '<!DOCTYPE html><html><body><p>x</p></body></html>');
    writeFileSync(path.join(dir, 'html', 'a.txt'), 'plain');
    const server = await serveOutput(dir, { port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await (await fetch(new URL('html/a.html', server.url))).text();
      expect(page).toContain('<script src="/__tei-edition/live-reload.js"></script></body>');
      expect(await (await fetch(new URL('html/a.txt', server.url))).text()).toBe('plain');
      expect((await fetch(new URL('html/missing.html', server.url))).status).toBe(404);
      expect((await fetch(new URL('html/..%2f..%2fetc/passwd.html', server.url))).status).toBeGreaterThanOrEqual(400);

      const events = await fetch(new URL('__tei-edition/events', server.url));
      const reader = events.body!.getReader();
      await reader.read(); // the ": connected" comment
      server.reload();
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toContain('event: rebuilt');
      await reader.cancel();
    } finally {
      await server.close();
    }
  });
});
