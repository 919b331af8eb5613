/**
 * A link checker over an output folder, for the tests of split pages: every
 * `a[href]` and `link[href]` of every HTML page (assets and search scripts
 * aside) that is not an absolute URL must reach a file the build wrote and,
 * with a fragment, an element of that page with that id.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';

/** The HTML pages below `folder`, relative to it, sorted. */
export function htmlPages(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) found.push(path.relative(folder, full));
    }
  };
  walk(folder);
  return found.sort();
}

/** The ids and the links of an HTML page. */
export function readPage(html: string): { ids: Set<string>; links: string[] } {
  const elements = findAll(() => true, parseDocument(html).children);
  return {
    ids: new Set(elements.flatMap((e) => e.attribs.id ?? [])),
    links: elements.filter((e) => (e.name === 'a' || e.name === 'link') && e.attribs.href !== undefined).map((e) => e.attribs.href!),
  };
}

/** Every link below `folder` (an output's html/) that reaches no file, or no id in it: "page: href (why)". */
export function brokenLinks(folder: string): string[] {
  const pages = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!pages.has(file)) pages.set(file, readPage(readFileSync(file, 'utf8')).ids);
    return pages.get(file)!;
  };
  const broken: string[] = [];
  for (const page of htmlPages(folder)) {
    const file = path.join(folder, page);
    for (const href of readPage(readFileSync(file, 'utf8')).links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const [target, fragment] = href.split('#') as [string, string | undefined];
      const reached = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target.split('?')[0]!));
      if (!existsSync(reached) || !statSync(reached).isFile()) broken.push(`${page}: ${href} (no file)`);
      else if (fragment && reached.endsWith('.html') && !idsOf(reached).has(decodeURIComponent(fragment))) broken.push(`${page}: ${href} (no id)`);
    }
  }
  return broken;
}
