import { describe, expect, it } from 'vitest';
import type { ReportFile } from '../../src/artefacts/report-file.js';
import { readTestReport } from '../../src/artefacts/test-results/read-test-report.js';
import { testReportFindings } from '../../src/collectors/test-reports.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 0, 10, 12);

function counts(xml: string) {
  const read = readTestReport(xml);
  return read.ok ? { format: read.format, ...read.counts } : read;
}

describe('readTestReport: JUnit XML', () => {
  it('counts <testcase> elements by their children, not the suite attributes', () => {
    const xml = `<?xml version="1.0"?>
<testsuites tests="99" failures="0">
  <testsuite name="a" tests="50">
    <testcase name="ok"/>
    <testcase name="ok2"><system-out>fine</system-out></testcase>
    <testcase name="fails"><failure message="boom">trace</failure></testcase>
    <testcase name="errs"><error message="x"/></testcase>
    <testcase name="skip"><skipped/></testcase>
    <testsuite name="nested"><testcase name="deep"/></testsuite>
  </testsuite>
</testsuites>`;
    expect(counts(xml)).toEqual({ format: 'JUnit XML', passed: 3, failed: 1, errors: 1, skipped: 1 });
  });

  it('counts a case with a failure and a teardown error once, as failed', () => {
    const xml = `<testsuite><testcase name="t"><failure/><error/></testcase><testcase name="u"><error/><skipped/></testcase></testsuite>`;
    expect(counts(xml)).toEqual({ format: 'JUnit XML', passed: 0, failed: 1, errors: 1, skipped: 0 });
  });

  it('counts Surefire flaky reruns as passed, and rerun failures by their final <failure>', () => {
    const xml = `<testsuite tests="3" failures="2">
  <testcase name="flaky"><flakyFailure message="1st"/><flakyError message="2nd"/></testcase>
  <testcase name="broken"><failure/><rerunFailure/><rerunFailure/></testcase>
</testsuite>`;
    expect(counts(xml)).toEqual({ format: 'JUnit XML', passed: 1, failed: 1, errors: 0, skipped: 0 });
  });

  it('reads googletest not-run markers, and only direct children decide the outcome', () => {
    const xml = `<testsuites>
  <testsuite><testcase name="a" status="notrun"/><testcase name="b" status="run" result="skipped"><skipped/></testcase>
  <testcase name="c" status="run" result="completed"><properties><property name="failure" value="x"/></properties></testcase>
  <testcase name="d"><system-out><failure/></system-out></testcase></testsuite>
</testsuites>`;
    expect(counts(xml)).toEqual({ format: 'JUnit XML', passed: 2, failed: 0, errors: 0, skipped: 2 });
  });

  it('reads namespace-prefixed elements', () => {
    expect(counts(`<j:testsuite xmlns:j="urn:x"><j:testcase><j:failure/></j:testcase></j:testsuite>`)).toEqual({
      format: 'JUnit XML', passed: 0, failed: 1, errors: 0, skipped: 0,
    });
  });
});

describe('readTestReport: other formats', () => {
  it('TRX (BOM included): outcome per UnitTestResult; data-driven rows count, their parent does not', () => {
    const xml = `\uFEFF<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
<Results>
  <UnitTestResult outcome="Passed"/><UnitTestResult outcome="Failed"/><UnitTestResult outcome="Timeout"/>
  <UnitTestResult outcome="Error"/><UnitTestResult outcome="NotExecuted"/><UnitTestResult outcome="Inconclusive"/>
  <UnitTestResult outcome="Failed"><InnerResults>
    <UnitTestResult outcome="Passed"/><UnitTestResult outcome="Passed"/><UnitTestResult outcome="Failed"/>
  </InnerResults></UnitTestResult>
</Results>
<ResultSummary outcome="Failed"><Counters total="1"/></ResultSummary>
</TestRun>`;
    expect(counts(xml)).toEqual({ format: 'TRX', passed: 3, failed: 3, errors: 1, skipped: 2 });
  });

  it('NUnit 3: result and label', () => {
    const xml = `<test-run><test-suite><test-case result="Passed"/><test-case result="Warning"/>
<test-case result="Failed"/><test-case result="Failed" label="Error"/><test-case result="Failed" label="Invalid"/>
<test-case result="Skipped" label="Ignored"/><test-case result="Inconclusive"/></test-suite></test-run>`;
    expect(counts(xml)).toEqual({ format: 'NUnit 3 XML', passed: 2, failed: 1, errors: 2, skipped: 2 });
  });

  it('NUnit 2 and xUnit.net', () => {
    const nunit2 = `<test-results><test-suite><results><test-case result="Success"/><test-case result="Failure"/>
<test-case result="Error"/><test-case result="Ignored"/></results></test-suite></test-results>`;
    expect(counts(nunit2)).toEqual({ format: 'NUnit 2 XML', passed: 1, failed: 1, errors: 1, skipped: 1 });
    const xunit = `<assemblies><assembly><collection><test result="Pass"/><test result="Fail"/><test result="Skip"/></collection></assembly></assemblies>`;
    expect(counts(xunit)).toEqual({ format: 'xUnit.net XML', passed: 1, failed: 1, errors: 0, skipped: 1 });
  });

  it('other roots are unrecognised; malformed XML is invalid with a line', () => {
    expect(readTestReport('<coverage line-rate="1"/>')).toEqual({
      ok: false, reason: 'unrecognised', message: 'root element <coverage> is not a test report format this tool reads',
    });
    expect(readTestReport('<testsuite>\n<testcase>')).toEqual({ ok: false, reason: 'invalid', message: 'element <testcase> is not closed', line: 2 });
  });
});

