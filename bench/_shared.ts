/**
 * Helpers shared by the benchmarks (files starting with "_" are not run by
 * npm run bench): the shared corpus's files, wall-clock timing of commands
 * in fresh processes, and a median over repeated runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(path.join(SHARED, 'README.md'));
export const hasJing = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;

/** Every .xml file below `dir`, sorted. */
export function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return xmlFiles(full);
      return name.endsWith('.xml') ? [full] : [];
    });
}

/** Runs a command to completion in a fresh process; returns its wall time in ms and peak RSS in MB (GNU time). */
export function timeCommand(command: string, args: readonly string[], options: { cwd?: string } = {}): { ms: number; status: number | null; stdout: string; stderr: string; rssMb?: number } {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', cwd: options.cwd ?? ROOT, maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd ?? ROOT, maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const kb = useTime ? Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1]) : NaN;
  return { ms, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(Number.isFinite(kb) ? { rssMb: kb / 1024 } : {}) };
}

/** The median of `runs` timings of `f` (called with the run's index). */
export function median<T extends { ms: number }>(runs: number, f: (run: number) => T): T {
  const results = Array.from({ length: runs }, (_, i) => f(i)).sort((a, b) => a.ms - b.ms);
  return results[Math.floor(results.length / 2)]!;
}

export const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
