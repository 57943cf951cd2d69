import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { FAKE_TOKEN, runActionBundle } from '../helpers/run-action-bundle.js';

const READY_REPOSITORY = {
  'README.md': '# Service\n',
  'LICENSE': 'MIT\n',
  'SECURITY.md': 'Report problems to security@example.com\n',
  'src/service.py': 'def handler(event):\n    try:\n        return event["x"]\n    except Exception:\n        return None\n',
  'tests/test_service.py':
    'from src.service import handler\n\ndef test_handler():\n    assert handler({"x": 1}) == 1\n\ndef test_missing():\n    assert handler({}) is None\n',
  '.github/workflows/ci.yml':
    'name: CI\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: python -m pytest -q\n',
  'Dockerfile':
    'FROM python:3.13-slim\nCOPY . /app\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/health\nCMD ["python", "-m", "src.service"]\n',
};

describe('the action bundle, run as the runner runs it', () => {
  it('passes a ready repository on push and reports outputs, summary and the JSON report', async () => {
    const run = await runActionBundle(makeTempRepo(READY_REPOSITORY));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(Number(run.outputs.score)).toBeGreaterThan(90);
    expect(run.outputs.errors).toBe('0');
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.metrics['tests.cases']).toBe(2);
    expect(report.metrics['catch.generic']).toBe(1);
    expect(report.metrics['ci.test-jobs']).toBe(1);
    expect(report.verdict).toBe('pass');
    expect(run.summary).toContain('passed');
    expect(run.stdout).toContain(`::add-mask::${FAKE_TOKEN}`);
    expect(run.stdout.split(FAKE_TOKEN).length).toBe(2);
    expect(run.stdout).not.toMatch(/^::error/m);
  });

  it('keeps the scan-cache file between runs, with the same report, and refuses one that git tracks', async () => {
    const workspace = makeTempRepo(READY_REPOSITORY);
    const cacheFolder = mkdtempSync(path.join(tmpdir(), 'readiness-action-cache-'));
    const report = path.join(cacheFolder, 'report.json');
    const inputs = { 'INPUT_SCAN-CACHE': path.join(cacheFolder, 'scan-cache.jsonl'), 'INPUT_REPORT-PATH': report };
    const first = await runActionBundle(workspace, inputs);
    const firstReport = readFileSync(report, 'utf8');
    const second = await runActionBundle(workspace, inputs);
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(second.stdout).toContain('::debug::scan cache: the findings of 7 of 7 listed files came from it');
    expect(readFileSync(report, 'utf8')).toBe(firstReport);

    writeFileSync(path.join(workspace, 'cache.jsonl'), readFileSync(inputs['INPUT_SCAN-CACHE']));
    git(workspace, 'add', 'cache.jsonl');
    git(workspace, 'commit', '-q', '-m', 'a cache in the commit');
    const tracked = await runActionBundle(workspace, { 'INPUT_SCAN-CACHE': 'cache.jsonl' });
    expect(tracked.summary).toContain('the scan cache cache.jsonl was not used: git tracks it, so a commit could forge it');
  });

  it('fails a repository without tests or CI, naming the rules, with error annotations and one setFailed', async () => {
    const run = await runActionBundle(makeTempRepo({ 'README.md': '# x\n', 'app.py': 'print(1)\n' }));
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['failed-rules']?.split(',')).toEqual(expect.arrayContaining(['tests-present', 'ci-present']));
    const failures = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(failures).toEqual(['::error::readiness gate failed: 2 errors (tests-present, ci-present)']);
    expect(run.summary).toContain('tests-present');
    expect(run.summary).toContain('ci-present');
  });

  it('keeps workflow commands hidden in repository text out of the log', async () => {
    const hostile = {
      ...READY_REPOSITORY,
      'src/evil.py': '# TODO ::error::pwned\n# FIXME ##[error]pwned too\nx = 1\n',
      '.github/readiness.yml': 'extends: recommended\nrules:\n  todo-comments:\n    max: 0\n',
    };
    const run = await runActionBundle(makeTempRepo(hostile));
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const stop = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[stop]?.slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    expect(stop).toBeGreaterThanOrEqual(0);
    expect(resume).toBeGreaterThan(stop);
    const outsideBlock = [...lines.slice(0, stop), ...lines.slice(resume + 1)];
    expect(outsideBlock.some((line) => line.startsWith('::notice file=src/evil.py,line=1,'))).toBe(true);
    expect(outsideBlock.filter((line) => line.startsWith('::error'))).toEqual([]);
    expect(outsideBlock.filter((line) => line.includes('##[error]'))).toEqual([]);
  });

  it('fails with located messages in the summary when the rule file is invalid', async () => {
    const run = await runActionBundle(
      makeTempRepo({ ...READY_REPOSITORY, '.github/readiness.yml': 'extends: recommended\nrules:\n  tests-present:\n    level: eror\n' }),
    );
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary).toContain('.github/readiness.yml:4:12 rules.tests-present.level');
    expect(run.stdout).toMatch(/^::error::readiness-gate: the rule file has problems/m);
  });

  it('rejects an invalid input with a message naming it', async () => {
    const run = await runActionBundle(makeTempRepo(READY_REPOSITORY), { 'INPUT_FAIL-ON': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.summary).toContain('input fail-on: "sometimes" is not allowed; use error, warning or never');
  });
});
