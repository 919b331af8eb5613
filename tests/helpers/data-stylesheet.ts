/**
 * The data stylesheet (xslt/data/export.xsl) compiled as `npm run compile`
 * compiles the others, for tests that run before the compile script lists it:
 * compiled here when its SEF is missing or older than any stylesheet source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { DATA_STYLESHEET } from '../../src/collection/derive-document-data.js';
import { repoRoot } from './fixtures.js';

function newestSource(): number {
  let newest = 0;
  for (const dir of ['xslt/common', 'xslt/data']) {
    for (const f of readdirSync(path.join(repoRoot, dir))) newest = Math.max(newest, statSync(path.join(repoRoot, dir, f)).mtimeMs);
  }
  return newest;
}

/** Makes sure dist/xslt/data-export.sef.json is there and current. */
export function ensureDataStylesheet(): void {
  const { sefPath, sourcePath } = DATA_STYLESHEET;
  if (existsSync(sefPath) && statSync(sefPath).mtimeMs >= newestSource()) return;
  const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
  mkdirSync(path.dirname(sefPath), { recursive: true });
  // Test files run in threads of one process: the thread id keeps their temporary files apart.
  const temporary = `${sefPath}.${process.pid}.${threadId}.tmp`;
  execFileSync(process.execPath, [xslt3, `-xsl:${sourcePath}`, `-export:${temporary}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'ignore', 'pipe'] });
  renameSync(temporary, sefPath);
}
