import { describe, expect, it } from 'vitest';
import { ciWorkflows } from '../../../src/collectors/ci-workflows.js';
import { describeFile } from '../../../src/inventory/classify.js';
import type { Finding } from '../../../src/evidence.js';

function collect(lines: string[]): Finding[] {
  return ciWorkflows.collect(describeFile('.github/workflows/ci.yml'), lines.join('\n'));
}

function ofKind(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

describe('ci.pr-workflows', () => {
  it.each([
    ['a string', ['on: pull_request'], [[1, 'workflow `ci.yml` runs on pull requests (`pull_request`)']]],
    ['a list', ['on: [push, pull_request_target]'], [[1, 'workflow `ci.yml` runs on pull requests (`pull_request_target`)']]],
    ['a map', ['name: CI', 'on:', '  push:', '    branches: [main]', '  pull_request:', '    paths: ["src/**"]'], [[2, 'workflow `CI` runs on pull requests (`pull_request`)']]],
    ['push only', ['on:', '  push:', '  schedule:', '    - cron: "0 0 * * *"'], []],
    ['a merge queue only', ['on: [merge_group]'], []],
    ['no on key', ['jobs: {}'], []],
  ])('on: as %s', (_shape, lines, expected) => {
    expect(ofKind(collect([...lines, 'jobs: {}']), 'ci.pr-workflows')).toEqual(expected);
  });

  it('keeps every event in data', () => {
    const finding = collect(['on: [push, pull_request, merge_group]', 'jobs: {}']).find((f) => f.kind === 'ci.pr-workflows');
    expect(finding?.data).toEqual({ workflow: 'ci.yml', events: 'push,pull_request,merge_group' });
  });
});

describe('job purposes', () => {
  it('finds each purpose once per job, at the first step that shows it, with job, workflow, purpose and by', () => {
    const findings = collect([
      'name: CI',
      'on: [pull_request]',
      'jobs:',
      '  checks:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      '        node: [20, 22]',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: npm run lint',
      '      - run: npx eslint .',
      '      - uses: github/codeql-action/init@v3',
      '      - uses: github/codeql-action/analyze@v3',
      '      - run: npm run build',
    ]);
    expect(ofKind(findings, 'ci.lint-jobs')).toEqual([[11, 'job `checks` lints: `npm run lint`']]);
    expect(ofKind(findings, 'ci.security-scan-jobs')).toEqual([[14, 'job `checks` runs a security scan: `github/codeql-action/analyze@v3`']]);
    expect(ofKind(findings, 'ci.security-scans-on-pr')).toEqual([[14, 'job `checks` scans pull requests: `github/codeql-action/analyze@v3`']]);
    expect(ofKind(findings, 'ci.build-jobs')).toEqual([[15, 'job `checks` builds: `npm run build`']]);
    expect(findings.find((f) => f.kind === 'ci.lint-jobs')?.data).toEqual({ job: 'checks', workflow: 'CI', purpose: 'lint', by: 'npm run lint' });
  });

  it('counts a security scan on pull requests only when the workflow runs on them or on a merge queue', () => {
    const scan = ['jobs:', '  scan:', '    steps:', '      - uses: aquasecurity/trivy-action@0.28.0'];
    expect(ofKind(collect(['on: push', ...scan]), 'ci.security-scans-on-pr')).toEqual([]);
    expect(ofKind(collect(['on: merge_group', ...scan]), 'ci.security-scans-on-pr')).toEqual([
      [5, 'job `scan` scans pull requests: `aquasecurity/trivy-action@0.28.0`'],
    ]);
  });

  it.each([
    ['a literal name', ['    environment: production'], [[4, 'job `ship` deploys: `environment: production`']]],
    ['a name in a map', ['    environment:', '      name: publish', '      url: https://pypi.org/p/x'], [[4, 'job `ship` deploys: `environment: publish`']]],
    ['deployment: false', ['    environment:', '      name: secrets', '      deployment: false'], []],
    ['an expression', ["    environment: ${{ github.ref == 'refs/heads/main' && 'main' || '' }}"], []],
  ])('reads a deploy from environment as %s', (_shape, environment, expected) => {
    const findings = collect(['on: push', 'jobs:', '  ship:', ...environment, '    steps:', '      - run: echo hi']);
    expect(ofKind(findings, 'ci.deploy-jobs')).toEqual(expected);
  });

  it('classifies a call to a known reusable workflow at its uses line', () => {
    const findings = collect(['on: pull_request', 'jobs:', '  osv:', '    uses: google/osv-scanner-action/.github/workflows/osv-scanner-reusable.yml@v2']);
    expect(ofKind(findings, 'ci.security-scan-jobs')).toEqual([
      [4, 'job `osv` runs a security scan: `google/osv-scanner-action/.github/workflows/osv-scanner-reusable.yml@v2`'],
    ]);
  });

  it('reads `${{ env.NAME }}` in commands like the test detector', () => {
    const findings = collect(['on: push', 'env:', '  KUBECTL: kubectl', 'jobs:', '  d:', '    steps:', '      - run: ${{ env.KUBECTL }} apply -f k8s']);
    expect(ofKind(findings, 'ci.deploy-jobs')).toEqual([[7, 'job `d` deploys: `kubectl apply -f k8s`']]);
  });
});

describe('ci.deploy-without-tests', () => {
  const chain = (deployNeeds: string): string[] => [
    'on: push',
    'jobs:',
    '  a:',
    '    steps:',
    '      - run: pytest',
    '  b:',
    '    needs: a',
    '    steps:',
    '      - run: python -m build',
    '  c:',
    `    needs: ${deployNeeds}`,
    '    environment: production',
    '    steps:',
    '      - run: twine upload dist/*',
  ];

  it('accepts a deploy that needs tests transitively (a → b → c)', () => {
    const findings = collect(chain('[b]'));
    expect(ofKind(findings, 'ci.deploy-jobs')).toEqual([[12, 'job `c` deploys: `environment: production`']]);
    expect(ofKind(findings, 'ci.deploy-without-tests')).toEqual([]);
  });

  it('reports a deploy whose needs run no tests, at its job key', () => {
    const lines = chain('b');
    lines.splice(3, 2, '    steps:', '      - run: npm ci');
    const findings = collect(lines);
    expect(ofKind(findings, 'ci.deploy-without-tests')).toEqual([[10, 'deploy job `c` runs no tests, nor does any job it needs (`b`, `a`)']]);
    expect(findings.find((f) => f.kind === 'ci.deploy-without-tests')?.data).toEqual({ job: 'c', workflow: 'ci.yml', needs: 'b,a' });
  });

  it('reports a deploy that needs nothing, and accepts one that runs tests itself', () => {
    const findings = collect([
      'on: push',
      'jobs:',
      '  ship:',
      '    steps:',
      '      - run: helm upgrade --install web ./chart',
      '  tested:',
      '    steps:',
      '      - run: go test ./...',
      '      - run: docker push org/app',
    ]);
    expect(ofKind(findings, 'ci.deploy-without-tests')).toEqual([[3, 'deploy job `ship` runs no tests and needs no job that does']]);
  });

  it('ignores unknown needs and cycles without looping', () => {
    const findings = collect(['on: push', 'jobs:', '  x:', '    needs: [y, ghost]', '  y:', '    needs: x', '    steps:', '      - run: docker push a']);
    expect(ofKind(findings, 'ci.deploy-without-tests')).toEqual([[5, 'deploy job `y` runs no tests, nor does any job it needs (`x`)']]);
  });

  it('trusts a reusable workflow in the chain, since one file cannot show what it runs', () => {
    const findings = collect(['on: push', 'jobs:', '  test:', '    uses: ./.github/workflows/test.yml', '  ship:', '    needs: test', '    steps:', '      - run: npm publish']);
    expect(ofKind(findings, 'ci.deploy-without-tests')).toEqual([]);
  });

  it('trusts a workflow_run gate only when the conclusion is checked', () => {
    const gated = (condition: string): Finding[] =>
      collect(['on:', '  workflow_run:', '    workflows: [CI]', '    types: [completed]', 'jobs:', '  ship:', `    if: ${condition}`, '    steps:', '      - run: flyctl deploy']);
    expect(ofKind(gated("github.event.workflow_run.conclusion == 'success'"), 'ci.deploy-without-tests')).toEqual([]);
    expect(ofKind(gated("github.event.workflow_run.event == 'push'"), 'ci.deploy-without-tests')).toEqual([
      [6, 'deploy job `ship` runs no tests and needs no job that does'],
    ]);
  });
});
