import { describe, expect, it } from 'vitest';
import { ciWorkflows } from '../../../src/collectors/ci-workflows.js';
import { describeFile } from '../../../src/inventory/classify.js';
import type { Finding } from '../../../src/evidence.js';

function collect(text: string, path = '.github/workflows/ci.yml'): Finding[] {
  return ciWorkflows.collect(describeFile(path), text);
}

function ofKind(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

describe('ciWorkflows.wants', () => {
  it.each([
    ['.github/workflows/ci.yml', true],
    ['.github/workflows/release.yaml', true],
    ['.github/workflows/nested/ci.yml', false],
    ['.github/workflows/README.md', false],
    ['.github/actions/setup/action.yml', false],
    ['packages/web/.github/workflows/ci.yml', false],
  ])('%s → %s', (path, wanted) => {
    expect(ciWorkflows.wants(describeFile(path))).toBe(wanted);
  });
});

describe('ciWorkflows.collect', () => {
  it('counts the workflow, its jobs, and the jobs that run tests', () => {
    const findings = collect(
      [
        'name: CI',
        'on: push',
        'jobs:',
        '  lint:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: npm ci',
        '      - run: npm run lint',
        '  test:',
        '    runs-on: ${{ matrix.os }}',
        '    strategy:',
        '      matrix:',
        '        os: [ubuntu-latest, windows-latest]',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: npm install',
        '      - name: Test',
        '        run: |',
        '          # pytest is not run here',
        '          echo pytest',
        '          cd packages/api && npm test',
        '      - run: npm run test:e2e',
      ].join('\n'),
    );
    expect(ofKind(findings, 'ci.workflows')).toEqual([[1, 'GitHub Actions workflow `CI`']]);
    expect(ofKind(findings, 'ci.jobs')).toEqual([
      [4, 'job `lint`'],
      [9, 'job `test`'],
    ]);
    expect(ofKind(findings, 'ci.test-jobs')).toEqual([[18, 'job `test` runs tests: `npm test`']]);
    expect(findings.find((finding) => finding.kind === 'ci.jobs')?.data).toEqual({ job: 'lint', workflow: 'CI' });
  });

  it.each([
    ['a string', 'on: push'],
    ['a list', 'on: [push, pull_request]'],
    ['a map', 'on:\n  push:\n    branches: [main]\n  workflow_dispatch:'],
  ])('reads jobs whatever `on:` is (%s)', (_shape, on) => {
    const findings = collect(`${on}\njobs:\n  build:\n    steps:\n      - run: go test ./...\n`);
    expect(ofKind(findings, 'ci.test-jobs')).toEqual([[5 + on.split('\n').length - 1, 'job `build` runs tests: `go test ./...`']]);
  });

  it('uses the file name when the workflow has no name', () => {
    expect(ofKind(collect('on: push\njobs: {}\n', '.github/workflows/build.yaml'), 'ci.workflows')).toEqual([
      [1, 'GitHub Actions workflow `build.yaml`'],
    ]);
  });

  it('does not count a job that calls a reusable workflow as a test job', () => {
    const findings = collect(
      'on: push\njobs:\n  call:\n    uses: org/repo/.github/workflows/test.yml@v1\n    with:\n      run: pytest\n',
    );
    expect(ofKind(findings, 'ci.jobs')).toEqual([[3, 'job `call`']]);
    expect(ofKind(findings, 'ci.test-jobs')).toEqual([]);
  });

  it('follows anchors and merge keys into steps', () => {
    const findings = collect(
      [
        'on: push',
        'x-steps: &steps',
        '  - uses: actions/checkout@v4',
        '  - run: pytest',
        'x-job: &job',
        '  runs-on: ubuntu-latest',
        '  steps: *steps',
        'jobs:',
        '  unit:',
        '    <<: *job',
        '  other:',
        '    <<: *job',
        '    steps:',
        '      - run: make build',
      ].join('\n'),
    );
    expect(ofKind(findings, 'ci.test-jobs')).toEqual([[4, 'job `unit` runs tests: `pytest`']]);
  });

  it('reads `${{ env.NAME }}` from a literal env value', () => {
    const findings = collect('on: push\nenv:\n  CARGO: cargo\njobs:\n  t:\n    steps:\n      - run: ${{ env.CARGO }} test --all\n');
    expect(ofKind(findings, 'ci.test-jobs')).toEqual([[7, 'job `t` runs tests: `cargo test --all`']]);
  });

  it('counts an empty or all-comment workflow as a workflow without jobs', () => {
    expect(collect('')).toEqual([
      { kind: 'ci.workflows', file: '.github/workflows/ci.yml', line: 1, message: 'GitHub Actions workflow `ci.yml`', data: { name: 'ci.yml' } },
    ]);
    expect(ofKind(collect('# nothing yet\n# on: push\n'), 'ci.workflows')).toEqual([[1, 'GitHub Actions workflow `ci.yml`']]);
  });

  it('reports invalid YAML as a parse error with the line', () => {
    const findings = collect('name: CI\njobs:\n  test:\n    steps: [\n  other: 1\n');
    expect(ofKind(findings, 'ci.workflows')).toEqual([[1, 'GitHub Actions workflow `ci.yml`']]);
    const errors = findings.filter((finding) => finding.kind === 'parse.errors');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^invalid YAML: /);
    expect(errors[0]?.line).toBeGreaterThan(0);
  });

  it('reports an alias without an anchor at its line', () => {
    expect(ofKind(collect('on: push\njobs:\n  a:\n    steps: *steps\n  b:\n    steps: &steps []\n'), 'parse.errors')).toEqual([
      [4, 'invalid YAML: alias `*steps` names no anchor before it'],
    ]);
  });

  it('reports an alias bomb as a parse error quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    lines.push('jobs: *i');
    const started = Date.now();
    const findings = collect(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ofKind(findings, 'parse.errors')).toEqual([
      [0, 'invalid YAML: aliases expand to more than 100000 nodes (an alias bomb)'],
    ]);
  });

  it('accepts an anchor used many times, and reads 20,000 aliases in linear time', () => {
    const reused = ['on: push', 'x-step: &step', '  run: pytest', 'jobs:'];
    for (let job = 0; job < 150; job++) reused.push(`  job${job}:`, '    steps:', '      - *step');
    const findings = collect(reused.join('\n'));
    expect(ofKind(findings, 'parse.errors')).toEqual([]);
    expect(ofKind(findings, 'ci.test-jobs')).toHaveLength(150);

    const many = ['on: push', 'x: &a 1', 'jobs:', '  j:', '    steps:'];
    for (let step = 0; step < 20_000; step++) many.push('      - *a');
    const started = Date.now();
    expect(ofKind(collect(many.join('\n')), 'ci.jobs')).toEqual([[4, 'job `j`']]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never throws on hostile text', () => {
    for (const text of ['\u0000\u0001', ':::\n- - -', 'jobs: [1, 2]', 'jobs:\n  a: 5\n  b:\n    steps: 3', '*x', '\uFEFFname: x']) {
      expect(() => collect(text)).not.toThrow();
    }
  });
});
