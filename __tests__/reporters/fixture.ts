// Hand-built reports for the reporter tests: realistic enough to read like real output, small
// enough to see every value that the assertions depend on.
import type { Finding } from '../../src/evidence.js';
import type { ChangeReport, Report, RuleResult } from '../../src/report.js';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    kind: 'catch.generic',
    file: 'src/app/service.py',
    line: 12,
    message: '`except Exception` catches every error',
    language: 'python',
    ...overrides,
  };
}

export function result(overrides: Partial<RuleResult> & Pick<RuleResult, 'id'>): RuleResult {
  return {
    category: 'code-quality',
    level: 'error',
    status: 'fail',
    description: 'Catch the errors you expect, so unexpected ones surface.',
    message: 'catch.generic is 3; at most 0 is allowed',
    evidence: { metric: 'catch.generic', actual: 3, expected: '<= 0', findings: [], findingCount: 0 },
    impact: { category: 10, overall: 2.5 },
    ...overrides,
  };
}

/** `count` TODO findings in one file, one per line starting at line 3. */
export function todoFindings(count: number, file = 'src/app/jobs.py'): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding({ kind: 'todo.comments', file, line: 3 + index, message: 'TODO comment left in code' }),
  );
}

const catchFindings = [
  finding({ file: 'src/app/service.py', line: 12 }),
  finding({ file: 'src/app/worker.py', line: 40 }),
  finding({ file: 'web/src/api.ts', line: 7, language: 'typescript', message: '`catch (e) {}` ignores every error' }),
];

export function sampleResults(): RuleResult[] {
  return [
    result({
      id: 'tests-present',
      category: 'testing',
      description: 'A service needs automated tests that CI runs.',
      message: 'tests.cases is 0; at least 1 is required',
      evidence: { metric: 'tests.cases', actual: 0, expected: '>= 1', findings: [], findingCount: 0 },
      impact: { category: 60, overall: 7.5 },
    }),
    result({
      id: 'no-generic-catch',
      evidence: { metric: 'catch.generic', actual: 3, expected: '<= 0', findings: catchFindings, findingCount: 3 },
      impact: { category: 20, overall: 3 },
    }),
    result({
      id: 'dockerfile-healthcheck',
      category: 'containers',
      level: 'warning',
      description: 'Orchestrators restart containers that report unhealthy.',
      message: '1 Dockerfile has no HEALTHCHECK',
      evidence: {
        metric: 'docker.no-healthcheck',
        actual: 1,
        expected: '<= 0',
        findings: [finding({ kind: 'docker.no-healthcheck', file: 'Dockerfile', line: 0, message: 'no HEALTHCHECK instruction', language: undefined })],
        findingCount: 1,
      },
      impact: { category: 25, overall: 2.5 },
    }),
    result({
      id: 'few-todos',
      level: 'notice',
      description: 'TODO comments mark unfinished work.',
      message: 'todo.comments is 27; at most 10 is allowed',
      evidence: { metric: 'todo.comments', actual: 27, expected: '<= 10', findings: todoFindings(20), findingCount: 27 },
      impact: { category: 0, overall: 0 },
    }),
    result({
      id: 'ci-workflow',
      category: 'ci',
      status: 'pass',
      description: 'Changes are built and tested on every push.',
      message: 'ci.workflows is 2; at least 1 is required',
      impact: { category: 0, overall: 0 },
    }),
    result({
      id: 'migrations-tool',
      category: 'database',
      status: 'not-applicable',
      description: 'Schema changes go through a migration tool.',
      message: 'database.models is 0, so this rule does not apply',
      impact: { category: 0, overall: 0 },
    }),
  ];
}

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'readiness-gate', version: '0.1.0' },
    rules: { source: 'built-in:recommended', extends: [] },
    failOn: 'error',
    inventory: { source: 'git', listed: 120, scanned: 100, skipped: { generated: 5, vendored: 15 } },
    metrics: {
      'tests.cases': 0,
      'tests.files': 0,
      'source.files': 42,
      'ci.workflows': 2,
      'docker.files': 1,
      'catch.generic': 3,
      'todo.comments': 27,
      'lines.code': 5120,
    },
    byLanguage: {
      python: { 'source.files': 30, 'catch.generic': 2 },
      typescript: { 'source.files': 12, 'catch.generic': 1 },
    },
    findings: [],
    results: sampleResults(),
    score: {
      overall: 72.5,
      categories: [
        { category: 'testing', score: 40, weight: 3, rules: 2, failed: 1 },
        { category: 'ci', score: 100, weight: 2, rules: 1, failed: 0 },
        { category: 'containers', score: 75, weight: 1, rules: 2, failed: 1 },
        { category: 'code-quality', score: 70, weight: 2, rules: 3, failed: 2 },
      ],
    },
    verdict: 'fail',
    counts: { errors: 2, warnings: 1, notices: 1, passed: 1, notApplicable: 1 },
    ...overrides,
  };
}

/** The sample report with `only` as its single result, for tests about one rule's rendering. */
export function reportWithResult(only: RuleResult, overrides: Partial<Report> = {}): Report {
  return sampleReport({ results: [only], ...overrides });
}

/** What a pull request changed: a new generic catch and two new TODOs, four more tests, one HEALTHCHECK fewer. */
export function sampleChange(overrides: Partial<ChangeReport> = {}): ChangeReport {
  return {
    event: 'pull_request',
    baseRef: 'main',
    baseSha: '1111111aaaaaaaabbbbbbbbccccccccdddddddd',
    headSha: '2222222eeeeeeeeffffffff0000000011111111',
    pullRequest: 7,
    source: 'git',
    files: { changed: 5, added: 1, removed: 0, renamed: 1, binary: 0 },
    truncated: false,
    newFindings: [
      finding({ file: 'src/app/worker.py', line: 40 }),
      finding({ kind: 'todo.comments', file: 'src/app/jobs.py', line: 5, message: 'TODO comment left in code' }),
      finding({ kind: 'todo.comments', file: 'src/app/jobs.py', line: 30, message: 'TODO comment left in code' }),
    ],
    deltas: {
      'todo.comments': { base: 25, head: 27, delta: 2 },
      'catch.generic': { base: 2, head: 3, delta: 1 },
      'tests.cases': { base: 10, head: 14, delta: 4 },
      'docker.healthcheck': { base: 1, head: 0, delta: -1 },
      'lines.code': { base: 100, head: 105, delta: 5 },
    },
    baseScore: 75.9,
    scoreDelta: -3.4,
    ...overrides,
  };
}

/** The sample report in pull-request mode. */
export function sampleChangeReport(change: Partial<ChangeReport> = {}, overrides: Partial<Report> = {}): Report {
  return sampleReport({ change: sampleChange(change), rules: { source: '.github/readiness.yml', extends: ['recommended'], profile: 'strict' }, ...overrides });
}
