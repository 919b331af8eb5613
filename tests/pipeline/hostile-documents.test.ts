/**
 * Hostile documents through `validate` and `build`, as the CLI runs them
 * (runCli, in process): deep nesting, entity bombs, XIncludes that reach out
 * of the sources, into devices, named pipes, huge files or themselves, odd
 * file names, broken bytes and encodings. Each run must end within 5 s
 * (a bound against hangs, not a speed test), with exit 0, 1 or 2 and never
 * an internal error or a stack trace; a definitely bad document must get an
 * error diagnostic and exit 1 or 2; nothing may be written outside --out;
 * and the process must stay under 1 GB.
 *
 * Cost: every case is validated and built (HOSTILE_RUNS, default 2,000;
 * HOSTILE_BUILD_EVERY=N builds one in N for a quicker local run): most
 * hostile documents stop before the stylesheets, so the 2,000 builds took
 * about 2 minutes on the development machine. Layers are wf and refs: the hostile
 * part is reading, decoding, expanding, including and parsing, which every
 * layer shares; RELAX NG and Schematron would only add schema loading (and
 * writes to the schema cache outside --out).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 2000);
const BUILD_EVERY = Number(process.env.HOSTILE_BUILD_EVERY ?? 1);
const SECRET = 'SECRET-OUTSIDE-THE-SOURCES';
const GB = 1024 * 1024 * 1024;

const HEADER = '<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>';
const tei = (body: string, prolog = '') => `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">${HEADER}<text><body>${body}</body></text></TEI>\n`;

/** What a case writes before the run: the document, and what its XIncludes point at. */
interface HostileCase {
  kind: string;
  /** The source's file name. */
  name: string;
  bytes: Uint8Array;
  /** True when the document is certainly bad: an error diagnostic and exit 1 or 2 are required. */
  bad: boolean;
  /** Extra files beside the source: 'fifo', 'zero-link', 'big', 'loop'. */
  extras?: string[];
  /** The rule a build must report (with exit 1), where only the build refuses the document. */
  buildError?: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

const nesting = fc.record({ depth: fc.integer({ min: 50, max: 3000 }), element: fc.constantFrom('div', 'hi', 'list', 'x:y', 'seg') }).map(({ depth, element }): HostileCase => {
  const [open, close, wrap] =
    element === 'div' ? ['<div>', '</div>', (s: string) => s] : element === 'list' ? ['<list><item>', '</item></list>', (s: string) => s] : element === 'x:y' ? ['<x:y>', '</x:y>', (s: string) => `<p xmlns:x="urn:x">${s}</p>`] : [`<${element}>`, `</${element}>`, (s: string) => `<p>${s}</p>`];
  // Fine to validate; a build refuses it, since it is deeper than the stylesheets can render (128 levels).
  return { kind: `nesting ${element} ×${depth}`, name: 'deep.xml', bytes: utf8(tei(wrap(open.repeat(depth) + 'x' + close.repeat(depth)))), bad: false, ...(depth >= 128 ? { buildError: 'transform.too-deep' } : {}) };
});

const entityBomb = fc.record({ levels: fc.integer({ min: 9, max: 12 }), fanout: fc.integer({ min: 8, max: 16 }), inAttribute: fc.boolean() }).map(({ levels, fanout, inAttribute }): HostileCase => {
  const declarations = Array.from({ length: levels }, (_, i) => `<!ENTITY e${i} "${i === 0 ? 'lol' : `&e${i - 1};`.repeat(fanout)}">`).join('');
  const use = `&e${levels - 1};`;
  const body = inAttribute ? `<p rend="${use}">x</p>` : `<p>${use}</p>`;
  return { kind: `entity bomb ${fanout}^${levels}${inAttribute ? ' in an attribute' : ''}`, name: 'bomb.xml', bytes: utf8(tei(body, `<!DOCTYPE TEI [${declarations}]>\n`)), bad: true };
});

const recursiveEntity = fc.constant<HostileCase>({ kind: 'recursive entity', name: 'rec.xml', bytes: utf8(tei('<p>&a;</p>', '<!DOCTYPE TEI [<!ENTITY a "&b;"><!ENTITY b "&a;">]>\n')), bad: true });

const xincludes = fc.constantFrom<[string, string, string[]?]>(
  ['outside, relative', '<xi:include href="../../outside/secret.txt" parse="text"/>'],
  ['outside, absolute', '<xi:include href="OUTSIDE/secret.txt" parse="text"/>'],
  ['outside, file URI', '<xi:include href="file://OUTSIDE/secret.txt" parse="text"/>'],
  ['/etc/passwd', '<xi:include href="/etc/passwd" parse="text"/>'],
  ['climbing to /etc/hostname', '<xi:include href="../../../../../../../../../../etc/hostname" parse="text"/>'],
  ['/dev/zero', '<xi:include href="/dev/zero" parse="text"/>'],
  ['a link to /dev/zero', '<xi:include href="zero.txt" parse="text"/>', ['zero-link']],
  ['a named pipe', '<xi:include href="pipe.txt" parse="text"/>', ['fifo']],
  ['a file over the size cap', '<xi:include href="big.txt" parse="text"/>', ['big']],
  ['itself', '<xi:include href="inc.xml"/>'],
  ['itself by pointer', '<xi:include xpointer="self"/>'],
  ['a loop through another file', '<xi:include href="loop.xml"/>', ['loop']],
  ['a folder', '<xi:include href="." parse="text"/>'],
  ['refused, with a fallback', '<xi:include href="/etc/passwd" parse="text"><xi:fallback>f</xi:fallback></xi:include>'],
).map(([what, include, extras]): HostileCase => ({ kind: `XInclude of ${what}`, name: 'inc.xml', bytes: utf8(tei(`<p xml:id="self">${include}</p>`)), bad: true, ...(extras ? { extras } : {}) }));

const oddNames = fc.constantFrom('50%.xml', 'a#b.xml', 'q?x.xml', 'with space.xml', '%E0%A4%A.xml', 'ü-ñ.xml', "it's.xml", '[x].xml').map((name): HostileCase => ({ kind: `odd name ${name}`, name, bytes: utf8(tei('<p>fine</p>')), bad: false }));

const GOOD = tei('<p>Some text &amp; more</p>');
const brokenBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes): HostileCase => ({ kind: 'random bytes', name: 'random.xml', bytes, bad: true })),
  fc.integer({ min: 1, max: GOOD.length - 2 }).map((at): HostileCase => ({ kind: `truncated at ${at}`, name: 'cut.xml', bytes: utf8(GOOD.slice(0, at)), bad: true })),
  fc.tuple(fc.integer({ min: 60, max: GOOD.length - 30 }), fc.constantFrom(0xff, 0xc3, 0xe2, 0x80, 0x00)).map(([at, byte]): HostileCase => {
    const bytes = utf8(GOOD);
    bytes[at] = byte;
    return { kind: `byte ${byte.toString(16)} at ${at}`, name: 'bytes.xml', bytes, bad: true };
  }),
  fc.constantFrom('utf16le', 'utf16be').map((order): HostileCase => {
    const le = Buffer.from(GOOD.replace('UTF-8', 'UTF-16'), 'utf16le');
    return { kind: `UTF-16 ${order} without BOM`, name: 'utf16.xml', bytes: order === 'utf16le' ? le : Buffer.from(le).swap16(), bad: true };
  }),
  fc.constant<HostileCase>({ kind: 'declared Shift_JIS', name: 'sjis.xml', bytes: utf8(GOOD.replace('UTF-8', 'Shift_JIS')), bad: true }),
  fc.constant<HostileCase>({ kind: 'empty file', name: 'empty.xml', bytes: new Uint8Array(), bad: true }),
);

