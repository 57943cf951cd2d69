// Coverage from the reports CI wrote (lcov, Cobertura, JaCoCo, Clover, coverage.py, Istanbul, Go, SimpleCov).
// Each report gives its covered and total counts as value findings (`coverage.lines.covered`,
// `coverage.lines.total`, and the same for branches when the report has branch data), so several reports
// add up exactly; the percentages are computed from the sums (`coveragePercent`), never averaged.
//
// One test run often writes the same numbers in several formats side by side (Jest: coverage/lcov.info,
// coverage/clover.xml, coverage/coverage-final.json). Counting all of them would count every line two or
// three times, so in each folder only the reports of the most preferred format present are used; the others
// are `reports.ignored` (reason `duplicate`).
import { splitStale } from '../artefacts/fresh-reports.js';
import { ignoredReport, staleReportFinding } from '../artefacts/ignored-report.js';
import { readCoverageReport } from '../artefacts/coverage/read-coverage-report.js';
import type { CoverageCount, CoverageFormat, CoverageTotals } from '../artefacts/coverage/totals.js';
import { type ReportFile, type ReportTiming, ageHours } from '../artefacts/report-file.js';
import type { Finding } from '../evidence.js';

// Most exact first: per-file line data before summaries, summaries before recomputed line maps.
const FORMAT_PREFERENCE: readonly CoverageFormat[] = [
  'lcov',
  'Cobertura XML',
  'JaCoCo XML',
  'coverage.py JSON',
  'Go coverprofile',
  'Istanbul summary JSON',
  'Istanbul JSON',
  'Clover XML',
  'SimpleCov JSON',
];

export function coverageReportFindings(reports: readonly ReportFile[], timing: ReportTiming): Finding[] {
  if (reports.length === 0) return [];
  const { fresh, stale } = splitStale(reports, timing.staleHours);
  const findings = stale.map((entry) => staleReportFinding(entry, 'coverage report'));
  const read: Array<{ report: ReportFile; totals: CoverageTotals }> = [];
  for (const report of fresh) {
    const outcome = readCoverageReport(report.text);
    if (outcome.ok) read.push({ report, totals: outcome.totals });
    else if (outcome.reason === 'invalid') {
      findings.push({ kind: 'parse.errors', file: report.path, line: outcome.line, message: `coverage report could not be read: ${outcome.message}` });
    } else findings.push(ignoredReport(report.path, 'unrecognised', `not read as a coverage report: ${outcome.message}`));
  }
  const preferred = preferredFormatByFolder(read);
  for (const { report, totals } of read) {
    const folder = folderOf(report.path);
    const best = preferred.get(folder);
    if (best !== totals.format) {
      const message = `${totals.format} report not counted: the ${best} report in the same folder has the same run's numbers`;
      findings.push(ignoredReport(report.path, 'duplicate', message));
      continue;
    }
    findings.push(...totalsFindings(report, totals, timing.nowMs));
  }
  return findings;
}

/** Percent of `metric` covered over all coverage findings, truncated to one decimal; undefined when nothing to cover. */
export function coveragePercent(findings: readonly Finding[], metric: 'lines' | 'branches'): number | undefined {
  let covered = 0;
  let total = 0;
  for (const finding of findings) {
    if (finding.kind === `coverage.${metric}.covered`) covered += finding.value ?? 1;
    else if (finding.kind === `coverage.${metric}.total`) total += finding.value ?? 1;
  }
  return total === 0 ? undefined : truncatedPercent({ covered, total });
}

// Truncated, not rounded: 79.96% is shown as 79.9% so that it can never meet a minimum of 80.
function truncatedPercent(count: CoverageCount): number {
  return Math.floor((count.covered * 1000) / count.total) / 10;
}

function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

function preferredFormatByFolder(read: ReadonlyArray<{ report: ReportFile; totals: CoverageTotals }>): Map<string, CoverageFormat> {
  const preferred = new Map<string, CoverageFormat>();
  for (const { report, totals } of read) {
    const folder = folderOf(report.path);
    const current = preferred.get(folder);
    if (current === undefined || FORMAT_PREFERENCE.indexOf(totals.format) < FORMAT_PREFERENCE.indexOf(current)) {
      preferred.set(folder, totals.format);
    }
  }
  return preferred;
}

function totalsFindings(report: ReportFile, totals: CoverageTotals, nowMs: number): Finding[] {
  const base = { format: totals.format, ageHours: ageHours(report.modifiedMs, nowMs) };
  const findings: Finding[] = [
    { kind: 'coverage.reports', file: report.path, line: 0, message: `${totals.format} coverage report`, data: { ...base, unit: totals.unit }, value: 1 },
  ];
  const add = (metric: 'lines' | 'branches', count: CoverageCount, unit: string) => {
    const percent = count.total === 0 ? undefined : truncatedPercent(count);
    const message = `${count.covered} of ${count.total} ${unit} covered (${percent === undefined ? 'nothing to cover' : `${percent}%`})`;
    const data = { ...base, unit, ...(percent === undefined ? {} : { percent }) };
    findings.push(
      { kind: `coverage.${metric}.covered`, file: report.path, line: 0, message, data, value: count.covered },
      { kind: `coverage.${metric}.total`, file: report.path, line: 0, message, data, value: count.total },
    );
  };
  add('lines', totals.lines, totals.unit);
  if (totals.branches) add('branches', totals.branches, 'branches');
  return findings;
}
