/**
 * The Schematron layer: ISO Schematron with XPath 2/3 expressions, run on
 * our positioned tree with fontoxpath. Rules come from standalone .sch
 * files or are extracted from a RELAX NG schema (as TEI embeds them),
 * compiled once and cached by content hash; validation is one walk over the
 * document with rules dispatched by element name, so it stays linear in
 * document size.
 */
export { loadSchematron, type LoadSchematronOptions, type LoadSchematronResult, type SchematronInput } from './load-schematron.js';
export { validateSchematron, type SchematronSchema } from './validate-schematron.js';
export { cacheDirectory } from './schematron-cache.js';
