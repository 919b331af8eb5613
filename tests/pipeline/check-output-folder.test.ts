import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder } from '../../src/pipeline/check-output-folder.js';
import { isInside } from '../../src/pipeline/is-inside.js';

const cwd = process.cwd();
const source = (file: string, root: string) => ({ file, name: path.basename(file, '.xml'), root: path.resolve(root) });

describe('checkOutputFolder', () => {
  it('allows an output folder outside every source folder, silently', () => {
    expect(checkOutputFolder([source('tei/a.xml', 'tei')], ['tei'], 'output', 'the build')).toEqual({});
  });

  it('refuses an output folder inside a folder given whole, or given as a pattern', () => {
    expect(checkOutputFolder([source('tei/a.xml', 'tei')], ['tei'], 'tei/output', 'the build').refusal).toMatchObject({ ruleId: 'usage.output-in-sources', message: expect.stringContaining('lies inside the source folder "tei"') });
    expect(checkOutputFolder([source('a.xml', '.')], ['*.xml'], 'output', 'export').refusal?.message).toContain('export never writes into them');
  });

  it('lets a file named on its own be built into a folder beside it, with a note', () => {
    const check = checkOutputFolder([source('a.xml', cwd)], ['a.xml'], 'output', 'the build');
    expect(check.refusal).toBeUndefined();
    expect(check.note).toMatchObject({ severity: 'info', ruleId: 'usage.output-beside-source', message: 'writing to "output" in ".", the folder of a.xml: only the files named are read from that folder, so the output may sit beside them' });
  });

  it('still refuses the file\'s own folder itself, or an output folder that holds a named source', () => {
    expect(checkOutputFolder([source('a.xml', cwd)], ['a.xml'], '.', 'the build').refusal).toBeDefined();
    expect(checkOutputFolder([source('out/a.xml', path.join(cwd, 'out'))], ['out/a.xml'], 'out', 'the build').refusal).toBeDefined();
  });

  it('compares whole path segments', () => {
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
  });
});
