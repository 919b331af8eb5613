import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesRoot, repoRoot } from '../helpers/fixtures.js';

const BIN = path.join(repoRoot, 'bin', 'tei-edition.js');

/** The watch command in its own process group (as a terminal runs it), with what it prints to stderr. */
function startWatch(...args: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-watch-cli-'));
  const sources = path.join(dir, 'tei');
  cpSync(path.join(fixturesRoot, 'build', 'small-corpus'), sources, { recursive: true });
  const child = spawn(process.execPath, [BIN, 'watch', sources, '--out', path.join(dir, 'out'), '--layers', 'wf', ...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (err += t));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  /** Resolves once stderr matches `pattern` (the test's own timeout bounds the wait). */
  const printed = async (pattern: RegExp) => {
    while (!pattern.test(err)) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`watch ended before printing ${pattern}:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, sources, exited, printed, err: () => err };
}

/** Signals the whole process group, as Ctrl-C in a terminal does: the build's worker processes get it too. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => process.kill(-child.pid!, signal);

/** Runs `steps` against a watch started with `args`, then expects it to have ended by `signal`: exit 0, "stopping", no internal error. */
async function expectCleanStop(args: string[], signal: NodeJS.Signals, steps: (watch: ReturnType<typeof startWatch>) => Promise<void>) {
  const watch = startWatch(...args);
  try {
    await steps(watch);
    const end = await watch.exited;
    expect(end, watch.err()).toEqual({ code: 0, signal: null });
    expect(watch.err()).toContain(`${signal}: stopping`);
    expect(watch.err()).not.toMatch(/internal error|exited unexpectedly|Unhandled|EPIPE/);
  } finally {
    if (watch.child.exitCode === null && watch.child.signalCode === null) signalGroup(watch.child, 'SIGKILL');
  }
}

describe.skipIf(!existsSync(path.join(repoRoot, 'dist', 'cli.js')))('tei-edition watch (compiled, in a child process)', () => {
  it('stops on the first SIGTERM after a rebuild: watcher, server and pool closed, exit 0', async () => {
    await expectCleanStop(['--serve', '--port', '0'], 'SIGTERM', async (watch) => {
      await watch.printed(/built; watching for changes/);
      // The root URL printed leads to the collection page the build wrote.
      const url = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(watch.err())![1]!;
      const root = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      expect([root.status, root.headers.get('location')]).toEqual([302, '/html/']);
      const collection = await fetch(new URL('/html/', url), { signal: AbortSignal.timeout(5000) });
      expect(collection.status).toBe(200);
      expect(await collection.text()).toContain('letter.html');
      appendFileSync(path.join(watch.sources, 'letter.xml'), '\n<!-- edited -->\n');
      await watch.printed(/changed: .*letter\.xml; rebuilt 1 document/);
      watch.child.kill('SIGTERM');
    });
  }, 60_000);

  it('stops on the first Ctrl-C sent to the process group', async () => {
    await expectCleanStop(['--serve', '--port', '0'], 'SIGINT', async (watch) => {
      await watch.printed(/serving .* at http:\/\/127\.0\.0\.1:\d+\/[^]*built; watching for changes/);
      signalGroup(watch.child, 'SIGINT');
    });
  }, 60_000);

  it('stops on the first Ctrl-C to the process group during the first build, while its worker processes start', async () => {
    await expectCleanStop(['--serve', '--port', '0'], 'SIGINT', async (watch) => {
      // The server is up before the first build: the signal comes while the build starts its workers.
      await watch.printed(/serving .* at http:/);
      signalGroup(watch.child, 'SIGINT');
    });
  }, 60_000);
});
