// One call for the scan: find this run's test and coverage reports and turn them into findings.
import { coverageReportFindings } from '../collectors/coverage-reports.js';
import { testReportFindings } from '../collectors/test-reports.js';
import type { Finding } from '../evidence.js';
import { matchesAnyGlob } from '../globs.js';
import { findReportFiles } from './find-report-files.js';
import { DEFAULT_STALE_HOURS } from './fresh-reports.js';
import { skippedReportFinding } from './ignored-report.js';
import type { ReportFile } from './report-file.js';
import { DEFAULT_COVERAGE_GLOBS, DEFAULT_REPORT_EXCLUDE_GLOBS, DEFAULT_TEST_REPORT_GLOBS } from './report-globs.js';

export interface ReportEvidenceOptions {
  testReportGlobs?: readonly string[];
  coverageGlobs?: readonly string[];
  excludeGlobs?: readonly string[];
  /** At most this many reports, test and coverage together, are read. */
  maxFiles?: number;
  maxBytes?: number;
  staleHours?: number;
  nowMs?: number;
}

const DEFAULT_MAX_FILES = 2000;
// Reports are bigger than source files (a Cobertura file for a large project runs to tens of megabytes).
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export async function collectReportEvidence(root: string, options: ReportEvidenceOptions = {}): Promise<Finding[]> {
  const limits = {
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    exclude: options.excludeGlobs ?? DEFAULT_REPORT_EXCLUDE_GLOBS,
  };
  const timing = { nowMs: options.nowMs ?? Date.now(), staleHours: options.staleHours ?? DEFAULT_STALE_HOURS };
  const testGlobs = options.testReportGlobs ?? DEFAULT_TEST_REPORT_GLOBS;
  const coverageGlobs = options.coverageGlobs ?? DEFAULT_COVERAGE_GLOBS;
  // One walk for both kinds; a path both lists match (a coverage.xml under test-results/) is a coverage report.
  const found = await findReportFiles(root, [...coverageGlobs, ...testGlobs], limits);
  const isCoveragePath = matchesAnyGlob(coverageGlobs, { dot: true });
  const isCoverage = (file: ReportFile) => isCoveragePath(file.path);
  return [
    ...found.skipped.map(skippedReportFinding),
    ...testReportFindings(found.files.filter((file) => !isCoverage(file)), timing),
    ...coverageReportFindings(found.files.filter(isCoverage), timing),
  ];
}
