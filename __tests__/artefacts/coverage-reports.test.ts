import { describe, expect, it } from 'vitest';
import { readCoverageReport } from '../../src/artefacts/coverage/read-coverage-report.js';
import type { ReportFile } from '../../src/artefacts/report-file.js';
import { coveragePercent, coverageReportFindings } from '../../src/collectors/coverage-reports.js';

const NOW = Date.UTC(2025, 0, 10, 12);
const timing = { nowMs: NOW, staleHours: 24 };

function totals(text: string) {
  const read = readCoverageReport(text);
  return read.ok ? read.totals : read;
}

const LCOV_A = ['TN:', 'SF:src/a.ts', 'DA:1,1', 'DA:2,0', 'LF:2', 'LH:1', 'BRDA:1,0,0,1', 'BRDA:1,0,1,0', 'BRF:2', 'BRH:1', 'end_of_record', ''].join('\n');
const LCOV_B = ['SF:src/b.ts', 'DA:1,3', 'DA:2,3', 'DA:3,3', 'LF:3', 'LH:3', 'end_of_record'].join('\n');

describe('readCoverageReport', () => {
  it('lcov: sums LF/LH and BRF/BRH per record', () => {
    expect(totals(LCOV_A + LCOV_B)).toEqual({ format: 'lcov', unit: 'lines', lines: { covered: 4, total: 5 }, branches: { covered: 1, total: 2 } });
  });

  it('lcov without summaries: counts DA line numbers once and BRDA branches, `-` as not taken', () => {
    const text = ['SF:a.c', 'DA:1,0', 'DA:1,2', 'DA:2,0', 'DA:3,18446744073709551615', 'BRDA:1,0,0,-', 'BRDA:1,0,1,4', 'end_of_record'].join('\r\n');
    expect(totals(text)).toEqual({ format: 'lcov', unit: 'lines', lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } });
  });

  it('lcov: a record without end_of_record still counts; a bad count is invalid', () => {
    expect(totals('SF:a\nLF:4\nLH:1\nend_of_record\nSF:b\nLF:1\nLH:1\n')).toMatchObject({ lines: { covered: 2, total: 5 } });
    expect(totals('SF:a\nLF:x\nend_of_record')).toEqual({ ok: false, reason: 'invalid', message: 'lcov LF is not a count: `x`', line: 2 });
  });

  it('Cobertura: root counts are preferred over line-rate', () => {
    const xml = `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.5" lines-covered="80" lines-valid="100" branches-covered="3" branches-valid="4"><packages/></coverage>`;
    expect(totals(xml)).toEqual({ format: 'Cobertura XML', unit: 'lines', lines: { covered: 80, total: 100 }, branches: { covered: 3, total: 4 } });
  });

  it('Cobertura with only rates: counts class lines (not method lines) and condition-coverage', () => {
    const xml = `<coverage line-rate="0.9"><packages><package><classes><class filename="a.py">
<methods><method><lines><line number="1" hits="1"/></lines></method></methods>
<lines><line number="1" hits="1"/><line number="2" hits="0"/><line number="3" hits="4" branch="true" condition-coverage="50% (1/2)"/></lines>
</class></classes></package></packages></coverage>`;
    expect(totals(xml)).toEqual({ format: 'Cobertura XML', unit: 'lines', lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } });
  });

  it('JaCoCo: report-level LINE and BRANCH counters only', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="x"><package name="p"><counter type="LINE" missed="1" covered="1"/></package>
<counter type="INSTRUCTION" missed="5" covered="50"/><counter type="BRANCH" missed="2" covered="6"/><counter type="LINE" missed="10" covered="30"/></report>`;
    expect(totals(xml)).toEqual({ format: 'JaCoCo XML', unit: 'lines', lines: { covered: 30, total: 40 }, branches: { covered: 6, total: 8 } });
  });

  it('Clover: project metrics, as statements', () => {
    const xml = `<coverage clover="4.4"><project><file><metrics statements="9" coveredstatements="9"/></file>
<metrics statements="20" coveredstatements="15" conditionals="4" coveredconditionals="1"/></project></coverage>`;
    expect(totals(xml)).toEqual({ format: 'Clover XML', unit: 'statements', lines: { covered: 15, total: 20 }, branches: { covered: 1, total: 4 } });
  });

  it('coverage.py JSON, with and without branches', () => {
    const withBranches = { meta: { branch_coverage: true }, totals: { covered_lines: 7, num_statements: 10, covered_branches: 1, num_branches: 4 } };
    expect(totals(JSON.stringify(withBranches))).toEqual({
      format: 'coverage.py JSON', unit: 'statements', lines: { covered: 7, total: 10 }, branches: { covered: 1, total: 4 },
    });
    const noBranches = { meta: { branch_coverage: false }, totals: { covered_lines: 0, num_statements: 3 } };
    expect(totals(JSON.stringify(noBranches))).toEqual({ format: 'coverage.py JSON', unit: 'statements', lines: { covered: 0, total: 3 } });
  });

  it('Istanbul summary and final JSON', () => {
    const summary = { total: { lines: { total: 10, covered: 8, pct: 80 }, branches: { total: 0, covered: 0, pct: 'Unknown' } } };
    expect(totals(JSON.stringify(summary))).toEqual({
      format: 'Istanbul summary JSON', unit: 'lines', lines: { covered: 8, total: 10 }, branches: { covered: 0, total: 0 },
    });
    const at = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 9 } });
    const final = { '/p/a.js': { path: '/p/a.js', statementMap: { 0: at(1), 1: at(1), 2: at(2), 3: at(3) }, s: { 0: 0, 1: 2, 2: 0, 3: 1 }, b: { 0: [1, 0], 1: [0, 0, 3] } } };
    expect(totals(JSON.stringify(final))).toEqual({ format: 'Istanbul JSON', unit: 'lines', lines: { covered: 2, total: 3 }, branches: { covered: 2, total: 5 } });
  });

  it('SimpleCov resultset: merges commands per file and line', () => {
    const resultset = {
      RSpec: { coverage: { 'a.rb': { lines: [null, 1, 0, 0, 'ignored'] } }, timestamp: 1 },
      Minitest: { coverage: { 'a.rb': [null, 0, 2, 0] }, timestamp: 1 },
    };
    expect(totals(JSON.stringify(resultset))).toEqual({ format: 'SimpleCov JSON', unit: 'lines', lines: { covered: 2, total: 3 } });
  });

  it('Go coverprofile: statements, a block listed twice counts once', () => {
    const profile = ['mode: count', 'x/a.go:3.10,5.2 2 0', 'x/a.go:6.1,8.2 3 7', 'x/a.go:3.10,5.2 2 1', 'x/b-c.go:1.1,2.2 5 0', ''].join('\n');
    expect(totals(profile)).toEqual({ format: 'Go coverprofile', unit: 'statements', lines: { covered: 5, total: 10 } });
    expect(totals('mode: set\nnot a block')).toEqual({ ok: false, reason: 'invalid', message: 'not a coverprofile block `file:l.c,l.c statements count`: `not a block`', line: 2 });
  });

  it('empty, malformed and unknown inputs', () => {
    expect(totals('')).toEqual({ ok: false, reason: 'invalid', message: 'the file is empty', line: 0 });
    expect(totals('{"a":')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(totals('<coverage lines-covered="5" lines-valid="4"/>')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(totals('{"name":"x"}')).toMatchObject({ ok: false, reason: 'unrecognised' });
    expect(totals('<html/>')).toMatchObject({ ok: false, reason: 'unrecognised' });
    expect(totals('hello')).toMatchObject({ ok: false, reason: 'unrecognised' });
  });
});

describe('coverageReportFindings', () => {
  const report = (path: string, text: string, hoursAgo = 0): ReportFile => ({ path, text, modifiedMs: NOW - hoursAgo * 3_600_000 });

  it('two lcov files combine by summing counts; the percent comes from the sums', () => {
    const findings = coverageReportFindings([report('web/coverage/lcov.info', LCOV_A, 2), report('api/coverage/lcov.info', LCOV_B)], timing);
    expect(findings.filter((f) => f.file === 'web/coverage/lcov.info')).toEqual([
      { kind: 'coverage.reports', file: 'web/coverage/lcov.info', line: 0, message: 'lcov coverage report', data: { format: 'lcov', unit: 'lines', ageHours: 2 }, value: 1 },
      { kind: 'coverage.lines.covered', file: 'web/coverage/lcov.info', line: 0, message: '1 of 2 lines covered (50%)', data: { format: 'lcov', unit: 'lines', ageHours: 2, percent: 50 }, value: 1 },
      { kind: 'coverage.lines.total', file: 'web/coverage/lcov.info', line: 0, message: '1 of 2 lines covered (50%)', data: { format: 'lcov', unit: 'lines', ageHours: 2, percent: 50 }, value: 2 },
      { kind: 'coverage.branches.covered', file: 'web/coverage/lcov.info', line: 0, message: '1 of 2 branches covered (50%)', data: { format: 'lcov', unit: 'branches', ageHours: 2, percent: 50 }, value: 1 },
      { kind: 'coverage.branches.total', file: 'web/coverage/lcov.info', line: 0, message: '1 of 2 branches covered (50%)', data: { format: 'lcov', unit: 'branches', ageHours: 2, percent: 50 }, value: 2 },
    ]);
    expect(coveragePercent(findings, 'lines')).toBe(80);
    expect(coveragePercent(findings, 'branches')).toBe(50);
  });

  it('percentages are truncated to one decimal, never rounded up to a threshold', () => {
    const lcov = 'SF:a\nLF:10000\nLH:7996\nend_of_record\n';
    const findings = coverageReportFindings([report('lcov.info', lcov)], timing);
    expect(coveragePercent(findings, 'lines')).toBe(79.9);
    expect(findings.find((f) => f.kind === 'coverage.lines.covered')?.message).toBe('7996 of 10000 lines covered (79.9%)');
    expect(coveragePercent([], 'lines')).toBeUndefined();
  });

  it('in one folder only the preferred format counts; the same run in other formats is a duplicate', () => {
    const summary = JSON.stringify({ total: { lines: { total: 5, covered: 4 } } });
    const findings = coverageReportFindings(
      [report('coverage/lcov.info', LCOV_A + LCOV_B), report('coverage/coverage-summary.json', summary), report('py/coverage-summary.json', summary)],
      timing,
    );
    expect(findings.filter((f) => f.kind === 'reports.ignored')).toEqual([
      {
        kind: 'reports.ignored',
        file: 'coverage/coverage-summary.json',
        line: 0,
        message: 'Istanbul summary JSON report not counted: the lcov report in the same folder has the same run\'s numbers',
        data: { reason: 'duplicate' },
      },
    ]);
    expect(coveragePercent(findings, 'lines')).toBe(80);
  });

  it('stale and malformed reports', () => {
    const findings = coverageReportFindings([report('a/lcov.info', LCOV_A), report('b/lcov.info', LCOV_B, 48), report('c/coverage.xml', '<coverage>')], timing);
    expect(findings.filter((f) => !f.kind.startsWith('coverage.')).map((f) => [f.kind, f.file, f.message])).toEqual([
      ['reports.ignored', 'b/lcov.info', 'coverage report ignored as stale: written 48 hours before the newest coverage report'],
      ['parse.errors', 'c/coverage.xml', 'coverage report could not be read: element <coverage> is not closed'],
    ]);
    expect(coveragePercent(findings, 'lines')).toBe(50);
  });
});
