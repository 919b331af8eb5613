/**
 * Runs the validation layers on one parsed document, in order (RELAX NG,
 * Schematron, references), and collects their diagnostics. Well-formedness
 * was already decided by parsing; the other layers are those the caller selects.
 */
import type { Diagnostic, ValidationLayer } from '../diagnostics/diagnostic.js';
import type { ParsedDocument } from '../parse/parse-source.js';
import { appendAll } from '../util/append-all.js';
import { checkReferences } from './check-references.js';
import { resolveSchemas, type SchemaSelection } from './resolve-schemas.js';
import { validateRng } from '../relaxng/index.js';
import { oddOptions, ValidationSession } from './validation-session.js';

/** What a document is going through, for progress reports on long documents. */
export type ValidationStage = 'parse' | 'rng' | 'sch' | 'refs';

/** Options shared by `validate` and `build`. */
export interface ValidateOptions extends SchemaSelection {
  /** Called as each stage starts on a document read whole (the event stream reports bytes instead). */
  onStage?: (stage: ValidationStage) => void;
  /** The layers to run (default: all). `wf` always runs, since nothing else can run without a tree. */
  layers?: readonly ValidationLayer[];
  /** Where compiled schemas are cached (default: see the README). */
  cacheDir?: string;
  /** The Schematron phase to run (default: the schema's defaultPhase, else every pattern). */
  phase?: string;
  /** Shares loaded schemas across documents; one is made per call when absent. */
  session?: ValidationSession;
  /**
   * The TEI source (a p5subset.xml, or its URL with `allowNetwork`) an ODD
   * named as a schema is compiled against when its schemaSpec has no
   * `@source` or names a release (`tei:x.y.z`); default `$TEI_EDITION_P5SUBSET`.
   */
  oddSource?: string;
}

/** Validates one parsed document with the selected layers. */
export async function validateDocument(parsed: ParsedDocument, options: ValidateOptions = {}): Promise<Diagnostic[]> {
  const layers = new Set(options.layers ?? ['wf', 'rng', 'sch', 'refs']);
  const session = options.session ?? new ValidationSession(options.cacheDir, options.phase);
  const diagnostics: Diagnostic[] = [];
  const file = parsed.source.file;

  if (layers.has('rng') || layers.has('sch')) {
    const choice = resolveSchemas(parsed, options);
    diagnostics.push(...choice.diagnostics.filter((d) => layers.has(d.layer as ValidationLayer)));
    if (layers.has('rng') && choice.rng) {
      const { schema, diagnostics: loadProblems } = await session.rng(choice.rng, oddOptions(options));
      diagnostics.push(...loadProblems);
      if (schema) {
        options.onStage?.('rng');
        appendAll(diagnostics, validateRng(parsed.document, file, schema));
      }
    }
    // Schematron: the rules embedded in the RELAX NG schema in use, plus standalone .sch files.
    if (layers.has('sch') && (choice.rng || choice.sch.length)) {
      const { schema, diagnostics: loadProblems } = await session.schematron(choice.rng, choice.sch, oddOptions(options));
      diagnostics.push(...loadProblems);
      if (schema) {
        options.onStage?.('sch');
        // Loaded on use: the XPath engine is a third of start-up, and `--layers wf,rng` never needs it.
        const { validateSchematron } = await import('../schematron/index.js');
        appendAll(diagnostics, validateSchematron({ document: parsed.document, text: parsed.xmlText }, file, schema));
      }
    }
  }
  if (layers.has('refs')) {
    options.onStage?.('refs');
    appendAll(diagnostics, checkReferences(parsed.document, file));
  }
  return diagnostics;
}
