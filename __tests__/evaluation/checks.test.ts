import { fc, test } from '@fast-check/vitest';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/evidence.js';
import { type CheckOutcome, firstFindings, sortFindings } from '../../src/evaluation/checks/check-definition.js';
import { CHECKS, runCheck } from '../../src/evaluation/checks/index.js';
import type { Check } from '../../src/rules/rule-set.js';
import { evidenceWith, findingsOf } from './fixtures.js';

interface Case {
  name: string;
  check: Check;
  metrics?: Record<string, number>;
  findings?: Finding[];
  paths?: string[];
  passed: boolean;
  message: string;
  expected?: string;
}

function run(testCase: Case): CheckOutcome {
  return runCheck(testCase.check, { evidence: evidenceWith(testCase.metrics ?? {}, testCase.findings ?? []), paths: testCase.paths ?? [] });
}

const metricCases: Case[] = [
  { name: 'below min', check: { type: 'metric', metric: 'tests.cases', min: 1 }, metrics: { 'tests.cases': 0 }, passed: false, message: 'tests.cases is 0; at least 1 is required', expected: '>= 1' },
  { name: 'missing metric counts as 0', check: { type: 'metric', metric: 'tests.cases', min: 1 }, passed: false, message: 'tests.cases is 0; at least 1 is required' },
  { name: 'ratio to two decimals', check: { type: 'metric', metric: 'tests.ratio', min: 0.1 }, metrics: { 'tests.ratio': 0.0512 }, passed: false, message: 'tests.ratio is 0.05; at least 0.1 is required' },
  { name: 'more decimals when two would hide the gap', check: { type: 'metric', metric: 'tests.ratio', min: 0.1 }, metrics: { 'tests.ratio': 0.0996 }, passed: false, message: 'tests.ratio is 0.0996; at least 0.1 is required' },
  { name: 'at min', check: { type: 'metric', metric: 'tests.cases', min: 1 }, metrics: { 'tests.cases': 1 }, passed: true, message: 'tests.cases is 1 (at least 1 required)' },
  { name: 'above max', check: { type: 'metric', metric: 'compose.services', max: 5 }, metrics: { 'compose.services': 7 }, passed: false, message: 'compose.services is 7; at most 5 is allowed', expected: '<= 5' },
  { name: 'within both bounds', check: { type: 'metric', metric: 'ci.jobs', min: 1, max: 5 }, metrics: { 'ci.jobs': 3 }, passed: true, message: 'ci.jobs is 3 (between 1 and 5 required)', expected: '>= 1 and <= 5' },
];

const findingCases: Case[] = [
  { name: 'over budget', check: { type: 'findings', kind: 'catch.generic', max: 10 }, findings: findingsOf('catch.generic', 12), passed: false, message: '12 catch.generic findings; at most 10 allowed', expected: '<= 10 findings' },
  { name: 'within budget', check: { type: 'findings', kind: 'catch.generic', max: 10 }, findings: findingsOf('catch.generic', 3), passed: true, message: '3 catch.generic findings, within the budget of 10' },
  { name: 'one over a zero budget', check: { type: 'findings', kind: 'docker.root-user', max: 0 }, findings: findingsOf('docker.root-user', 1), passed: false, message: '1 docker.root-user finding; none allowed' },
  { name: 'none against a zero budget, other kinds ignored', check: { type: 'findings', kind: 'docker.root-user', max: 0 }, findings: findingsOf('catch.empty', 4), passed: true, message: 'no docker.root-user findings' },
];

const existsCases: Case[] = [
  { name: 'case-insensitive match at the root', check: { type: 'exists', globs: ['README*'] }, paths: ['src/app.py', 'Readme.md'], passed: true, message: 'found Readme.md', expected: 'a file matching README*' },
  { name: 'not in a subfolder', check: { type: 'exists', globs: ['README*'] }, paths: ['docs/README.md'], passed: false, message: 'no file matches README*' },
  { name: 'any of several globs', check: { type: 'exists', globs: ['LICENSE*', 'LICENCE*', 'COPYING*'] }, paths: ['COPYING'], passed: true, message: 'found COPYING' },
  { name: 'none of several globs', check: { type: 'exists', globs: ['LICENSE*', 'LICENCE*', 'COPYING*'] }, paths: [], passed: false, message: 'no file matches LICENSE*, LICENCE* or COPYING*' },
  { name: 'dot folders', check: { type: 'exists', globs: ['SECURITY.md', '.github/SECURITY.md'] }, paths: ['.github/security.md'], passed: true, message: 'found .github/security.md' },
];

describe.each([
  ['metric', metricCases],
  ['findings', findingCases],
  ['exists', existsCases],
])('%s check', (_type, cases) => {
  it.each(cases)('$name', (testCase) => {
    const outcome = run(testCase);
    expect({ passed: outcome.status === 'pass', message: outcome.message }).toEqual({ passed: testCase.passed, message: testCase.message });
    if (testCase.expected !== undefined) expect(outcome.evidence.expected).toBe(testCase.expected);
  });
});

