#!/usr/bin/env node
/**
 * Compiles the edition stylesheets to SEF (Saxon's stylesheet export format)
 * with the xslt3 package's XX compiler, once, at build time. saxon-js then
 * loads the SEF at run time and reuses it for every document. The SEF files
 * are build products (dist/xslt/), never committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const xslt3 = require.resolve('xslt3/xslt3.js');

/** Entry stylesheets and the SEF each compiles to. */
const ENTRIES = [
  ['xslt/html/edition.xsl', 'dist/xslt/html-edition.sef.json'],
  ['xslt/text/edition.xsl', 'dist/xslt/text-edition.sef.json'],
  ['xslt/data/export.xsl', 'dist/xslt/data-export.sef.json'],
  ['xslt/collection/collection.xsl', 'dist/xslt/collection.sef.json'],
];

mkdirSync(path.join(root, 'dist/xslt'), { recursive: true });
let failed = false;
for (const [source, target] of ENTRIES) {
  const from = path.join(root, source);
  if (!existsSync(from)) continue;
  const to = path.join(root, target);
  const temporary = `${to}.${process.pid}.tmp`;
  try {
    execFileSync(process.execPath, [xslt3, `-xsl:${from}`, `-export:${temporary}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'ignore', 'pipe'] });
    renameSync(temporary, to);
    process.stdout.write(`compiled ${source} -> ${target}\n`);
  } catch (e) {
    failed = true;
    const stderr = e && typeof e === 'object' && 'stderr' in e ? String(e.stderr) : String(e);
    process.stderr.write(`${source}: stylesheet compilation failed\n${stderr}\n`);
  }
}
process.exit(failed ? 1 : 0);
