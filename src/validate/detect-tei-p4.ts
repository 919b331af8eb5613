/**
 * TEI P4 (no namespace, `TEI.2` root, DTD-based) gets one clear diagnostic
 * instead of a cascade of RELAX NG errors about every element.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { XmlDocument } from '../parse/xml-tree.js';

const P4_ROOTS = new Set(['TEI.2', 'teiCorpus.2', 'TEI', 'teiCorpus']);

/** A diagnostic when `document` is TEI P4 (or TEI with no namespace), else undefined. */
export function detectTeiP4(document: Pick<XmlDocument, 'root' | 'locate'>, file: string): Diagnostic | undefined {
  const root = document.root;
  if (root.uri !== '' || !P4_ROOTS.has(root.local)) return undefined;
  const p4 = root.local.endsWith('.2');
  return diagnostic(
    'error',
    'wf',
    'tei.p4-not-supported',
    p4
      ? `TEI P4 is not supported: the root is <${root.name}> with no namespace; convert the file to TEI P5 with the TEI Consortium's p4top5.xsl (TEI Stylesheets, "P4 to P5" conversion), then validate it again`
      : `<${root.name}> is in no namespace, as in TEI P4; expected TEI P5, whose elements are in the namespace http://www.tei-c.org/ns/1.0 (add xmlns="http://www.tei-c.org/ns/1.0" to the root, or convert a P4 file with p4top5.xsl)`,
    { file, ...document.locate(root.start), xpath: `/${root.name}` },
  );
}
