/**
 * Regenerates the project's RELAX NG schema, schema/tei-edition.rng, from its
 * ODD customisation, schema/tei-edition.odd, with `tei-edition odd` against
 * TEI P5's p5subset.xml (../shared/odd/p5subset.xml unless another is given).
 * Only the .rng is written (`--no-sch`): TEI's own constraints stay embedded
 * in it, and schema/tei-edition.sch holds the project's hand-written house
 * rules, which the compiler must not overwrite.
 *
 *   npm run derive-schema [-- path/to/p5subset.xml]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'odd', 'p5subset.xml'));
const out = path.resolve(process.argv[3] ?? path.join(root, 'schema'));
process.chdir(root);
process.exitCode = await runCli(['node', 'tei-edition', 'odd', path.join('schema', 'tei-edition.odd'), '--source', source, '--out', out, '--no-sch']);
