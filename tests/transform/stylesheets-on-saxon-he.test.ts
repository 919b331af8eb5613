/**
 * The edition stylesheets are plain XSLT 3.0: Saxon-HE Java (Debian's
 * libsaxonhe-java, 9.9, which lacks higher-order functions) runs them too.
 * That is what lets the build benchmark compare our build with "the same work
 * by jing + Saxon-HE", and what lets a project run them in its own Java
 * toolchain. Saxon-HE is a test oracle here, never used by the product.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STYLESHEET } from '../../src/collection/derive-document-data.js';
import { loadCompiledStylesheet } from '../../src/transform/load-stylesheet.js';
import { layoutText } from '../../src/transform/layout-text.js';
import { runStylesheet } from '../../src/transform/run-stylesheet.js';

const SAXON = ['/usr/share/java/Saxon-HE.jar', '/usr/share/java/saxon9he.jar'].find((jar) => existsSync(jar));
const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).error === undefined;
const NAME = 'zakharov-kim-il-sung-1970-06-10';
const record = path.resolve('tei', `${NAME}.xml`);

/**
 * Runs `xsl` on the record with Saxon-HE Java into a folder of its own (the stylesheets' secondary
 * results, reports and citations, land beside the principal one); its principal result and exit status.
 */
function saxon(xsl: string, ...parameters: string[]): { status: number | null; stdout: string; stderr: string } {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'tei-edition-saxon-he-')), 'result');
  const r = spawnSync('java', ['-cp', SAXON!, 'net.sf.saxon.Transform', `-s:${record}`, `-xsl:${path.resolve(xsl)}`, `-o:${out}`, `name=${NAME}`, ...parameters], { encoding: 'utf8' });
  const stdout = existsSync(out) ? readFileSync(out, 'utf8') : '';
  rmSync(path.dirname(out), { recursive: true, force: true });
  return { status: r.status, stdout, stderr: r.stderr };
}

if (!SAXON || !hasJava) console.log('skipped: Saxon-HE Java (Debian libsaxonhe-java) is not installed; .ci/run installs it');

describe.skipIf(!SAXON || !hasJava)('the edition stylesheets on Saxon-HE Java', () => {
  it('writes the block model of the committed reading and diplomatic texts of the record, byte for byte once laid out', () => {
    for (const [view, file] of [['reading', `${NAME}.txt`], ['diplomatic', `${NAME}.diplomatic.txt`]] as const) {
      const run = saxon('xslt/text/edition.xsl', `view=${view}`);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.status).toBe(0);
      expect(layoutText(run.stdout)).toBe(readFileSync(path.resolve('output', 'text', file), 'utf8'));
    }
  }, 60_000);

  it('writes the same data export of the record as saxon-js (it once used an inline function Saxon-HE 9.9 cannot compile)', () => {
    const run = saxon('xslt/data/export.xsl');
    expect(run.stderr).not.toMatch(/XPST|error/i);
    expect(run.status).toBe(0);
    const { stylesheet } = loadCompiledStylesheet('data', DATA_STYLESHEET.sefPath, DATA_STYLESHEET.sourcePath);
    const ours = runStylesheet(stylesheet!, readFileSync(record, 'utf8'), record, pathToFileURL(record).href, { name: NAME });
    // The same maps; JSON key order is the serialiser's choice, so the parsed values are compared.
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(ours.output!));
  }, 60_000);

  it('compiles and runs the HTML stylesheet on the record', () => {
    const run = saxon('xslt/html/edition.xsl');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<html');
    expect(run.stdout).toContain('Kim Il Sung');
  }, 60_000);
});
