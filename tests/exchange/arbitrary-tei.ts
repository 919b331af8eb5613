/**
 * Random TEI-like documents for the round-trip property tests: mixed
 * content, a foreign namespace, internal entities, CDATA sections, character
 * references, comments, processing instructions and non-BMP characters,
 * written in varying styles (quotes, empty-element tags). Each sample comes
 * with its model: the elements, attributes and text it must mean, computed
 * from the generator's own tree, never from the code under test.
 */
import fc from 'fast-check';

export interface ModelElement {
  kind: 'element';
  /** `{uri}local` */
  name: string;
  attributes: [string, string][];
  children: ModelNode[];
}
export type ModelNode = ModelElement | { kind: 'text'; value: string } | { kind: 'comment'; value: string } | { kind: 'pi'; target: string; data: string };

const TEI = 'http://www.tei-c.org/ns/1.0';
const FOREIGN = 'urn:example:foreign';

/** Characters worth trying: markup characters, white space, accents, CJK, non-BMP (a Gothic letter, an emoji). */
const piece = fc.constantFrom('a', 'Z', ' ', '\n', '\t', '&', '<', '>', '"', "'", 'é', 'ß', '中', '\u{10348}', '\u{1F600}', ']]', ']]>', '-', '?', ';');
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const attributeValue = fc.array(fc.constantFrom('x', ' ', '&', '<', '"', "'", 'é', '\u{10348}', '#p1', '\t'), { maxLength: 6 }).map((a) => a.join(''));
const commentText = fc.array(fc.constantFrom('a', ' ', 'é', '\u{1F600}', '<b>', '&'), { maxLength: 5 }).map((a) => a.join(''));

type Tree = { tag: string; foreign: boolean; attrs: [string, string][]; children: TreeChild[] };
type TreeChild = { t: 'el'; el: Tree } | { t: 'text'; value: string; style: 'plain' | 'cdata' | 'entity' | 'charref' } | { t: 'comment'; value: string } | { t: 'pi'; target: string; data: string };

const tags = fc.constantFrom('p', 'hi', 'persName', 'note', 'seg', 'lb');
const attrNames = fc.uniqueArray(fc.constantFrom('n', 'rend', 'ref', 'xml:lang', 'f:kind'), { maxLength: 3 });

const { tree } = fc.letrec<{ tree: Tree; child: TreeChild }>((tie) => ({
  tree: fc.record({
    tag: tags,
    foreign: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
    attrs: attrNames.chain((names) => fc.tuple(...names.map((n) => attributeValue.map((v) => [n, v] as [string, string])))).map((a) => a as [string, string][]),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }) as fc.Arbitrary<Tree>,
  child: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('text' as const), value: text, style: fc.constantFrom('plain' as const, 'cdata' as const, 'entity' as const, 'charref' as const) }),
    fc.record({ t: fc.constant('comment' as const), value: commentText }),
    fc.record({ t: fc.constant('pi' as const), target: fc.constantFrom('tei-edition-test', 'oxygen'), data: fc.constantFrom('', 'a="1"', 'é \u{1F600}') }),
    fc.record({ t: fc.constant('el' as const), el: tie('tree') as fc.Arbitrary<Tree> }),
  ) as fc.Arbitrary<TreeChild>,
}));

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const charRefs = (s: string) => [...s].map((c) => (/[a-zA-Z ]/.test(c) ? c : `&#x${c.codePointAt(0)!.toString(16)};`)).join('');

/** The entity the generator declares: its name and replacement text (markup-free, so any text can use it). */
export const ENTITY = { name: 'ent', value: 'Ä\u{10348}' };

function write(tree: Tree, quote: '"' | "'", selfClose: boolean, out: string[]): ModelElement {
  const name = tree.foreign ? `f:${tree.tag}` : tree.tag;
  const model: ModelElement = { kind: 'element', name: `{${tree.foreign ? FOREIGN : TEI}}${tree.tag}`, attributes: [], children: [] };
  out.push('<', name);
  for (const [n, v] of tree.attrs) {
    const escaped = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\t/g, '&#9;').replace(quote === '"' ? /"/g : /'/g, quote === '"' ? '&quot;' : '&apos;');
    out.push(' ', n, '=', quote, escaped, quote);
    const uri = n.startsWith('xml:') ? 'http://www.w3.org/XML/1998/namespace' : n.startsWith('f:') ? FOREIGN : '';
    model.attributes.push([`{${uri}}${n.replace(/^\w+:/, '')}`, v]);
  }
  if (!tree.children.length && selfClose) {
    out.push('/>');
    return model;
  }
  out.push('>');
  const addText = (value: string) => {
    const last = model.children[model.children.length - 1];
    if (last?.kind === 'text') last.value += value;
    else model.children.push({ kind: 'text', value });
  };
  for (const c of tree.children) {
    if (c.t === 'el') model.children.push(write(c.el, quote, selfClose, out));
    else if (c.t === 'comment') {
      out.push(`<!--${c.value}-->`);
      model.children.push({ kind: 'comment', value: c.value });
    } else if (c.t === 'pi') {
      out.push(`<?${c.target}${c.data ? ' ' + c.data : ''}?>`);
      model.children.push({ kind: 'pi', target: c.target, data: c.data });
    } else {
      if (c.style === 'cdata' && !c.value.includes(']]>')) out.push(`<![CDATA[${c.value}]]>`);
      else if (c.style === 'entity') {
        out.push(escapeText(c.value), `&${ENTITY.name};`);
        addText(c.value + ENTITY.value);
        continue;
      } else if (c.style === 'charref') out.push(charRefs(c.value));
      else out.push(escapeText(c.value));
      addText(c.value);
    }
  }
  out.push('</', name, '>');
  return model;
}

export interface Sample {
  /** The document as written. */
  text: string;
  /** What it means: the TEI root element. */
  model: ModelElement;
}

/** Random TEI documents: a DOCTYPE declaring `ENTITY`, a prolog PI and comment, a TEI root holding the random tree. */
export const arbitraryTei: fc.Arbitrary<Sample> = fc.record({ body: tree, quote: fc.constantFrom('"' as const, "'" as const), selfClose: fc.boolean(), crlf: fc.boolean() }).map(({ body, quote, selfClose, crlf }) => {
  const out: string[] = [];
  const inner = write(body, quote, selfClose, out);
  const nl = crlf ? '\r\n' : '\n';
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!DOCTYPE TEI [ <!ENTITY ${ENTITY.name} "${ENTITY.value}"> ]>`,
    '<?xml-model href="old.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<!-- prolog comment \u{1F600} -->',
    `<TEI xmlns="${TEI}" xmlns:f="${FOREIGN}"><text><body>${out.join('')}</body></text></TEI>`,
  ].join(nl);
  const model: ModelElement = {
    kind: 'element', name: `{${TEI}}TEI`, attributes: [],
    children: [{ kind: 'element', name: `{${TEI}}text`, attributes: [], children: [{ kind: 'element', name: `{${TEI}}body`, attributes: [], children: [inner] }] }],
  };
  return { text, model };
});
