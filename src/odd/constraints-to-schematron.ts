/**
 * `constraintSpec`s to Schematron, as the TEI embeds them in RELAX NG: a
 * `sch:rule` group becomes a pattern; bare asserts and reports get a rule
 * whose context is the element (or its attribute) the constraint belongs to.
 * The same patterns make the standalone `.sch`.
 */
import { serializeNode, namespacesInScope } from '../parse/serialize-xml.js';
import { childElements, getAttribute, type XmlElement } from '../parse/xml-tree.js';
import { SCH, TEI } from './odd-model.js';
import { teiChildren } from './read-spec.js';

export interface SchematronPart {
  kind: 'ns' | 'pattern';
  xml: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const copy = (el: XmlElement) => serializeNode(el, { rootNamespaces: namespacesInScope(el) });

/** The Schematron of one constraintSpec; `owner` is the element ident, `attribute` the attDef ident when inside one. */
export function constraintToSchematron(spec: XmlElement, schemaIdent: string, owner: string | undefined, attribute: string | undefined, counter: { n: number }): SchematronPart[] {
  const scheme = getAttribute(spec, 'scheme') ?? 'schematron';
  if (scheme !== 'schematron' && scheme !== 'isoschematron') return [];
  const parts: SchematronPart[] = [];
  const id = (kind: string) => `${schemaIdent}-${owner ?? 'schema'}-${getAttribute(spec, 'ident') ?? 'constraint'}-constraint-${kind}-${++counter.n}`;
  for (const constraint of teiChildren(spec, 'constraint')) {
    const sch = childElements(constraint).filter((c) => c.uri === SCH);
    const rules = sch.filter((c) => c.local === 'rule');
    const tests = sch.filter((c) => c.local === 'assert' || c.local === 'report');
    const lets = sch.filter((c) => c.local === 'let');
    for (const c of sch) if (c.local === 'ns') parts.push({ kind: 'ns', xml: copy(c) });
    for (const c of sch) if (c.local === 'pattern') parts.push({ kind: 'pattern', xml: copy(c) });
    if (rules.length) parts.push({ kind: 'pattern', xml: `<pattern xmlns="${SCH}" id="${escape(id('rule'))}">${rules.map(copy).join('')}</pattern>` });
    if (tests.length) {
      const context = owner ? `tei:${owner}${attribute ? `/@${attribute}` : ''}` : attribute ? `@${attribute}` : '*';
      parts.push({ kind: 'pattern', xml: `<pattern xmlns="${SCH}" id="${escape(id(tests[0]!.local))}"><rule context="${escape(context)}">${[...lets, ...tests].map(copy).join('')}</rule></pattern>` });
    }
  }
  return parts;
}

/** The standalone Schematron schema made of every part. */
export function schematronDocument(parts: SchematronPart[]): string {
  const ns = [...new Set(parts.filter((p) => p.kind === 'ns').map((p) => p.xml))];
  const hasTei = ns.some((x) => x.includes(`uri="${TEI}"`) && /prefix="tei"/.test(x));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<schema xmlns="${SCH}" queryBinding="xslt2">`,
    ...(hasTei ? [] : [`  <ns prefix="tei" uri="${TEI}"/>`]),
    ...ns.map((x) => `  ${x}`),
    ...parts.filter((p) => p.kind === 'pattern').map((p) => `  ${p.xml}`),
    '</schema>',
    '',
  ].join('\n');
}
