// Runs the test-report and coverage readers over real third-party reports in ../shared/corpus (see its
// README.md and PROVENANCE.md). The corpus is not part of the project, so the suite skips without it.
// The exact numbers below were checked by reading each file (and, for the larger ones, counting with a
// separate script): they are what the files say, not what the code happened to print.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/artefacts/report-file.js';
import { coverageReportFindings } from '../../src/collectors/coverage-reports.js';
import { testReportFindings } from '../../src/collectors/test-reports.js';
import type { Finding } from '../../src/evidence.js';
import { decodeText } from '../../src/scan/read-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const exists = existsSync(corpus);
const NOW = Date.UTC(2025, 0, 10, 12);
const timing = { nowMs: NOW, staleHours: 24 };

function report(folder: string, name: string): ReportFile {
  return { path: name, text: decodeText(readFileSync(path.join(corpus, folder, name))) ?? '', modifiedMs: NOW };
}

function names(folder: string): string[] {
  return exists ? readdirSync(path.join(corpus, folder)) : [];
}

function sums(findings: Finding[], prefix: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const finding of findings) {
    if (finding.kind.startsWith(prefix)) totals[finding.kind.slice(prefix.length)] = (totals[finding.kind.slice(prefix.length)] ?? 0) + (finding.value ?? 1);
  }
  return totals;
}

const testCounts = (name: string) => sums(testReportFindings([report('test-reports', name)], timing), 'tests.reported.');
const coverageCounts = (name: string) => sums(coverageReportFindings([report('coverage', name)], timing), 'coverage.');

const BAD_TEST_REPORTS: Record<string, string> = {
  'EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__pytest__corrupt-xml.xml':
    'test report is not well-formed XML: element <skipped> is not closed',
  'EnricoMi__publish-unit-test-result-action__python__test__files__xml__empty.xml': 'test report is not well-formed XML: no root element',
  'jenkinsci__junit-plugin__src__test__resources__hudson__tasks__junit__testXxe-xxe.xml':
    'test report is not well-formed XML: entity `&oob;` is not expanded: only &amp; &lt; &gt; &quot; &apos; and character references are',
};
const BAD_COVERAGE = 'coverallsapp__coverage-reporter__spec__fixtures__cobertura__cobertura-oneline.xml';

describe.skipIf(!exists)('corpus: every report', () => {
  it('test reports: read as a known format or a parse error, never a throw', () => {
    const files = names('test-reports');
    expect(files.length).toBe(41);
    for (const name of files) {
      const findings = testReportFindings([report('test-reports', name)], timing);
      const problems = findings.filter((finding) => finding.kind === 'parse.errors');
      if (name in BAD_TEST_REPORTS) {
        expect(problems.map((finding) => finding.message), name).toEqual([BAD_TEST_REPORTS[name]]);
      } else {
        expect(problems, name).toEqual([]);
        expect(sums(findings, 'tests.reported.').files, name).toBe(1);
      }
    }
  });

  it('coverage reports: read with counts covered ≤ total, or a parse error, never a throw', () => {
    const files = names('coverage');
    expect(files.length).toBe(27);
    for (const name of files) {
      const findings = coverageReportFindings([report('coverage', name)], timing);
      const problems = findings.filter((finding) => finding.kind === 'parse.errors');
      if (name === BAD_COVERAGE) {
        expect(problems.map((finding) => [finding.line, finding.message])).toEqual([
          [1, 'coverage report could not be read: end tag </methods> does not match <class>'],
        ]);
        continue;
      }
      expect(problems, name).toEqual([]);
      const counts = sums(findings, 'coverage.');
      expect(counts.reports, name).toBe(1);
      expect(counts['lines.covered'] ?? -1, name).toBeLessThanOrEqual(counts['lines.total'] ?? -1);
    }
  });
});

