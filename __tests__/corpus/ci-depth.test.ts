// CI depth on real workflows from ../shared/corpus/workflows: job purposes, pull-request triggers and
// deploy jobs without tests. Skips when the corpus is absent, like corpus.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ciWorkflows } from '../../src/collectors/ci-workflows.js';
import { describeFile } from '../../src/inventory/classify.js';
import type { Finding } from '../../src/evidence.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/workflows');

function run(name: string): Finding[] {
  return ciWorkflows.collect(describeFile(`.github/workflows/${name}`), readFileSync(path.join(corpus, name), 'utf8'));
}

function lines(findings: Finding[], kind: string): Array<[number, string]> {
  return findings.filter((finding) => finding.kind === kind).map((finding) => [finding.line, finding.message]);
}

describe.skipIf(!existsSync(corpus))('corpus: CI depth', () => {
  it("gin trivy-scan: a Trivy scan that runs on pull requests", () => {
    const findings = run('gin-gonic__gin__trivy-scan.yml');
    expect(lines(findings, 'ci.pr-workflows')).toEqual([[3, 'workflow `Trivy Security Scan` runs on pull requests (`pull_request`)']]);
    expect(lines(findings, 'ci.security-scan-jobs')).toEqual([[30, 'job `trivy-scan` runs a security scan: `aquasecurity/trivy-action@v0.36.0`']]);
    expect(lines(findings, 'ci.security-scans-on-pr')).toEqual([[30, 'job `trivy-scan` scans pull requests: `aquasecurity/trivy-action@v0.36.0`']]);
  });

  it('express codeql: CodeQL analyze pinned by sha, on pull requests', () => {
    expect(lines(run('expressjs__express__codeql.yml'), 'ci.security-scans-on-pr')).toEqual([
      [74, 'job `analyze` scans pull requests: `github/codeql-action/analyze@7211b7c8077ea37d8641b6271f6a365a22a5fbfa`'],
    ]);
  });

  it('express ci: the lint job lints; nothing deploys', () => {
    const findings = run('expressjs__express__ci.yml');
    expect(lines(findings, 'ci.lint-jobs')).toEqual([[42, 'job `lint` lints: `npm run lint`']]);
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([]);
  });

  it('flask publish: builds, then releases and publishes to PyPI without tests in the workflow', () => {
    const findings = run('pallets__flask__publish.yaml');
    expect(lines(findings, 'ci.pr-workflows')).toEqual([]);
    expect(lines(findings, 'ci.build-jobs')).toEqual([[26, 'job `build` builds: `uv build`']]);
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([
      [44, 'job `create-release` deploys: `gh release create --draft --repo ${GITHUB_REPOSITORY} ${GITHUB_REF_NAME} dist/*`'],
      [49, 'job `publish-pypi` deploys: `environment: publish`'],
    ]);
    expect(lines(findings, 'ci.deploy-without-tests')).toEqual([
      [33, 'deploy job `create-release` runs no tests, nor does any job it needs (`build`)'],
      [47, 'deploy job `publish-pypi` runs no tests, nor does any job it needs (`build`)'],
    ]);
  });

  it('fastapi deploy: one job builds the frontend and deploys with `fastapi deploy`, no tests', () => {
    const findings = run('fastapi__full-stack-fastapi-template__deploy.yml');
    expect(lines(findings, 'ci.build-jobs')).toEqual([[33, 'job `deploy` builds: `bun run --filter frontend build`']]);
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([[51, 'job `deploy` deploys: `uv run fastapi deploy`']]);
    expect(lines(findings, 'ci.deploy-without-tests')).toEqual([[15, 'deploy job `deploy` runs no tests and needs no job that does']]);
  });

  it('microservices-demo deploy-pr: a workflow_run deploy that checks the conclusion is gated', () => {
    const findings = run('GoogleCloudPlatform__microservices-demo__deploy-pr.yaml');
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([[31, 'job `deployment-tests` deploys: `environment: gke-staging`']]);
    expect(lines(findings, 'ci.deploy-without-tests')).toEqual([]);
  });

  it('docker compose ci: the release job needs the test jobs; bake builds', () => {
    const findings = run('docker__compose__ci.yml');
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([[372, 'job `release` deploys: `softprops/action-gh-release@3d0d9888cb7fd7b750713d6e236d1fcb99157228`']]);
    expect(lines(findings, 'ci.deploy-without-tests')).toEqual([]);
    expect(lines(findings, 'ci.build-jobs').map(([line]) => line)).toEqual([147, 257]);
  });

  it('miniflux docker: build-push-action pushes on some events, so the job deploys', () => {
    const findings = run('miniflux__v2__docker.yml');
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([[84, 'job `docker-images` deploys: `docker/build-push-action@53b7df96c91f9c12dcc8a07bcb9ccacbed38856a`']]);
    expect(lines(findings, 'ci.deploy-without-tests')).toEqual([[14, 'deploy job `docker-images` runs no tests and needs no job that does']]);
  });

  it('buildkit: a bake target named govulncheck is a security scan, not a build', () => {
    const findings = run('moby__buildkit__buildkit.yml');
    expect(lines(findings, 'ci.security-scan-jobs')).toEqual([[155, 'job `govulncheck` runs a security scan: `docker/bake-action@d3418bd7d0e9324001bca92fa8ba175ea7e6dc9b`']]);
    expect(lines(findings, 'ci.build-jobs')).toEqual([]);
  });

  it('sympy runtests: ruff and mypy lint, python -m build builds, the docs deploy', () => {
    const findings = run('sympy__sympy__runtests.yml');
    expect(lines(findings, 'ci.lint-jobs')).toEqual([
      [42, 'job `code-quality` lints: `ruff check sympy`'],
      [87, 'job `mypy` lints: `mypy sympy`'],
      [105, 'job `mypy-flint` lints: `mypy sympy`'],
    ]);
    expect(lines(findings, 'ci.build-jobs')).toEqual([[555, 'job `sdist-check` builds: `python -m build --sdist`']]);
    expect(lines(findings, 'ci.deploy-jobs')).toEqual([
      [517, 'job `sphinx-deploy` deploys: `JamesIves/github-pages-deploy-action@d92aa235d04922e8f08b40ce78cc5442fcfbfa2f`'],
    ]);
  });

  it('typescript-eslint: jobs that take `environment:` from an expression do not deploy', () => {
    expect(lines(run('typescript-eslint__typescript-eslint__ci.yml'), 'ci.deploy-jobs')).toEqual([]);
    expect(lines(run('microsoft__playwright__tests_primary.yml'), 'ci.deploy-jobs')).toEqual([]);
  });

  it('scorecard action: the scan runs on push and schedule, not on pull requests', () => {
    const findings = run('ossf__scorecard-action__scorecards.yml');
    expect(lines(findings, 'ci.security-scan-jobs')).toEqual([[25, 'job `analysis` runs a security scan: `ossf/scorecard-action@main`']]);
    expect(lines(findings, 'ci.security-scans-on-pr')).toEqual([]);
  });

  it('ripgrep release and okhttp publish deploy without tests; uv build-docker pushes images after a plan job', () => {
    expect(lines(run('BurntSushi__ripgrep__release.yml'), 'ci.deploy-without-tests').map(([line]) => line)).toEqual([19, 44, 300]);
    expect(lines(run('square__okhttp__build.yml'), 'ci.deploy-without-tests')).toEqual([[21, 'deploy job `publish` runs no tests and needs no job that does']]);
    expect(lines(run('astral-sh__uv__build-docker.yml'), 'ci.deploy-without-tests')).toEqual([
      [129, 'deploy job `docker-publish-base` runs no tests, nor does any job it needs (`docker-plan`)'],
      [228, 'deploy job `docker-publish-extra` runs no tests, nor does any job it needs (`docker-plan`, `docker-publish-base`)'],
    ]);
  });

  it('counts across the corpus stay as reviewed', () => {
    const names = ['pr-workflows', 'lint-jobs', 'build-jobs', 'security-scan-jobs', 'deploy-jobs', 'security-scans-on-pr', 'deploy-without-tests'];
    const totals = Object.fromEntries(names.map((name) => [name, 0]));
    for (const name of readdirSync(corpus)) {
      for (const finding of run(name)) {
        const metric = finding.kind.replace(/^ci\./, '');
        if (metric in totals) totals[metric] = (totals[metric] ?? 0) + 1;
      }
    }
    expect(totals).toEqual({
      'pr-workflows': 40,
      'lint-jobs': 15,
      'build-jobs': 35,
      'security-scan-jobs': 6,
      'deploy-jobs': 20,
      'security-scans-on-pr': 5,
      'deploy-without-tests': 13,
    });
  });
});

