import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectReportEvidence } from '../../src/artefacts/collect-report-evidence.js';
import { findReportFiles } from '../../src/artefacts/find-report-files.js';
import { DEFAULT_REPORT_EXCLUDE_GLOBS, DEFAULT_TEST_REPORT_GLOBS } from '../../src/artefacts/report-globs.js';
import { coveragePercent } from '../../src/collectors/coverage-reports.js';

const NOW = Date.UTC(2025, 0, 10, 12);
const HOUR = 3_600_000;
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes `files` (path → [content, hours before NOW]) into a new folder. */
function workspace(files: Record<string, [string, number]>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'reports-'));
  folders.push(root);
  for (const [relative, [content, hoursAgo]] of Object.entries(files)) {
    const absolute = path.join(root, relative);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    const time = new Date(NOW - hoursAgo * HOUR);
    utimesSync(absolute, time, time);
  }
  return root;
}

const JUNIT = '<testsuite><testcase/><testcase><failure/></testcase></testsuite>';
const limits = { maxFiles: 100, maxBytes: 1000, exclude: DEFAULT_REPORT_EXCLUDE_GLOBS };

describe('findReportFiles', () => {
  it('finds reports in ignored build folders, skips .git, vendored and fixture folders', async () => {
    const root = workspace({
      'build/test-results/test/TEST-com.a.AppTest.xml': [JUNIT, 0],
      'target/surefire-reports/TEST-b.xml': [JUNIT, 0],
      'web/junit.xml': [JUNIT, 1],
      'TestResults/run.trx': ['<TestRun/>', 0],
      '.git/junit.xml': [JUNIT, 0],
      'node_modules/pkg/junit.xml': [JUNIT, 0],
      '.venv/lib/site-packages/x/junit.xml': [JUNIT, 0],
      'tests/fixtures/junit.xml': [JUNIT, 0],
      'reports/TESTS-TestSuites.xml': [JUNIT, 0],
      'src/junit.ts': ['export {}', 0],
    });
    const found = await findReportFiles(root, DEFAULT_TEST_REPORT_GLOBS, limits);
    expect(found.files.map((file) => [file.path, file.modifiedMs])).toEqual([
      ['TestResults/run.trx', NOW],
      ['build/test-results/test/TEST-com.a.AppTest.xml', NOW],
      ['target/surefire-reports/TEST-b.xml', NOW],
      ['web/junit.xml', NOW - HOUR],
    ]);
    expect(found.files[3]?.text).toBe(JUNIT);
    expect(found.skipped).toEqual([]);
  });

  it('never reads through a symlink, neither a linked file nor a linked folder', async () => {
    const outside = workspace({ 'secret/junit.xml': [JUNIT, 0] });
    const root = workspace({ 'real/junit.xml': [JUNIT, 0] });
    symlinkSync(path.join(outside, 'secret/junit.xml'), path.join(root, 'junit.xml'));
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'linked'));
    const found = await findReportFiles(root, ['**/junit*.xml'], limits);
    expect(found.files.map((file) => file.path)).toEqual(['real/junit.xml']);
    expect(found.skipped).toEqual([{ path: 'junit.xml', reason: 'symlink' }]);
  });

  it('skips files over maxBytes, binary files, and matches past maxFiles', async () => {
    const root = workspace({
      'a/junit.xml': [JUNIT, 0],
      'b/junit.xml': ['x'.repeat(1001), 0],
      'c/junit.xml': ['\u0000binary', 0],
      'd/junit.xml': [JUNIT, 0],
      'e/junit.xml': [JUNIT, 0],
    });
    const found = await findReportFiles(root, ['**/junit.xml'], { maxFiles: 2, maxBytes: 1000 });
    expect(found.files.map((file) => file.path)).toEqual(['a/junit.xml', 'd/junit.xml']);
    expect(found.skipped).toEqual([
      { path: 'b/junit.xml', reason: 'too-large' },
      { path: 'c/junit.xml', reason: 'binary' },
      { path: 'e/junit.xml', reason: 'too-many' },
    ]);
  });
});

describe('collectReportEvidence', () => {
  it('reads test and coverage reports, ignores stale ones, and reports what it skipped', async () => {
    const root = workspace({
      'build/test-results/test/TEST-a.xml': [JUNIT, 0],
      'old/junit.xml': ['<testsuite><testcase/></testsuite>', 40],
      'web/coverage/lcov.info': ['SF:a\nLF:10\nLH:9\nend_of_record\n', 1],
      'web/coverage/clover.xml': ['<coverage><project><metrics statements="10" coveredstatements="9"/></project></coverage>', 1],
      'api/coverage.xml': ['<coverage lines-covered="1" lines-valid="10"/>', 0],
      'build/test-results/coverage.xml': ['<coverage lines-covered="0" lines-valid="0"/>', 0],
    });
    symlinkSync('/etc/hostname', path.join(root, 'junit.xml'));
    const findings = await collectReportEvidence(root, { nowMs: NOW });
    expect(findings.filter((f) => f.kind === 'reports.ignored').map((f) => [f.file, f.data?.reason])).toEqual([
      ['junit.xml', 'symlink'],
      ['old/junit.xml', 'stale'],
      ['web/coverage/clover.xml', 'duplicate'],
    ]);
    const sum = (kind: string) => findings.filter((f) => f.kind === kind).reduce((total, f) => total + (f.value ?? 1), 0);
    expect([sum('tests.reported.files'), sum('tests.reported.passed'), sum('tests.reported.failed')]).toEqual([1, 1, 1]);
    expect([sum('coverage.reports'), sum('coverage.lines.covered'), sum('coverage.lines.total')]).toEqual([3, 10, 20]);
    expect(coveragePercent(findings, 'lines')).toBe(50);
    expect(findings.some((f) => f.kind === 'parse.errors')).toBe(false);
  });
});
