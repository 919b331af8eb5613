/**
 * Where a schemaSpec's specifications come from: its `@source` (another ODD,
 * compiled or not, a p5subset, `tei:x.y.z`) or, without one, the `--source`
 * given. A `tei:` version resolves through the given source or an XML catalog;
 * a URL is fetched only with network access allowed. Nothing is fetched
 * silently.
 */
import path from 'node:path';
import { catalogFilesFor, resolveThroughCatalogs, toLocalPath } from '../validate/read-catalog.js';

export interface SourceOptions {
  /** The P5 source (p5subset.xml) for `tei:` sources and schemaSpecs without one. */
  source?: string;
  allowNetwork?: boolean;
  catalogFiles?: string[];
}

export type ResolvedSource = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'none'; reason: string };

/** Resolves `@source` of a schemaSpec in the ODD at `oddPath`. */
export function resolveOddSource(reference: string | undefined, oddPath: string, options: SourceOptions): ResolvedSource {
  const given = options.source;
  const givenResolved = (): ResolvedSource | undefined => {
    if (!given) return undefined;
    if (/^https?:/i.test(given)) return options.allowNetwork ? { kind: 'url', url: given } : { kind: 'none', reason: `--source ${JSON.stringify(given)} is a URL and network access is off; pass a local p5subset.xml, or --allow-network` };
    return { kind: 'file', path: path.resolve(given) };
  };
  if (reference === undefined || reference === '') return givenResolved() ?? { kind: 'none', reason: 'the schemaSpec names no @source and no --source was given; expected --source PATH/TO/p5subset.xml' };
  const catalogued = resolveThroughCatalogs(reference, catalogFilesFor(oddPath, options.catalogFiles ?? [])).target;
  if (catalogued) {
    const local = toLocalPath(catalogued, path.dirname(oddPath));
    if (local) return { kind: 'file', path: local };
  }
  if (/^tei:/.test(reference)) return givenResolved() ?? { kind: 'none', reason: `@source ${JSON.stringify(reference)} names a TEI release; no catalog maps it and no --source was given; expected --source PATH/TO/p5subset.xml` };
  if (/^https?:/i.test(reference)) {
    if (options.allowNetwork) return { kind: 'url', url: reference };
    return givenResolved() ?? { kind: 'none', reason: `@source ${JSON.stringify(reference)} is a URL and network access is off; pass --source, map it in a catalog, or allow --allow-network` };
  }
  const local = toLocalPath(reference, path.dirname(oddPath));
  return local ? { kind: 'file', path: local } : { kind: 'none', reason: `@source ${JSON.stringify(reference)} is not a file path, a tei: version or a URL` };
}
