/**
 * Large TEI documents generated for the validation benchmarks (none is
 * committed): a file with many Schematron failures, a large valid file, and
 * a deeply nested one. Each is written to `file` piece by piece, so that the
 * generator itself holds only one piece in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Generated</title></titleStmt><publicationStmt><p>Generated for a benchmark.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader><text><body><div>
`;
const FOOTER = `</div></body></text></TEI>\n`;

/** Writes HEADER, `count` pieces made by `piece(i)` (buffered), then FOOTER; returns the size in bytes. */
function writePieces(file: string, count: number, piece: (i: number) => string, header = HEADER, footer = FOOTER): number {
  const fd = openSync(file, 'w');
  let bytes = writeSync(fd, header);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += piece(i);
    if (buffer.length > 1 << 20) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(fd, buffer + footer);
  closeSync(fd);
  return bytes;
}

/**
 * A valid TEI document with `failures` paragraphs under one div, each with an
 * empty `<date calendar>` that tei_all's Schematron rejects ("@calendar ...
 * has no textual content"): about 270 bytes per failure, so 75,000 failures
 * make 20 MB. All paragraphs share a parent, the worst case for the
 * positional steps of the diagnostics' XPaths.
 */
export function writeSchematronFailures(file: string, failures: number): number {
  return writePieces(file, failures, (i) => `<p n="${i}">Paragraph ${i} of a generated text in the edition, with some words to read before the date <date calendar="#greg"/> and more words after it, so that each paragraph is of a realistic length for a prose edition of letters, papers and diaries of the period.</p>\n`);
}

/** A valid TEI document of about `megabytes` MB: paragraphs with mixed content, names, dates and notes. */
export function writeLargeTei(file: string, megabytes: number): number {
  const piece = (i: number) => `<p n="${i}">In the year <date when="${1800 + (i % 200)}">${1800 + (i % 200)}</date> <persName ref="#p${i % 97}">Person ${i}</persName> wrote to <placeName>Place ${i % 13}</placeName> about <hi rend="italic">matters</hi> of some importance<note place="foot" n="${i}">A note on paragraph ${i}.</note>, and the letter was kept.</p>\n`;
  const count = Math.ceil((megabytes * 1e6) / piece(1000).length);
  return writePieces(file, count, piece);
}

/** A well-formed document nested `depth` elements deep (not valid TEI: only well-formedness is checked). */
export function writeDeepNesting(file: string, depth: number): number {
  return writePieces(file, 1, () => '<a>'.repeat(depth) + 'x' + '</a>'.repeat(depth), '<?xml version="1.0"?>\n<root>', '</root>\n');
}