describe('exists check against minimatch', () => {
  // The check compiles globs to regular expressions; it must find what minimatch's own match() finds.
  const globs = ['README*', '**/Dockerfile*', '.github/workflows/*.y?(a)ml', 'docs/**/*.md', '{src,lib}/**/health*.ts', '[Rr]elease*', '*.{yml,yaml}', '!README*', 'a/**', '**'];
  const paths = ['README.md', 'readme', 'docs/README.md', 'Dockerfile', 'deploy/Dockerfile.prod', '.github/workflows/ci.yaml', '.github/workflows/ci.yml', '.github/workflows/sub/ci.yml', 'docs/a/b.MD', 'src/x/health-check.ts', 'lib/Health.ts', 'release-notes', 'compose.yml', 'a/.hidden/x', '.env'];
  it.each(globs)('%s', (glob) => {
    for (const path of paths) {
      const outcome = runCheck({ type: 'exists', globs: [glob] }, { evidence: evidenceWith({}, []), paths: [path] });
      expect({ path, passed: outcome.status === 'pass' }).toEqual({ path, passed: new Minimatch(glob, { nocase: true, dot: true }).match(path) });
    }
  });
});

describe('firstFindings', () => {
  test.prop([fc.array(fc.record({ file: fc.constantFrom('a.py', 'b.py', 'c/d.py'), line: fc.integer({ min: 0, max: 4 }), column: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), message: fc.string() })), fc.integer({ min: 0, max: 25 })])(
    'is the sorted findings cut to the limit, ties in their order',
    (places, limit) => {
      const findings = places.map((place, index) => ({ ...place, kind: 'todo.comments', message: `${index}` }));
      expect(firstFindings(findings, limit)).toEqual(sortFindings(findings).slice(0, limit));
    },
  );
});

describe('check evidence', () => {
  it('keeps the first 20 findings of the kind by file then line, and counts them all', () => {
    const findings = [...findingsOf('catch.generic', 25), ...findingsOf('todo.comments', 5)];
    const outcome = runCheck({ type: 'findings', kind: 'catch.generic', max: 10 }, { evidence: evidenceWith({}, findings), paths: [] });
    expect(outcome.evidence.findingCount).toBe(25);
    expect(outcome.evidence.actual).toBe(25);
    expect(outcome.evidence.metric).toBe('catch.generic');
    expect(outcome.evidence.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'src/file-0.py:1', 'src/file-0.py:4', 'src/file-0.py:7', 'src/file-0.py:10', 'src/file-0.py:13',
      'src/file-0.py:16', 'src/file-0.py:19', 'src/file-0.py:22', 'src/file-0.py:25',
      'src/file-1.py:3', 'src/file-1.py:6', 'src/file-1.py:9', 'src/file-1.py:12', 'src/file-1.py:15',
      'src/file-1.py:18', 'src/file-1.py:21', 'src/file-1.py:24',
      'src/file-2.py:2', 'src/file-2.py:5', 'src/file-2.py:8',
    ]);
  });

  it('shows the findings behind a metric that is too high, and none behind one that is too low', () => {
    const findings = findingsOf('compose.services', 7);
    const tooHigh = runCheck({ type: 'metric', metric: 'compose.services', max: 5 }, { evidence: evidenceWith({ 'compose.services': 7 }, findings), paths: [] });
    expect(tooHigh.evidence.findingCount).toBe(7);
    const tooLow = runCheck({ type: 'metric', metric: 'compose.services', min: 9 }, { evidence: evidenceWith({ 'compose.services': 7 }, findings), paths: [] });
    expect(tooLow.evidence).toEqual({ metric: 'compose.services', actual: 7, expected: '>= 9', findings: [], findingCount: 0 });
  });

  it('counts the findings of each evidence on its own, whichever was checked before', () => {
    const findings = [...findingsOf('catch.generic', 4), ...findingsOf('todo.comments', 2)];
    const budget: Check = { type: 'findings', kind: 'catch.generic', max: 10 };
    expect(runCheck(budget, { evidence: evidenceWith({}, findings), paths: [] }).evidence.findingCount).toBe(4);
    expect(runCheck({ ...budget, kind: 'todo.comments' }, { evidence: evidenceWith({}, findings), paths: [] }).evidence.findingCount).toBe(2);
    const other = findingsOf('catch.generic', 12);
    expect(runCheck(budget, { evidence: evidenceWith({}, other), paths: [] }).evidence.findingCount).toBe(12);
    expect(runCheck(budget, { evidence: evidenceWith({}, findings), paths: [] }).evidence.findingCount).toBe(4);
  });

  it('registers the check types in sorted order', () => {
    expect(Object.keys(CHECKS)).toEqual(['delta', 'exists', 'findings', 'metric', 'new']);
    for (const [type, definition] of Object.entries(CHECKS)) expect(definition.type).toBe(type);
  });
});
