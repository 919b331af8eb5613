/**
 * A project stylesheet and every module it imports or includes,
 * transitively: read once, so that its compiled form can be keyed by the
 * content of all of them, and so that a module that is missing or not
 * well-formed is reported at the xsl:import that names it, before the
 * (slow) XSLT compiler runs.
 *
 * A project names tei-edition's own stylesheets by the reserved URI scheme
 * `tei-edition:` (`tei-edition:html/edition.xsl`), which resolves to the
 * `xslt/` folder of whichever copy of tei-edition runs the build: this
 * repository or an installed package alike.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../package-root.js';

/** The URI scheme that names tei-edition's own stylesheets. */
export const BUNDLED_SCHEME = 'tei-edition:';

const XSL_NS = 'http://www.w3.org/1999/XSL/Transform';

/** An xsl:import or xsl:include, where it stands and the file it names. */
export interface ModuleReference {
  href: string;
  /** Absolute path of the module named, or undefined when `href` names none that can be read locally. */
  target?: string;
  line: number;
  column: number;
}

/** One stylesheet module as read. */
export interface StylesheetModule {
  file: string;
  bytes: Buffer;
  references: ModuleReference[];
  /** Its outermost element: where it stands, and its xpath-default-namespace attribute. */
  root?: { line: number; column: number; xpathDefaultNamespace?: string };
}

/** The folder `tei-edition:` URIs resolve in. */
export const bundledStylesheetRoot = path.join(packageRoot, 'xslt');

/**
 * The absolute path of the module that `href` names, seen from the module `from`:
 * `tei-edition:html/edition.xsl` resolves below tei-edition's `xslt/` folder, a
 * `file:` URL to its path, a relative URI against `from`'s folder. Undefined for
 * any other scheme (http:) and for a `tei-edition:` path that leaves `xslt/`.
 */
export function resolveModuleHref(href: string, from: string): string | undefined {
  if (href.startsWith(BUNDLED_SCHEME)) {
    const target = path.resolve(bundledStylesheetRoot, decodeURIComponent(href.slice(BUNDLED_SCHEME.length)).replace(/^\/+/, ''));
    return target.startsWith(bundledStylesheetRoot + path.sep) ? target : undefined;
  }
  if (href.startsWith('file:')) return fileURLToPath(href);
  if (/^[a-zA-Z][a-zA-Z0-9+.-]+:/.test(href)) return undefined;
  return path.resolve(path.dirname(from), decodeURIComponent(href));
}

/** Reads one module: its bytes and its xsl:import and xsl:include elements; a diagnostic when it is not well-formed. */
function readModule(file: string, bytes: Buffer): { module: StylesheetModule; problem?: Diagnostic } {
  const references: ModuleReference[] = [];
  let root: StylesheetModule['root'];
  const parser = new SaxesParser({ xmlns: true, position: true });
  let start = { line: 1, column: 1 };
  parser.on('opentagstart', (tag) => {
    // The parser stands just past the name and one character more: the element's "<" is where diagnostics point.
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    if (!root) {
      const namespace = tag.attributes['xpath-default-namespace'];
      root = { ...start, ...(namespace !== undefined ? { xpathDefaultNamespace: typeof namespace === 'object' ? namespace.value : namespace } : {}) };
    }
    if (tag.uri !== XSL_NS || (tag.local !== 'import' && tag.local !== 'include')) return;
    const href = tag.attributes.href;
    const value = typeof href === 'object' ? href.value : href;
    if (value === undefined) return;
    references.push({ href: value, target: resolveModuleHref(value, file), ...start });
  });
  try {
    parser.write(bytes.toString('utf8')).close();
  } catch (e) {
    const message = (e as Error).message.replace(/^[^:]*:\d+:\d+: /, '');
    return {
      module: { file, bytes, references, root },
      problem: diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet is not well-formed XML: ${message}; expected an XSLT 3.0 stylesheet`, { file, line: parser.line, column: Math.max(1, parser.column) }),
    };
  }
  return { module: { file, bytes, references, root } };
}

/**
 * Every module of the stylesheet `entry`, itself first, each once: the modules it
 * imports or includes, theirs, and so on (tei-edition's own among them). A module
 * that cannot be read or parsed is a `usage` diagnostic at the reference to it.
 */
export function readStylesheetModules(entry: string): { modules: StylesheetModule[]; diagnostics: Diagnostic[] } {
  const modules: StylesheetModule[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const visit = (file: string, from?: { module: string; reference: ModuleReference }) => {
    if (seen.has(file)) return;
    seen.add(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`;
      diagnostics.push(from
        ? diagnostic('error', 'usage', 'usage.stylesheet', `the module ${JSON.stringify(from.reference.href)} (${file}) ${why}; expected a readable XSLT module, or tei-edition's own as "tei-edition:html/edition.xsl" or "tei-edition:text/edition.xsl"`, { file: from.module, line: from.reference.line, column: from.reference.column })
        : diagnostic('error', 'usage', 'usage.stylesheet', `the stylesheet ${JSON.stringify(file)} ${why}; expected a readable XSLT file`, { file }));
      return;
    }
    const { module, problem } = readModule(file, bytes);
    modules.push(module);
    if (problem) diagnostics.push(problem);
    for (const reference of module.references) {
      if (reference.target) visit(reference.target, { module: file, reference });
      else diagnostics.push(diagnostic('error', 'usage', 'usage.stylesheet', `cannot resolve the module ${JSON.stringify(reference.href)}; expected a relative path, a file: URL, or tei-edition's own stylesheets as "tei-edition:html/edition.xsl" or "tei-edition:text/edition.xsl"`, { file, line: reference.line, column: reference.column }));
    }
  };
  visit(path.resolve(entry));
  return { modules, diagnostics };
}