const hostile = fc.oneof(
  { arbitrary: nesting, weight: 3 },
  { arbitrary: entityBomb, weight: 2 },
  { arbitrary: recursiveEntity, weight: 1 },
  { arbitrary: xincludes, weight: 4 },
  { arbitrary: oddNames, weight: 2 },
  { arbitrary: brokenBytes, weight: 4 },
);

/** Every path below `dir` with its size and modification time (folders as 'dir'). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const info = statSync(full, { throwIfNoEntry: false });
    out.set(path.relative(dir, full), !info ? 'dangling' : info.isDirectory() ? 'dir' : `${info.size}:${info.mtimeMs}`);
  }
  return out;
}

describe('hostile documents', () => {
  let root: string;
  let outside: string;
  let peakRss = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
    outside = path.join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), SECRET);
    sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  });
  afterAll(() => {
    clearInterval(sampler);
    rmSync(root, { recursive: true, force: true });
  });

  it(`${RUNS} hostile documents: a bounded run, a diagnostic, exit 1 or 2, no write outside --out, under 1 GB`, async () => {
    let index = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (c) => {
        const n = index++;
        // Each case in a folder of its own: cases/<n>/src/<name>, written out to cases/<n>/out.
        const caseDir = path.join(root, 'cases', String(n));
        const src = path.join(caseDir, 'src');
        mkdirSync(src, { recursive: true });
        const bytes = c.name === 'inc.xml' ? utf8(new TextDecoder().decode(c.bytes).replaceAll('OUTSIDE', outside)) : c.bytes;
        const file = path.join(src, c.name);
        writeFileSync(file, bytes);
        for (const extra of c.extras ?? []) {
          if (extra === 'fifo') execFileSync('mkfifo', [path.join(src, 'pipe.txt')]);
          if (extra === 'zero-link') symlinkSync('/dev/zero', path.join(src, 'zero.txt'));
          // Sparse: 70 MB that take no room, over the 64 MiB cap.
          if (extra === 'big') {
            writeFileSync(path.join(src, 'big.txt'), '');
            truncateSync(path.join(src, 'big.txt'), 70 * 1024 * 1024);
          }
          if (extra === 'loop') writeFileSync(path.join(src, 'loop.xml'), '<div xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="inc.xml"/></div>');
        }
        const before = snapshot(root);
        const commands: string[][] = [['validate', '--layers', 'wf,refs', file]];
        if (n % BUILD_EVERY === 0) commands.push(['build', '--layers', 'wf,refs', '--jobs', '1', '--out', path.join(caseDir, 'out'), file]);
        for (const args of commands) {
          let log = '';
          const started = performance.now();
          const code = await runCli(['node', 'tei-edition', ...args], { out: (t) => (log += t), err: (t) => (log += t) });
          const elapsed = performance.now() - started;
          const what = `${args[0]} of ${c.kind} (${c.name}): exit ${code}, ${elapsed.toFixed(0)} ms\n${log.slice(0, 2000)}`;
          expect(elapsed, what).toBeLessThan(5000);
          expect([0, 1, 2], what).toContain(code);
          expect(log, what).not.toMatch(/internal error|Maximum call stack|\n\s+at \S+ \(/);
          expect(log, what).not.toContain(SECRET);
          if (c.bad) {
            expect(code, what).not.toBe(0);
            expect(log, what).toMatch(/ error .*\[[a-z]+:[\w.-]+\]/);
          }
          if (args[0] === 'build' && c.buildError) {
            expect(code, what).toBe(1);
            expect(log, what).toContain(c.buildError);
          }
        }
        const after = snapshot(root);
        const written = [...after.keys()].filter((p) => before.get(p) !== after.get(p) && !p.startsWith(path.join('cases', String(n), 'out')));
        expect(written, `${c.kind}: written outside --out`).toEqual([]);
        expect(peakRss, 'resident memory').toBeLessThan(GB);
        rmSync(caseDir, { recursive: true, force: true });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(snapshot(outside).size).toBe(1);
  }, 30 * 60_000);
});
