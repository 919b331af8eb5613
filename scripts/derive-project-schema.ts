/**
 * Derives the project's RELAX NG schema (schema/tei-edition.rng) from TEI's
 * tei_all.rng and schema/tei-edition.customisation.json, the way an ODD
 * customisation restricts TEI: definitions of elements the project does not
 * use become <notAllowed/>, and listed attributes become required on listed
 * elements. Both operations only narrow the language, so every document
 * valid against the result is valid against tei_all. Unreachable
 * definitions and documentation are dropped, and embedded Schematron rules
 * of the elements kept stay with them.
 *
 *   npx tsx scripts/derive-project-schema.ts [path/to/tei_all.rng] [output.rng]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'xmlbuilder2';
import { parseXml } from '../src/parse/parse-xml.js';
import type { XmlElement, XmlNode } from '../src/parse/xml-tree.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';
const ANNOTATIONS = 'http://relaxng.org/ns/compatibility/annotations/1.0';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A mutable copy of the schema tree. */
interface Node {
  uri: string;
  name: string;
  attributes: Record<string, string>;
  children: (Node | string)[];
}

function copy(element: XmlElement): Node {
  const attributes: Record<string, string> = {};
  // Annotation attributes (a:defaultValue…) document TEI's ODD; they do not constrain and are dropped.
  for (const a of element.attributes) if (!a.uri) attributes[a.local] = a.value;
  const children: (Node | string)[] = [];
  for (const child of element.children as XmlNode[]) {
    if (child.type === 'element') {
      if (child.uri !== ANNOTATIONS) children.push(copy(child));
    } else if (child.type === 'text' && child.value.trim()) children.push(child.value);
  }
  return { uri: element.uri, name: element.local, attributes, children };
}

const elementsOf = (node: Node) => node.children.filter((c): c is Node => typeof c !== 'string');
const clone = (node: Node): Node => ({ ...node, attributes: { ...node.attributes }, children: node.children.map((c) => (typeof c === 'string' ? c : clone(c))) });

function main(): void {
  const source = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'schema', 'tei_all.rng'));
  const customisation = JSON.parse(readFileSync(path.join(root, 'schema', 'tei-edition.customisation.json'), 'utf8')) as {
    elements: Record<string, string[]>;
    requiredAttributes: Record<string, string[]>;
  };
  const allowed = new Set(Object.values(customisation.elements).flat());
  const parsed = parseXml(source, readFileSync(source, 'utf8'));
  if (!parsed.document) throw new Error(`${source} is not well-formed`);
  const grammar = copy(parsed.document.root);
  const defines = new Map<string, Node>();
  for (const child of elementsOf(grammar)) if (child.uri === RNG && child.name === 'define') defines.set(child.attributes.name!, child);

  // 1. Elements the project does not use: their definitions allow nothing.
  for (const define of defines.values()) {
    const element = elementsOf(define).find((c) => c.uri === RNG && c.name === 'element');
    const name = element?.attributes.name;
    if (name && !allowed.has(name)) define.children = [{ uri: RNG, name: 'notAllowed', attributes: {}, children: [] }];
  }

  // 2. Required attributes: inline the element's attribute classes, then drop the optional around the attribute.
  for (const [elementName, attributes] of Object.entries(customisation.requiredAttributes)) {
    const define = defines.get(elementName);
    const element = define && elementsOf(define).find((c) => c.name === 'element');
    if (!element) throw new Error(`no definition of element ${elementName} in ${source}`);
    const inline = (node: Node): void => {
      node.children = node.children.map((c) => {
        if (typeof c === 'string') return c;
        if (c.uri === RNG && c.name === 'ref' && c.attributes.name!.startsWith('att.')) {
          const target = defines.get(c.attributes.name!);
          if (!target) return c;
          const group: Node = { uri: RNG, name: 'group', attributes: {}, children: clone(target).children };
          inline(group);
          return group;
        }
        inline(c);
        return c;
      });
    };
    inline(element);
    for (const attribute of attributes) {
      let found = false;
      const require = (node: Node): void => {
        node.children = node.children.map((c) => {
          if (typeof c === 'string') return c;
          const only = elementsOf(c);
          if (c.name === 'optional' && only.length === 1 && only[0]!.name === 'attribute' && only[0]!.attributes.name === attribute) {
            found = true;
            return only[0]!;
          }
          require(c);
          return c;
        });
      };
      require(element);
      if (!found) throw new Error(`element ${elementName} has no optional attribute ${attribute} to make required`);
    }
  }

  // 3. Keep what the start pattern reaches.
  const reachable = new Set<string>();
  const visit = (node: Node): void => {
    for (const child of elementsOf(node)) {
      if (child.uri === RNG && (child.name === 'ref' || child.name === 'parentRef')) {
        const name = child.attributes.name!;
        if (!reachable.has(name) && defines.has(name)) {
          reachable.add(name);
          visit(defines.get(name)!);
        }
      } else visit(child);
    }
  };
  for (const child of elementsOf(grammar)) if (child.name !== 'define') visit(child);
  grammar.children = grammar.children.filter((c) => typeof c === 'string' || c.name !== 'define' || reachable.has(c.attributes.name!));

  // 4. Write it, with the licence and provenance of what it derives from.
  const document = create({ version: '1.0', encoding: 'UTF-8' });
  document.com(
    ' tei-edition project schema: GENERATED by scripts/derive-project-schema.ts from TEI P5 tei_all.rng ' +
      '(4.12.0) and schema/tei-edition.customisation.json. Do not edit; edit the customisation and regenerate. ' +
      'TEI material is available under both the CC-BY and BSD-2 licences (TEI Consortium, https://www.tei-c.org/). ',
  );
  const SCH = 'http://purl.oclc.org/dsdl/schematron';
  const write = (parent: ReturnType<typeof create>, node: Node): void => {
    if (node.uri !== RNG && node.uri !== SCH) throw new Error(`unexpected element {${node.uri}}${node.name} in the schema`);
    const attributes = node === grammar ? { ...node.attributes, 'xmlns:sch': SCH } : node.attributes;
    const element = parent.ele(node.uri, node.uri === RNG ? node.name : `sch:${node.name}`, attributes);
    for (const child of node.children) {
      if (typeof child === 'string') element.txt(child);
      else write(element as unknown as ReturnType<typeof create>, child);
    }
  };
  write(document, grammar);
  const out = path.resolve(process.argv[3] ?? path.join(root, 'schema', 'tei-edition.rng'));
  writeFileSync(out, document.end({ prettyPrint: true }) + '\n');
  process.stdout.write(`wrote ${path.relative(root, out)}: ${reachable.size} definitions kept of ${defines.size}\n`);
}

main();
