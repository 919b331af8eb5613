/**
 * Reads the DOCTYPE declaration and its internal subset, without ever
 * fetching anything: internal entities are collected for bounded expansion,
 * external ones are only recorded so that a diagnostic can say they were not read.
 */
import type { DoctypeInfo } from './xml-tree.js';

/** A problem found while reading the DOCTYPE, as an offset and a message for the caller to locate. */
export interface DoctypeProblem {
  offset: number;
  ruleId: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ReadDoctypeResult {
  doctype?: DoctypeInfo;
  problems: DoctypeProblem[];
}

const NAME = /[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]*/y;
const SPACE = /[ \t\r\n]*/y;
const QUOTED = /"([^"]*)"|'([^']*)'/y;

/** Finds the DOCTYPE in the prolog (only comments, PIs and white space may precede it). */
function findDoctypeStart(text: string): number {
  const prolog = /(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|[ \t\r\n\uFEFF]+)*/y;
  prolog.lastIndex = 0;
  prolog.exec(text);
  return text.startsWith('<!DOCTYPE', prolog.lastIndex) ? prolog.lastIndex : -1;
}

/** Expands character references in an entity value, as XML does at declaration time. */
function expandCharRefs(value: string): string {
  return value.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (whole, ref: string) => {
    const code = ref[0] === 'x' ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Reads the DOCTYPE of `text`, if any. Never reads anything but `text`. */
export function readDoctype(text: string): ReadDoctypeResult {
  const problems: DoctypeProblem[] = [];
  const start = findDoctypeStart(text);
  if (start < 0) return { problems };
  let pos = start + '<!DOCTYPE'.length;
  const skip = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
  };
  const name = (): string | undefined => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return undefined;
    pos = NAME.lastIndex;
    return m[0];
  };
  const quoted = (): string | undefined => {
    QUOTED.lastIndex = pos;
    const m = QUOTED.exec(text);
    if (!m) return undefined;
    pos = QUOTED.lastIndex;
    return m[1] ?? m[2] ?? '';
  };
  const externalId = (): { publicId?: string; systemId?: string } | undefined => {
    if (text.startsWith('SYSTEM', pos)) {
      pos += 6;
      skip();
      const systemId = quoted();
      return systemId === undefined ? undefined : { systemId };
    }
    if (text.startsWith('PUBLIC', pos)) {
      pos += 6;
      skip();
      const publicId = quoted();
      skip();
      const systemId = quoted();
      return publicId === undefined ? undefined : { publicId, ...(systemId !== undefined ? { systemId } : {}) };
    }
    return undefined;
  };

  skip();
  const rootName = name() ?? '';
  skip();
  const doctype: DoctypeInfo = { name: rootName, internalEntities: new Map(), externalEntities: new Map(), start, end: start };
  const ext = externalId();
  if (ext) {
    Object.assign(doctype, ext);
    problems.push({
      offset: start,
      ruleId: 'wf.external-dtd-not-read',
      severity: 'warning',
      message: `the external DTD ${JSON.stringify(ext.systemId ?? ext.publicId)} was not read: tei-edition never fetches or reads external DTDs, so entities and default attributes declared there are not applied`,
    });
  }
  skip();
  if (text[pos] === '[') {
    pos++;
    readInternalSubset();
  }
  skip();
  if (text[pos] !== '>') {
    problems.push({ offset: pos, ruleId: 'wf.doctype-syntax', severity: 'error', message: 'the DOCTYPE declaration is not closed; expected ">"' });
    return { doctype, problems };
  }
  doctype.end = pos + 1;
  return { doctype, problems };

  function readInternalSubset(): void {
    for (;;) {
      skip();
      if (pos >= text.length) {
        problems.push({ offset: pos, ruleId: 'wf.doctype-syntax', severity: 'error', message: 'the internal DTD subset is not closed; expected "]>"' });
        return;
      }
      if (text[pos] === ']') {
        pos++;
        return;
      }
      if (text.startsWith('<!--', pos)) {
        const close = text.indexOf('-->', pos + 4);
        pos = close < 0 ? text.length : close + 3;
      } else if (text.startsWith('<?', pos)) {
        const close = text.indexOf('?>', pos + 2);
        pos = close < 0 ? text.length : close + 2;
      } else if (text.startsWith('<!ENTITY', pos)) {
        readEntity();
      } else if (text[pos] === '%') {
        const at = pos;
        pos++;
        const pe = name();
        if (text[pos] === ';') pos++;
        problems.push({ offset: at, ruleId: 'wf.parameter-entity-not-read', severity: 'warning', message: `parameter entity reference "%${pe ?? ''};" was not expanded: declarations it would bring in are not applied` });
      } else if (text.startsWith('<!', pos)) {
        skipDeclaration();
      } else {
        problems.push({ offset: pos, ruleId: 'wf.doctype-syntax', severity: 'error', message: `unexpected ${JSON.stringify(text[pos])} in the internal DTD subset; expected a markup declaration or "]"` });
        pos = text.length;
        return;
      }
    }
  }

  /** Skips an ELEMENT, ATTLIST or NOTATION declaration, honouring quoted strings. */
  function skipDeclaration(): void {
    let quote = '';
    for (pos += 2; pos < text.length; pos++) {
      const c = text[pos];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') {
        pos++;
        return;
      }
    }
  }

  function readEntity(): void {
    const at = pos;
    pos += '<!ENTITY'.length;
    skip();
    const parameter = text[pos] === '%';
    if (parameter) {
      pos++;
      skip();
    }
    const entityName = name();
    skip();
    if (!entityName) {
      problems.push({ offset: at, ruleId: 'wf.doctype-syntax', severity: 'error', message: 'entity declaration without a name' });
      skipDeclaration();
      return;
    }
    const value = quoted();
    if (value !== undefined) {
      if (!parameter && !doctype.internalEntities.has(entityName) && !doctype.externalEntities.has(entityName)) {
        doctype.internalEntities.set(entityName, expandCharRefs(value));
      }
    } else {
      const ext = externalId();
      if (!ext) {
        problems.push({ offset: at, ruleId: 'wf.doctype-syntax', severity: 'error', message: `entity "${entityName}" has neither a quoted value nor SYSTEM/PUBLIC identifier` });
      } else if (!parameter && !doctype.internalEntities.has(entityName)) {
        doctype.externalEntities.set(entityName, ext.systemId ?? ext.publicId ?? '');
      }
    }
    // Skip NDATA and whatever else remains up to the closing '>'.
    const close = text.indexOf('>', pos);
    pos = close < 0 ? text.length : close + 1;
  }
}
