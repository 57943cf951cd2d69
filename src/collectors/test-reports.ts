// Test results from the reports CI wrote (JUnit XML, TRX, NUnit, xUnit.net): how many tests passed, failed,
// errored and were skipped in this run. Each report file gives one finding per outcome whose `value` is the
// count, plus one `tests.reported.files`; the metrics are the sums over the reports used. What counts as
// each outcome, per format, is written in src/artefacts/test-results/.
import { ignoredReport, staleReportFinding } from '../artefacts/ignored-report.js';
import { splitStale } from '../artefacts/fresh-reports.js';
import { type ReportFile, type ReportTiming, ageHours } from '../artefacts/report-file.js';
import type { Outcome } from '../artefacts/test-results/outcomes.js';
import { readTestReport } from '../artefacts/test-results/read-test-report.js';
import type { Finding } from '../evidence.js';

const OUTCOME_WORDS: Record<Outcome, string> = { passed: 'passed', failed: 'failed', errors: 'errored', skipped: 'skipped' };
const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'errors', 'skipped'];

export function testReportFindings(reports: readonly ReportFile[], timing: ReportTiming): Finding[] {
  if (reports.length === 0) return [];
  const { fresh, stale } = splitStale(reports, timing.staleHours);
  const findings = stale.map((entry) => staleReportFinding(entry, 'test report'));
  for (const report of fresh) {
    const read = readTestReport(report.text);
    if (!read.ok && read.reason === 'invalid') {
      findings.push({ kind: 'parse.errors', file: report.path, line: read.line, message: `test report is not well-formed XML: ${read.message}` });
      continue;
    }
    if (!read.ok) {
      findings.push(ignoredReport(report.path, 'unrecognised', `not read as a test report: ${read.message}`));
      continue;
    }
    const data = { format: read.format, ageHours: ageHours(report.modifiedMs, timing.nowMs) };
    const total = OUTCOMES.reduce((sum, outcome) => sum + read.counts[outcome], 0);
    findings.push({
      kind: 'tests.reported.files',
      file: report.path,
      line: 0,
      message: `${read.format} test report with ${total} test ${total === 1 ? 'case' : 'cases'}`,
      data,
      value: 1,
    });
    for (const outcome of OUTCOMES) {
      const count = read.counts[outcome];
      findings.push({
        kind: `tests.reported.${outcome}`,
        file: report.path,
        line: 0,
        message: `${count} of ${total} reported ${total === 1 ? 'test' : 'tests'} ${OUTCOME_WORDS[outcome]}`,
        data,
        value: count,
      });
    }
  }
  return findings;
}
