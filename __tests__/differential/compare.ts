// Per-file comparison of scanner and reference findings, and the agreement table built from it.
// Agreement is per file: a file agrees on a metric when both sides report the same lines (so the same count).
import { METRICS, type DifferentialLanguage, type LinesByMetric, type Metric, type ReferenceOutcome } from './metrics.js';

export interface ComparedFile {
  path: string;
  language: DifferentialLanguage;
  scanner: LinesByMetric;
  reference: ReferenceOutcome;
}

export interface Disagreement {
  path: string;
  language: DifferentialLanguage;
  metric: Metric;
  scanner: number[];
  reference: number[];
}

export interface AgreementRow {
  language: DifferentialLanguage;
  metric: Metric;
  /** Files both sides read. */
  files: number;
  agreeing: number;
  /** Files where either side found something: the stricter denominator, since most files have nothing. */
  withFindings: number;
  withFindingsAgreeing: number;
  scannerTotal: number;
  referenceTotal: number;
}

export interface Comparison {
  rows: AgreementRow[];
  disagreements: Disagreement[];
  /** Files the reference parser rejected (not compared), with its reason. */
  unparsed: Array<{ path: string; language: DifferentialLanguage; reason: string }>;
}

function sameLines(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

export function compareFiles(files: readonly ComparedFile[]): Comparison {
  const rows = new Map<string, AgreementRow>();
  const disagreements: Disagreement[] = [];
  const unparsed: Comparison['unparsed'] = [];
  for (const file of files) {
    if ('error' in file.reference) {
      unparsed.push({ path: file.path, language: file.language, reason: file.reference.error });
      continue;
    }
    for (const metric of METRICS) {
      const key = `${file.language} ${metric}`;
      const row = rows.get(key) ?? {
        language: file.language, metric, files: 0, agreeing: 0, withFindings: 0, withFindingsAgreeing: 0, scannerTotal: 0, referenceTotal: 0,
      };
      rows.set(key, row);
      const scanner = file.scanner[metric] ?? [];
      const reference = file.reference.lines[metric] ?? [];
      const agrees = sameLines(scanner, reference);
      row.files++;
      row.scannerTotal += scanner.length;
      row.referenceTotal += reference.length;
      if (agrees) row.agreeing++;
      if (scanner.length > 0 || reference.length > 0) {
        row.withFindings++;
        if (agrees) row.withFindingsAgreeing++;
      }
      if (!agrees) disagreements.push({ path: file.path, language: file.language, metric, scanner, reference });
    }
  }
  return { rows: [...rows.values()], disagreements, unparsed };
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : (100 * part) / whole;
}

export function formatRows(rows: readonly AgreementRow[]): string {
  const header = ['language', 'metric', 'files', 'agree %', 'files w/ findings', 'agree %', 'scanner', 'reference'];
  const body = rows.map((row) => [
    row.language, row.metric, String(row.files), percent(row.agreeing, row.files).toFixed(2), String(row.withFindings),
    percent(row.withFindingsAgreeing, row.withFindings).toFixed(2), String(row.scannerTotal), String(row.referenceTotal),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const render = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [render(header), ...body.map(render)].join('\n');
}

/** `path: metric scanner=2 [3,9] reference=1 [3]`, with the lines only one side reported. */
export function formatDisagreement(d: Disagreement): string {
  const onlyScanner = d.scanner.filter((line) => !d.reference.includes(line));
  const onlyReference = d.reference.filter((line) => !d.scanner.includes(line));
  const where = [...onlyScanner, ...onlyReference].sort((a, b) => a - b)[0] ?? d.scanner[0] ?? 0;
  return `${d.path}:${where}  ${d.metric}  scanner=${d.scanner.length} [${d.scanner.join(',')}]  ` +
    `reference=${d.reference.length} [${d.reference.join(',')}]  only scanner: [${onlyScanner.join(',')}]  only reference: [${onlyReference.join(',')}]`;
}
