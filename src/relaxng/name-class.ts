/**
 * RELAX NG name classes (`name`, `nsName`, `anyName`, `choice`, `except`):
 * which element or attribute names a pattern accepts. Kept as plain data so
 * that a compiled schema can be cached as JSON and rebuilt without work.
 */

/** An expanded name: namespace URI ('' for none) and local name. */
export interface QName {
  uri: string;
  local: string;
}

/** A name class, as plain JSON-serialisable data. */
export type NameClass =
  | { kind: 'name'; uri: string; local: string }
  | { kind: 'nsName'; uri: string; except?: NameClass }
  | { kind: 'anyName'; except?: NameClass }
  | { kind: 'choice'; a: NameClass; b: NameClass };

/** How specifically a name class matches a name, the way jing ranks candidates when recovering. */
export const SPECIFICITY_NONE = -1;
const SPECIFICITY_ANY_NAME = 0;
const SPECIFICITY_NS_NAME = 1;
const SPECIFICITY_NAME = 2;

/** A map key for an expanded name, `{uri}local` (Clark notation). */
export function nameKey(uri: string, local: string): string {
  return `{${uri}}${local}`;
}

/** True when `nc` accepts the name (uri, local). */
export function containsName(nc: NameClass, uri: string, local: string): boolean {
  switch (nc.kind) {
    case 'name':
      return nc.local === local && nc.uri === uri;
    case 'nsName':
      return nc.uri === uri && !(nc.except && containsName(nc.except, uri, local));
    case 'anyName':
      return !(nc.except && containsName(nc.except, uri, local));
    case 'choice':
      return containsName(nc.a, uri, local) || containsName(nc.b, uri, local);
  }
}

/**
 * How specifically `nc` accepts the name: a `name` beats an `nsName`, which
 * beats `anyName`; SPECIFICITY_NONE when it does not accept it at all.
 */
export function nameSpecificity(nc: NameClass, uri: string, local: string): number {
  switch (nc.kind) {
    case 'name':
      return nc.local === local && nc.uri === uri ? SPECIFICITY_NAME : SPECIFICITY_NONE;
    case 'nsName':
      return containsName(nc, uri, local) ? SPECIFICITY_NS_NAME : SPECIFICITY_NONE;
    case 'anyName':
      return containsName(nc, uri, local) ? SPECIFICITY_ANY_NAME : SPECIFICITY_NONE;
    case 'choice':
      return Math.max(nameSpecificity(nc.a, uri, local), nameSpecificity(nc.b, uri, local));
  }
}

/** What a set of name classes accepts, summarised for "expected …" messages. */
export interface NameSummary {
  /** Names accepted one by one, keyed by `nameKey`. */
  names: Map<string, QName>;
  /** Namespaces accepted wholesale through `nsName`. */
  namespaces: Set<string>;
  /** True when some `anyName` is included. */
  anyName: boolean;
}

/** An empty summary to add name classes to. */
export function emptyNameSummary(): NameSummary {
  return { names: new Map(), namespaces: new Set(), anyName: false };
}

/** Adds what `nc` accepts to `summary`; names excluded by an `except` are not listed. */
export function addToNameSummary(summary: NameSummary, nc: NameClass): void {
  switch (nc.kind) {
    case 'name':
      summary.names.set(nameKey(nc.uri, nc.local), { uri: nc.uri, local: nc.local });
      return;
    case 'nsName':
      summary.namespaces.add(nc.uri);
      return;
    case 'anyName':
      summary.anyName = true;
      return;
    case 'choice':
      addToNameSummary(summary, nc.a);
      addToNameSummary(summary, nc.b);
      return;
  }
}

/** The single name of a `name` class (or a choice of one name), else undefined: what jing calls a "simple" name class. */
export function singleName(nc: NameClass): QName | undefined {
  return nc.kind === 'name' ? { uri: nc.uri, local: nc.local } : undefined;
}

/** Every name listed by `name` in `nc` (ignoring wildcards), for ID-type analysis. */
export function listedNames(nc: NameClass, out: QName[] = []): QName[] {
  if (nc.kind === 'name') out.push({ uri: nc.uri, local: nc.local });
  else if (nc.kind === 'choice') {
    listedNames(nc.a, out);
    listedNames(nc.b, out);
  }
  return out;
}

/** True when `nc` is made only of `name` and `choice` (no wildcards). */
export function isClosedNameClass(nc: NameClass): boolean {
  return nc.kind === 'name' || (nc.kind === 'choice' && isClosedNameClass(nc.a) && isClosedNameClass(nc.b));
}
