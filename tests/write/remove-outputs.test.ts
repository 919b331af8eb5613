import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOutputs } from '../../src/write/remove-outputs.js';

describe('removeOutputs', () => {
  it('removes the files named and the folders they leave empty, never anything outside the output folder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tei-edition-remove-'));
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'html', 'sub', 'deeper'), { recursive: true });
    writeFileSync(path.join(out, 'html', 'sub', 'deeper', 'a.html'), 'a');
    writeFileSync(path.join(out, 'html', 'b.html'), 'b');
    writeFileSync(path.join(dir, 'precious.txt'), 'keep');
    const removed = await removeOutputs(out, ['html/sub/deeper/a.html', '../precious.txt', path.join(dir, 'precious.txt'), 'html/gone.html', '.']);
    expect(removed).toEqual(['html/sub/deeper/a.html', 'html/gone.html']);
    expect(existsSync(path.join(out, 'html', 'sub'))).toBe(false);
    expect(existsSync(path.join(out, 'html', 'b.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'precious.txt'))).toBe(true);
  });
});