describe.skipIf(!exists)('corpus: exact test counts', () => {
  it.each([
    // <testsuites tests="8"> holds only 3 <testcase>s: the cases count, not the attribute.
    ['mikepenz__action-junit-report__test_results__container-structure__test.xml', { passed: 3, failed: 0, errors: 0, skipped: 0 }],
    // Surefire rerun: two <flakyFailure>s and then a pass; the suite says failures="2".
    ['jenkinsci__junit-plugin__src__test__resources__hudson__tasks__junit__gh-237__TEST-io.olamy.FlakyTest.xml', { passed: 1, failed: 0, errors: 0, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__testsuite-in-testsuite.xml', { passed: 5, failed: 0, errors: 0, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__with-xml-entities.xml', { passed: 0, failed: 1, errors: 1, skipped: 2 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__unsupported-unicode.xml', { passed: 1, failed: 2, errors: 2, skipped: 2 }],
    ['jstemmer__go-junit-report__testdata__014-report.xml', { passed: 0, failed: 0, errors: 2, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__bazel__suite-logs.xml', { passed: 0, failed: 0, errors: 1, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__junit-xml__mocha__latex-utensils.xml', { passed: 109, failed: 0, errors: 0, skipped: 0 }],
    // gotestsum writes a package that failed to start as a TestMain case with a <failure>.
    ['gotestyourself__gotestsum__internal__junitxml__testdata__junitxml-report.golden.xml', { passed: 42, failed: 13, errors: 0, skipped: 5 }],
    ['dorny__test-reporter____tests____fixtures__empty__jest-junit-empty-testsuite.xml', { passed: 0, failed: 0, errors: 0, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__trx__mstest__pickles.trx', { passed: 3, failed: 1, errors: 0, skipped: 0 }],
    ['EnricoMi__publish-unit-test-result-action__python__test__files__trx__nunit__NUnit-netcoreapp3.1-sample.trx', { passed: 2, failed: 3, errors: 0, skipped: 1 }],
    ['dorny__test-reporter____tests____fixtures__dotnet-trx.trx', { passed: 5, failed: 5, errors: 0, skipped: 1 }],
    // NUnit 3: two Failed cases are labelled Error (an exception), one Skipped case is Ignored.
    ['dorny__test-reporter____tests____fixtures__dotnet-nunit.xml', { passed: 3, failed: 3, errors: 2, skipped: 1 }],
  ])('%s', (name, expected) => {
    expect(testCounts(name)).toEqual({ files: 1, ...expected });
  });
});

describe.skipIf(!exists)('corpus: exact coverage counts', () => {
  it.each([
    // Root lines-covered/lines-valid and branches-covered/branches-valid (coverlet, UTF-8 BOM, CRLF).
    ['irongut__CodeCoverageSummary__src__coverage.cobertura.xml', { 'lines.covered': 1212, 'lines.total': 1460, 'branches.covered': 262, 'branches.total': 378 }],
    // coverage.py 4.0.3 writes only line-rate: the 10 <line>s, one with hits="0".
    ['5monkeys__cobertura-action__src__fixtures__test-python.xml', { 'lines.covered': 9, 'lines.total': 10 }],
    ['Madrapps__jacoco-report____tests______fixtures____report.xml', { 'lines.covered': 12, 'lines.total': 27, 'branches.covered': 2, 'branches.total': 6 }],
    ['coverallsapp__coverage-reporter__spec__fixtures__clover__clover-phpcsutils.xml', { 'lines.covered': 2376, 'lines.total': 2420, 'branches.covered': 0, 'branches.total': 0 }],
    // LF 1+2+14, LH 1+2+13, BRF 8, BRH 7 (one DA count is 18446744073709551615).
    ['coverallsapp__coverage-reporter__spec__fixtures__lcov__test.lcov', { 'lines.covered': 16, 'lines.total': 17, 'branches.covered': 7, 'branches.total': 8 }],
    ['cpolzer__sphinx-coverage-report__tests__fixtures__coverage.json', { 'lines.covered': 5, 'lines.total': 7, 'branches.covered': 1, 'branches.total': 2 }],
    ['ConvoSphere__ConvoSphere__backend__coverage.json', { 'lines.covered': 0, 'lines.total': 14000 }],
    ['davelosert__vitest-coverage-report-action__test__mockReports__coverage__coverage-summary.json', { 'lines.covered': 60, 'lines.total': 145, 'branches.covered': 23, 'branches.total': 58 }],
    ['davelosert__vitest-coverage-report-action__test__mockReports__coverage__coverage-final.json', { 'lines.covered': 56, 'lines.total': 282, 'branches.covered': 3, 'branches.total': 8 }],
    // 819 distinct blocks; statements summed over blocks with a count above 0.
    ['coverallsapp__coverage-reporter__spec__fixtures__golang__coverage.out', { 'lines.covered': 579, 'lines.total': 1148 }],
    ['coverallsapp__coverage-reporter__spec__fixtures__simplecov__.resultset.json', { 'lines.covered': 314, 'lines.total': 338 }],
  ])('%s', (name, expected) => {
    expect(coverageCounts(name)).toEqual({ reports: 1, ...expected });
  });
});