describe('testReportFindings', () => {
  const junit = (cases: string): string => `<testsuite>${cases}</testsuite>`;
  const report = (path: string, text: string, hoursAgo: number): ReportFile => ({ path, text, modifiedMs: NOW - hoursAgo * HOUR });

  it('one set of value findings per report, with format and age', () => {
    const findings = testReportFindings([report('build/test-results/junit.xml', junit('<testcase/><testcase/><testcase><skipped/></testcase>'), 1.5)], {
      nowMs: NOW,
      staleHours: 24,
    });
    const data = { format: 'JUnit XML', ageHours: 1.5 };
    expect(findings).toEqual([
      { kind: 'tests.reported.files', file: 'build/test-results/junit.xml', line: 0, message: 'JUnit XML test report with 3 test cases', data, value: 1 },
      { kind: 'tests.reported.passed', file: 'build/test-results/junit.xml', line: 0, message: '2 of 3 reported tests passed', data, value: 2 },
      { kind: 'tests.reported.failed', file: 'build/test-results/junit.xml', line: 0, message: '0 of 3 reported tests failed', data, value: 0 },
      { kind: 'tests.reported.errors', file: 'build/test-results/junit.xml', line: 0, message: '0 of 3 reported tests errored', data, value: 0 },
      { kind: 'tests.reported.skipped', file: 'build/test-results/junit.xml', line: 0, message: '1 of 3 reported tests skipped', data, value: 1 },
    ]);
  });

  it('ignores reports written more than staleHours before the newest, and reports bad ones', () => {
    const findings = testReportFindings(
      [
        report('new.xml', junit('<testcase/>'), 0),
        report('old/TEST-a.xml', junit('<testcase><failure/></testcase>'), 30),
        report('edge/TEST-b.xml', junit('<testcase/>'), 24),
        report('broken/junit.xml', '<testsuite>\n<testcase', 0),
        report('other/junit.xml', '<project/>', 0),
      ],
      { nowMs: NOW, staleHours: 24 },
    );
    expect(findings.filter((f) => f.kind !== 'tests.reported.files' && !f.kind.startsWith('tests.reported.')).map((f) => [f.kind, f.file, f.line, f.message])).toEqual([
      ['reports.ignored', 'old/TEST-a.xml', 0, 'test report ignored as stale: written 30 hours before the newest test report'],
      ['parse.errors', 'broken/junit.xml', 2, 'test report is not well-formed XML: start tag <testcase> is not closed'],
      ['reports.ignored', 'other/junit.xml', 0, 'not read as a test report: root element <project> is not a test report format this tool reads'],
    ]);
    const sum = (kind: string) => findings.filter((f) => f.kind === kind).reduce((total, f) => total + (f.value ?? 1), 0);
    expect([sum('tests.reported.files'), sum('tests.reported.passed'), sum('tests.reported.failed')]).toEqual([2, 2, 0]);
  });

  it('no reports, no findings', () => {
    expect(testReportFindings([], { nowMs: NOW, staleHours: 24 })).toEqual([]);
  });
});
