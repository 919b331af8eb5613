/**
 * The importer's own fidelity check: the words of the draft's text as the
 * page printed them (the translator's marks put back, editorial notes left
 * out) must include every word of the record. A count per word is enough to
 * catch a loss and stays linear for inputs of any size.
 */
import { isElement, type XElement, type XNode } from './xml-node.js';

/** The words of `text`: runs of letters, marks and digits, NFC-normalised. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The printed text of a node of the draft's text. */
export function diplomaticText(node: XNode): string {
  if (!isElement(node)) return node;
  const inner = () => node.children.map(diplomaticText).join('');
  const hasLabel = node.children.some((c) => isElement(c) && c.name === 'seg' && c.attrs.type === 'label');
  switch (node.name) {
    case 'note':
      if (node.attrs.type === 'editorial') return '';
      if (['translator', 'editor', 'summary'].includes(node.attrs.type ?? '')) return ` [${inner()}] `;
      // A footnote's marker is printed twice: in the text and before the note.
      return node.attrs.n ? ` ${node.attrs.n} ${node.attrs.n} ${inner()} ` : ` ${inner()} `;
    case 'choice': {
      // The translator's expansion is printed in brackets ("Zh[ou]"); otherwise the printed reading.
      const expan = node.children.find((c): c is XElement => isElement(c) && c.name === 'expan');
      return (expan ? [expan] : node.children.filter((c): c is XElement => isElement(c) && ['orig', 'sic'].includes(c.name))).map(diplomaticText).join('');
    }
    case 'ex':
      return `[${inner()}]`;
    case 'sic':
      return `${inner()} [sic]`;
    case 'supplied':
      return `[${inner()}]`;
    case 'unclear':
      return `[[${inner()}]]`;
    case 'stamp':
      return hasLabel ? ` [${inner()}] ` : ` [stamp] ${inner()} `;
    case 'add':
      return hasLabel ? ` [${inner()}] ` : ` [handwritten] ${inner()} `;
    case 'gap':
      return ` [${node.children.map(diplomaticText).join('') || '…'}] `;
    case 'lb':
      return ' ';
    case 'label':
    case 'speaker':
      return ` ${inner()} `;
    default:
      return /^(p|head|opener|closer|item|dateline|signed|person|occupation|div|list)$/.test(node.name) ? ` ${inner()} ` : inner();
  }
}

/** Words of `source` that the draft's `text` lacks (by count), at most `limit` of them. */
export function lostWords(source: string, text: XElement, limit = 20): string[] {
  const counts = new Map<string, number>();
  for (const w of wordsOf(diplomaticText(text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of wordsOf(source)) {
    const n = counts.get(w) ?? 0;
    if (n > 0) counts.set(w, n - 1);
    else if (lost.length < limit) lost.push(w);
  }
  return lost;
}
