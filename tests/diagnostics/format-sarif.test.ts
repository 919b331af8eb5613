import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnosticsSarif } from '../../src/diagnostics/format-sarif.js';

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS; require() gives its class directly.
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv04 = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validator };
// The SARIF 2.1.0 JSON Schema as Microsoft ships it (a test-only dependency).
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

const sample = [
  diagnostic('error', 'refs', 'refs.dangling-pointer', '@who value "#x" points to nothing', { file: 'tei/a.xml', line: 3, column: 9, xpath: '/tei:TEI[1]/tei:said[1]/@who' }),
  diagnostic('warning', 'sch', 'att-datable-w3c-when', 'The @when attribute cannot be used with @notBefore', { file: 'tei/sub dir/b.xml', line: 12, column: 1 }),
  diagnostic('info', 'io', 'io.empty-folder', 'folder "x" holds no .xml file', { file: '/abs/x' }),
];

describe('formatDiagnosticsSarif', () => {
  it('writes a log that validates against the SARIF 2.1.0 JSON Schema', () => {
    // The schema's patterns are ECMA-262 without the u flag (one has a stray ']').
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    const log = JSON.parse(formatDiagnosticsSarif(sample, { name: 'tei-edition', version: '0.1.0' })) as unknown;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('maps severities, locations and rules', () => {
    const log = JSON.parse(formatDiagnosticsSarif(sample, { name: 'tei-edition', version: '0.1.0' })) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { level: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: object } }[] }[] }[];
    };
    const [run] = log.runs;
    expect(run!.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual(['att-datable-w3c-when', 'io.empty-folder', 'refs.dangling-pointer']);
    expect(run!.results[0]!.ruleIndex).toBe(2);
    expect(run!.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('tei/sub%20dir/b.xml');
    expect(run!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 9 });
    // A whole-file diagnostic has no region, and an absolute path becomes a file: URI.
    expect(run!.results[2]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'file:///abs/x' } });
  });
});
