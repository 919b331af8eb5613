/**
 * Import throughput: 1,000 generated records (page layout, head lines,
 * paragraphs with the bracket conventions, speech, remarks, names, dates,
 * signature and distribution), imported one after another in one process.
 * Prints records per second, the mean record size and the peak memory.
 * Run: npm run bench -- import
 */
import { importText } from '../src/import/import-record.js';
import type { NameEntry } from '../src/import/load-names.js';

const RECORDS = Number(process.env.IMPORT_BENCH_RECORDS ?? 1000);

/** A small deterministic generator (mulberry32), so that every run imports the same records. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Ivan Petrov', 'Anna Berg', 'Li Wen', 'Pak Il', 'Jan Nowak', 'Otto Weber', 'Maria Kowalska', 'Sergei Orlov'];
const PLACES = ['Moscow', 'Warsaw', 'Pyongyang', 'Beijing', 'Berlin', 'Prague'];
const ORGS = ['CPSU', 'KWP', 'SED', 'PUWP'];
const MONTHS = ['January', 'March', 'May', 'June', 'August', 'October', 'December'];
const names: NameEntry[] = [
  ...PEOPLE.map((p) => ({ form: p, type: 'person' as const, id: p.toLowerCase().replace(/ /g, '-') })),
  ...PLACES.map((p) => ({ form: p, type: 'place' as const, id: p.toLowerCase() })),
  ...ORGS.map((o) => ({ form: o, type: 'org' as const, id: o.toLowerCase() })),
];

function record(n: number): string {
  const r = random(n + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const person = () => pick(PEOPLE);
  const year = 1950 + Math.floor(r() * 30);
  const date = `${1 + Math.floor(r() * 28)} ${pick(MONTHS)} ${year}`;
  const sentences = [
    () => `Com. ${person()} said that the delegation from ${pick(PLACES)} would arrive on ${date}.`,
    () => `The ${pick(ORGS)} leadership [will] discuss the question of the ${200 + Math.floor(r() * 900)} km railway.`,
    () => `${person()} [sic] stressed that we must finish the work before ${pick(MONTHS)}.`,
    () => `The report of the F[oreign] M[inistry] was received by ${person()} in ${pick(PLACES)}.`,
    () => `He expressed the view that the talks in ${pick(PLACES)} had been useful (NB I doubt it – my own remark).`,
    () => `The participants discussed the harvest and the supply of ${1000 + Math.floor(r() * 9000)} tons of grain. […]`,
    () => `[Translator's note: the original has "${pick(PLACES)}".] The meeting ended late.`,
  ];
  const paragraphs = Array.from({ length: 4 + Math.floor(r() * 12) }, () => Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(sentences)()).join(' '));
  return [
    'Skip to content', '', date, '', `${person()}, 'Record of Conversation No. ${n}'`, '', 'This document was made possible with support from the Example Foundation', '',
    `AVP RF ${100 + n}/${year}`, 'TOP SECRET', `Copy Nº ${1 + (n % 5)}`, `[stamp] ${date}`, '', 'Record of conversation', '',
    ...paragraphs.flatMap((p) => [p, '']),
    'Ambassador of the USSR', person(), '', 'Printed: 3 copies', 'Copy 1: addressee', `${pick(PLACES)}, ${date}`, '',
    'A summary of the conversation about trade, the railway and the harvest.', '', 'Document Information', '',
    `AVP RF, ${100 + n}/${year}. Obtained by Anna Smith and translated by Piotr Lis.`, '', 'Rights statement of the example page.', '',
  ].join('\n');
}

const inputs = Array.from({ length: RECORDS }, (_, i) => record(i));
const characters = inputs.reduce((n, t) => n + t.length, 0);
importText(inputs[0]!, { names, today: '2026-01-01' }); // warm-up: loads compromise and compiles the regular expressions
const started = performance.now();
let decisions = 0;
let errors = 0;
for (const text of inputs) {
  const result = importText(text, { names, today: '2026-01-01' });
  decisions += result.report.decisions.length;
  errors += result.diagnostics.filter((d) => d.severity === 'error').length;
}
const seconds = (performance.now() - started) / 1000;
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`import: ${RECORDS} records (mean ${(characters / RECORDS / 1024).toFixed(1)} KiB, ${Math.round(decisions / RECORDS)} decisions each) in ${seconds.toFixed(2)} s`);
console.log(`import: ${(RECORDS / seconds).toFixed(1)} records/s, ${(characters / 1024 / 1024 / seconds).toFixed(2)} MiB/s of input`);
console.log(`import: peak memory (max RSS) ${peak.toFixed(0)} MiB; ${errors} error diagnostics`);
