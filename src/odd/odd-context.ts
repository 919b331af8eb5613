/**
 * Where the ODD compiler's diagnostics go: every problem is reported against
 * the ODD element that caused it, as `file:line:col`, whichever of the chained
 * documents that element came from.
 */
import { diagnostic, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { XmlDocument, XmlElement, XmlParent } from '../parse/xml-tree.js';

export interface OddContext {
  diagnostics: Diagnostic[];
  /** Every document registered, by the name used in diagnostics: what the compiled schema depends on. */
  files: string[];
  /** Registers a parsed document under the name used in diagnostics. */
  register(document: XmlDocument, file: string): void;
  /** Reports a problem at `element`. */
  report(element: XmlElement, ruleId: string, message: string, severity?: Severity): void;
}

export function createOddContext(): OddContext {
  const files = new WeakMap<XmlDocument, string>();
  const diagnostics: Diagnostic[] = [];
  const names: string[] = [];
  return {
    diagnostics,
    files: names,
    register(document, file) {
      files.set(document, file);
      if (!names.includes(file)) names.push(file);
    },
    report(element, ruleId, message, severity = 'error') {
      let node: XmlParent = element;
      while (node.type === 'element') node = node.parent;
      const file = files.get(node) ?? '';
      diagnostics.push(diagnostic(severity, 'rng', ruleId, message, { file, ...node.locate(element.start) }));
    },
  };
}
