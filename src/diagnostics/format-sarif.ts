/**
 * SARIF 2.1.0 output, so that GitHub code scanning (and other SARIF viewers)
 * show tei-edition's diagnostics inline on the TEI sources.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from './diagnostic.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file name as a SARIF artifact URI: relative paths stay relative (with `/`), absolute ones become file: URIs. */
function artifactUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).map(encodeURIComponent).join('/');
}

/** Renders diagnostics as one SARIF 2.1.0 log with a single run. */
export function formatDiagnosticsSarif(diagnostics: readonly Diagnostic[], tool: { name: string; version: string; informationUri?: string }): string {
  const ruleIds = [...new Set(diagnostics.map((d) => d.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const layerOf = new Map(diagnostics.map((d) => [d.ruleId, d.layer]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id }, properties: { layer: layerOf.get(id) } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ruleIndex: ruleIndex.get(d.ruleId),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file) },
                ...(d.line > 0 ? { region: { startLine: d.line, ...(d.column > 0 ? { startColumn: d.column } : {}) } } : {}),
              },
              ...(d.xpath ? { logicalLocations: [{ fullyQualifiedName: d.xpath, kind: d.xpath.includes('/@') ? 'attribute' : 'element' }] } : {}),
            },
          ],
          properties: { layer: d.layer },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
