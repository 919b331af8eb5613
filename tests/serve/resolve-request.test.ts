import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/pipeline/is-inside.js';
import { resolveRequest } from '../../src/serve/resolve-request.js';

/** base/out (the output, with a link out and a dotfile) beside base/out-private. */
function folders() {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'tei-edition-resolve-')));
  const out = path.join(base, 'out');
  mkdirSync(path.join(out, 'html', 'sub'), { recursive: true });
  mkdirSync(path.join(base, 'out-private'));
  writeFileSync(path.join(out, 'html', 'index.html'), 'index');
  writeFileSync(path.join(out, 'html', 'sub', 'a b#c?.html'), 'odd');
  writeFileSync(path.join(out, '.tei-edition-cache.json'), '{}');
  writeFileSync(path.join(base, 'out-private', 'secret.html'), 'secret');
  symlinkSync(path.join(base, 'out-private'), path.join(out, 'html', 'private'));
  return { base, out };
}

describe('resolveRequest', () => {
  it('decodes once, leads / and folders to their index, and refuses the rest with the right status', async () => {
    const { out } = folders();
    const cases: [string, unknown][] = [
      ['/', { kind: 'redirect', location: '/html/' }],
      ['/html', { kind: 'redirect', location: '/html/' }],
      ['/html/', expect.objectContaining({ kind: 'file', file: path.join(out, 'html', 'index.html') })],
      ['/html/sub/a%20b%23c%3F.html?x=1', expect.objectContaining({ kind: 'file', file: path.join(out, 'html', 'sub', 'a b#c?.html') })],
      ['/%E0%A4%A.html', expect.objectContaining({ kind: 'refused', status: 400 })],
      ['/html/%00.html', expect.objectContaining({ kind: 'refused', status: 400 })],
      ['/..%2fout-private/secret.html', expect.objectContaining({ kind: 'refused', status: 403 })],
      ['/html/private/secret.html', expect.objectContaining({ kind: 'refused', status: 403 })],
      ['/.tei-edition-cache.json', expect.objectContaining({ kind: 'refused', status: 404 })],
      ['/html/missing.html', expect.objectContaining({ kind: 'refused', status: 404 })],
      ['http://elsewhere/', expect.objectContaining({ kind: 'refused', status: 400 })],
    ];
    for (const [url, expected] of cases) expect(await resolveRequest(out, url), url).toEqual(expected);
  });

  it('never resolves to a file outside the output folder, nor to a dotfile, whatever the path (property)', async () => {
    const { out } = folders();
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '', '%2e%2e', '..%2f..', '%2F', 'html', 'private', 'out-private', 'secret.html', '.tei-edition-cache.json', '%2etei-edition-cache.json', 'index.html', '%E0%A4%A', '%00'),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (segments) => {
        const resolved = await resolveRequest(out, `/${segments.join('/')}`);
        if (resolved.kind === 'file') {
          expect(isInside(resolved.file, out)).toBe(true);
          expect(path.relative(out, resolved.file).split(path.sep).some((s) => s.startsWith('.'))).toBe(false);
        }
        if (resolved.kind === 'redirect') expect(resolved.location).toMatch(/^\/(?!\/)/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isInside', () => {
  it('compares by path segments, not by string prefix', () => {
    expect(isInside('/a/out/x', '/a/out')).toBe(true);
    expect(isInside('/a/out', '/a/out')).toBe(true);
    expect(isInside('/a/out-private/x', '/a/out')).toBe(false);
    expect(isInside('/a/out/..x', '/a/out')).toBe(true);
    expect(isInside('/a', '/a/out')).toBe(false);
  });
});
