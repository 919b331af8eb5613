/**
 * Validates a draft the way the Done-when criteria ask: against the project's
 * RELAX NG schema and Schematron rules, and, where ../shared is present,
 * against tei_all (RELAX NG and its extracted Schematron rules).
 */
import path from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseXml } from '../../src/parse/parse-xml.js';
import { validateRng } from '../../src/relaxng/index.js';
import { validateSchematron } from '../../src/schematron/index.js';
import { ValidationSession } from '../../src/validate/validation-session.js';
import { repoRoot } from '../helpers/fixtures.js';
import { hasShared, shared } from '../helpers/shared-data.js';

const session = new ValidationSession(path.join(repoRoot, '.cache', 'import-tests'));
const PROJECT = { rng: path.join(repoRoot, 'schema', 'tei-edition.rng'), sch: path.join(repoRoot, 'schema', 'tei-edition.sch') };
const TEI_ALL = { rng: shared('schema', 'tei_all.rng'), sch: shared('schema', 'tei_all.extracted.sch') };

/** Errors (and warnings) of `xml` against the project schemas, and against tei_all when ../shared is there. */
export async function validateDraft(xml: string, file = 'draft.xml'): Promise<{ project: Diagnostic[]; teiAll?: Diagnostic[] }> {
  const { document, diagnostics } = parseXml(file, xml);
  if (!document) return { project: diagnostics };
  const run = async (schemas: { rng: string; sch: string }) => {
    const out: Diagnostic[] = [];
    const rng = await session.rng(schemas.rng);
    out.push(...rng.diagnostics);
    if (rng.schema) out.push(...validateRng(document, file, rng.schema));
    const sch = await session.schematron(undefined, [schemas.sch]);
    out.push(...sch.diagnostics);
    if (sch.schema) out.push(...validateSchematron({ document, text: xml }, file, sch.schema));
    return out;
  };
  return { project: await run(PROJECT), ...(hasShared ? { teiAll: await run(TEI_ALL) } : {}) };
}

/** "line: ruleId message" of the errors (warnings such as a stamp without a legible date are allowed), for readable failures. */
export const problems = (diagnostics: readonly Diagnostic[] = []) => diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
