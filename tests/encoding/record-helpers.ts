/**
 * Shared by the tests of the encoded record: where the record and the shared
 * data are, and XPath access to the record through saxon-js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import SaxonJS from 'saxon-js';
import type { SaxonNode } from 'saxon-js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RECORD_PATH = fileURLToPath(
  new URL('../../tei/zakharov-kim-il-sung-1970-06-10.xml', import.meta.url),
);
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SOURCE_PATH = `${SHARED}source/000_01c46b6d262fda6b.txt`;
export const TEI_ALL_RNG = `${SHARED}schema/tei_all.rng`;
export const TEI_ALL_SCH = `${SHARED}schema/tei_all.extracted.sch`;
export const hasShared = existsSync(SOURCE_PATH) && existsSync(TEI_ALL_RNG);

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export async function loadXml(text: string): Promise<SaxonNode> {
  return SaxonJS.getResource({ type: 'xml', text });
}

export async function loadRecord(): Promise<SaxonNode> {
  return loadXml(readFileSync(RECORD_PATH, 'utf8'));
}

/** Evaluates an XPath 3.1 expression; the result is always an array of items. */
export function xpath(
  expr: string,
  context: SaxonNode,
  namespaces: Record<string, string> = { tei: TEI_NS },
): unknown[] {
  return SaxonJS.XPath.evaluate(expr, context, {
    namespaceContext: namespaces,
    resultForm: 'array',
  }) as unknown[];
}

/**
 * An XPath function that renders an element as the published translation
 * printed it (the diplomatic view): the translator's marks come back as
 * printed ("[sic]", "[stamp]", "[will do so]", "Zh[ou]"), the printed reading
 * of each choice is taken, and our editorial notes and gaps are left out.
 * Block elements are separated by spaces; the result is whitespace-normalised.
 * Use as `let $render := ${RENDER_DIPLOMATIC} return $render(node, $render)`.
 */
export const RENDER_DIPLOMATIC = `function($n as node(), $self as function(*)) as xs:string {
  let $inner := string-join(for $c in $n/node() return $self($c, $self), '')
  return
    if ($n instance of text()) then string($n)
    else if ($n/self::tei:note[@type = 'editorial'] or $n/self::tei:gap) then ''
    else if ($n/self::tei:choice) then string-join(for $c in $n/(tei:sic | tei:orig | tei:expan) return $self($c, $self), '')
    else if ($n/self::tei:ex or $n/self::tei:supplied[@resp = '#giebultowski']) then '[' || $inner || ']'
    else if ($n/self::tei:sic[@resp = '#giebultowski']) then $inner || ' [sic]'
    else if ($n/self::tei:stamp) then '[stamp] ' || $inner
    else if ($n/self::tei:lb) then ' '
    else if ($n/(self::tei:p | self::tei:head | self::tei:opener | self::tei:closer | self::tei:item | self::tei:dateline | self::tei:signed)) then ' ' || $inner || ' '
    else $inner
}`;

/** The diplomatic text of the node selected by `path`, whitespace-normalised. */
export function diplomatic(path: string, context: SaxonNode): string {
  const items = xpath(
    `let $render := ${RENDER_DIPLOMATIC} return normalize-space($render(${path}, $render))`,
    context,
  );
  if (items.length !== 1) throw new Error(`${path} did not select one node`);
  return String(items[0]);
}

/** The record as printed on the web page, from its first to its last line, whitespace-normalised. */
export function sourceRecordText(): string {
  const source = readFileSync(SOURCE_PATH, 'utf8');
  const first = 'Ipn bu 2602/8901';
  const last = 'Pyongyang, 10 June 1970';
  const start = source.indexOf(first);
  const end = source.indexOf(last);
  if (start < 0 || end < start) throw new Error('the record is not where expected in the source');
  return normaliseSpace(source.slice(start, end + last.length));
}

/** Collapses runs of white space, no-break spaces included, to one space. */
export function normaliseSpace(text: string): string {
  return text.split(/\s+/u).filter(Boolean).join(' ');
}
