/**
 * Where the text edition's layout (wrapping, hanging indents, tables) costs
 * less: in XSLT, as now, or in a typed layout stage in TypeScript fed by the
 * stylesheet's block model (issue 18, point 3).
 * Run: npx tsx bench/text-layout.ts [runs]
 *
 * For every corpus file (the shared corpus but sga-xinclude/ and malformed/;
 * without ../shared, the record and the text fixtures), the reading view is
 * made `runs` times (default 3) by two stylesheets in one process: the
 * edition, and the edition stopped at its block model
 * (bench/text-block-model.xsl, compiled here: tx:page returns the blocks as
 * XML instead of laying them out). Their difference is what layout costs in
 * XSLT. A layout stage outside XSLT would pay at least for reading that
 * block model back: saxes parses each serialised model into a tree of
 * blocks, and that time is printed beside it (the layout itself, in
 * TypeScript, would come on top). Times are medians per file, summed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { decodeSource } from '../src/load/load-source.js';
import { parseSource } from '../src/parse/parse-source.js';
import { loadCompiledStylesheet, loadEditionStylesheet, type CompiledStylesheet } from '../src/transform/load-stylesheet.js';
import { runStylesheet } from '../src/transform/run-stylesheet.js';
import { ROOT, SHARED, fmt, hasShared, xmlFiles } from './_shared.js';

/** A block of the model as a layout stage would hold it. */
interface Block {
  name: string;
  attributes: Record<string, string>;
  children: (Block | string)[];
}

const runs = Math.max(1, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3));
const medianOf = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The serialised block model read back into blocks (what a TypeScript layout stage would start from). */
function readBlocks(xml: string): Block {
  const parser = new SaxesParser({ xmlns: false });
  const root: Block = { name: '#root', attributes: {}, children: [] };
  const stack: Block[] = [root];
  parser.on('opentag', (tag) => {
    const block: Block = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(block);
    stack.push(block);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack[stack.length - 1]!.children.push(text));
  parser.write(xml).close();
  return root;
}

function compileBlockModel(): CompiledStylesheet {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-text-layout-'));
  const sef = path.join(dir, 'text-block-model.sef.json');
  const source = path.join(ROOT, 'bench', 'text-block-model.xsl');
  const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
  execFileSync(process.execPath, [xslt3, `-xsl:${source}`, `-export:${sef}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const { stylesheet } = loadCompiledStylesheet('text-block-model', sef, source);
  rmSync(dir, { recursive: true, force: true });
  if (!stylesheet) throw new Error('the block-model stylesheet did not compile');
  return stylesheet;
}

function main(): void {
  const { stylesheet: edition } = loadEditionStylesheet('text');
  if (!edition) throw new Error('the text stylesheet is not compiled: run npm run compile');
  const model = compileBlockModel();
  const skipped = new Set(['sga-xinclude', 'malformed']);
  const files = hasShared
    ? xmlFiles(path.join(SHARED, 'corpus')).filter((f) => !skipped.has(path.relative(path.join(SHARED, 'corpus'), f).split(path.sep)[0]!))
    : [path.join(ROOT, 'tei', 'zakharov-kim-il-sung-1970-06-10.xml'), ...xmlFiles(path.join(ROOT, 'tests', 'fixtures', 'text'))];
  console.log(`Text layout — ${hasShared ? 'shared corpus' : 'repository files (../shared is absent)'}, ${files.length} files, reading view, ${runs} run(s) each, node ${process.version}`);

  let full = 0;
  let blocksOnly = 0;
  let readBack = 0;
  let modelBytes = 0;
  for (const file of files) {
    const { source } = decodeSource(file, readFileSync(file), file);
    const parsed = source ? parseSource(source).parsed : undefined;
    if (!parsed) continue;
    const parameters = { name: path.basename(file, '.xml'), view: 'reading', width: '78', 'drop-report': 'no' };
    const time = (stylesheet: CompiledStylesheet) => {
      const t0 = performance.now();
      const output = runStylesheet(stylesheet, parsed.xmlText, file, pathToFileURL(file).href, parameters).output ?? '';
      return { ms: performance.now() - t0, output };
    };
    time(edition); // warm-up of this document's paths
    const a: number[] = [];
    const b: number[] = [];
    const c: number[] = [];
    let xml = '';
    for (let i = 0; i < runs; i++) {
      a.push(time(edition).ms);
      const m = time(model);
      b.push(m.ms);
      xml = m.output;
      const t0 = performance.now();
      readBlocks(xml);
      c.push(performance.now() - t0);
    }
    full += medianOf(a);
    blocksOnly += medianOf(b);
    readBack += medianOf(c);
    modelBytes += xml.length;
  }
  console.log(`edition (block model laid out in XSLT): ${fmt(full)}`);
  console.log(`block model only (no layout):           ${fmt(blocksOnly)}  (serialised: ${(modelBytes / 1e6).toFixed(2)} MB)`);
  console.log(`layout in XSLT (difference):            ${fmt(full - blocksOnly)}  (${((100 * (full - blocksOnly)) / full).toFixed(1)}% of the transform)`);
  console.log(`reading the block model back in TS:     ${fmt(readBack)}  (before any layout work)`);
}

main();
