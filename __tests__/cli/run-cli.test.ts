import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { VERSION } from '../../src/version.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';

async function cli(argv: string[], cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => (stderr += text),
    cwd,
    color: false,
  });
  return { status, stdout, stderr };
}

const READY = {
  'README.md': '# x\n',
  'app.py': 'def f():\n    pass\n',
  'test_app.py': 'def test_one():\n    assert True\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
};

describe('readiness-gate check', () => {
  it('exits 0 on a ready repository and prints a text report', async () => {
    const { status, stdout, stderr } = await cli(['check', makeTempRepo(READY)]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('readiness gate passed');
  });

  it('exits 1 when an error-level rule fails, and names it', async () => {
    const { status, stdout } = await cli(['check', makeTempRepo({ 'app.py': 'x = 1\n' })]);
    expect(status).toBe(1);
    expect(stdout).toContain('tests-present');
    expect(stdout).toContain('ci-present');
  });

  it('prints one JSON object with the documented top-level keys', async () => {
    const { status, stdout } = await cli(['check', makeTempRepo(READY), '--format', 'json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'schemaVersion',
      'tool',
      'verdict',
      'score',
      'counts',
      'failOn',
      'rules',
      'results',
      'inventory',
      'metrics',
      'byLanguage',
      'findings',
    ]);
    expect(report.tool).toEqual({ name: 'readiness-gate', version: VERSION });
    expect(report.metrics['tests.cases']).toBe(1);
    expect(report.metrics['stubs.placeholder']).toBe(1);
    expect(report.byLanguage.python['tests.files']).toBe(1);
    expect(report.rules.source).toBe('built-in:recommended');
  });

  it('--fail-on warning fails on a warning; --fail-on never always passes', async () => {
    const noReadme = makeTempRepo(Object.fromEntries(Object.entries(READY).filter(([p]) => p !== 'README.md')));
    expect((await cli(['check', noReadme])).status).toBe(0);
    expect((await cli(['check', noReadme, '--fail-on', 'warning'])).status).toBe(1);
    expect((await cli(['check', makeTempRepo({ 'a.py': '' }), '--fail-on', 'never'])).status).toBe(0);
  });

  it('exits 2 with located messages for an invalid rule file', async () => {
    const repo = makeTempRepo({ ...READY, '.github/readiness.yml': 'rules:\n  tests-present:\n    level: eror\n    mn: 1\n' });
    const { status, stderr } = await cli(['check', repo]);
    expect(status).toBe(2);
    expect(stderr).toContain('.github/readiness.yml:3:12 rules.tests-present.level');
    expect(stderr).toContain('.github/readiness.yml:4:5 rules.tests-present.mn');
  });

  it.each([
    [['check', '--format', 'xml'], '--format: "xml" is not allowed; use text, json, markdown'],
    [['check', '--fail-on', 'sometimes'], '--fail-on: "sometimes" is not allowed; use error, warning, never'],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['scan'], 'unknown command "scan"'],
    [[], 'a command is required'],
    [['check', 'a', 'b'], 'unexpected argument "b"'],
    [['check', '--max-file-size', '0'], '--max-file-size: "0" is not a positive whole number of bytes'],
    [['check', '--time-budget', 'soon'], '--time-budget: "soon" is not a number of seconds'],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const { status, stderr } = await cli(argv);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: readiness-gate check');
  });

  it('exits 2 when the folder does not exist', async () => {
    const { status, stderr } = await cli(['check', 'no/such/folder']);
    expect(status).toBe(2);
    expect(stderr).toBe('readiness-gate: no/such/folder is not a folder; give the repository folder to scan\n');
  });

  it('marks a scan cut by --time-budget incomplete and fails the gate (unless --fail-on never)', async () => {
    const repo = makeTempRepo(READY);
    const cut = await cli(['check', repo, '--time-budget', '0', '--format', 'json']);
    expect(cut.status).toBe(1);
    const report = JSON.parse(cut.stdout);
    expect(report.incomplete.reason).toBe('time budget');
    expect(report.incomplete.unscanned).toBeGreaterThan(0);
    expect(report.verdict).toBe('fail');
    expect(cut.stderr).toContain('the scan stopped at its time budget');
    expect((await cli(['check', repo, '--time-budget', '0', '--fail-on', 'never'])).status).toBe(0);
    expect((await cli(['check', repo])).status).toBe(0);
  });

  it('--output writes the JSON report too', async () => {
    const repo = makeTempRepo(READY);
    await cli(['check', '.', '--output', 'out.json'], repo);
    expect(JSON.parse(readFileSync(path.join(repo, 'out.json'), 'utf8')).verdict).toBe('pass');
  });

  it('--cache reuses the findings of unchanged tracked files, with the same report, in pull-request mode too', async () => {
    const repo = makeTempRepo(READY);
    git(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(repo, 'app.py'), 'def f():\n    try:\n        g()\n    except Exception:\n        pass\n');
    git(repo, 'commit', '-q', '-am', 'catch');
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'readiness-cli-cache-')), 'scan-cache.jsonl');
    const plain = await cli(['check', repo, '--base', 'main', '--format', 'json']);
    const first = await cli(['check', repo, '--base', 'main', '--format', 'json', '--cache', cache, '--debug']);
    const second = await cli(['check', repo, '--base', 'main', '--format', 'json', '--cache', cache, '--debug']);
    expect(first.stderr).toContain('debug: scan cache: the findings of 0 of 4 listed files came from it');
    expect(second.stderr).toContain('debug: scan cache: the findings of 4 of 4 listed files came from it');
    expect(second.stdout).toBe(plain.stdout);
    expect(first.stdout).toBe(plain.stdout);
    expect(JSON.parse(second.stdout).change.newFindings.map((finding: { kind: string }) => finding.kind)).toContain('catch.generic');
  });

  it('--cache needs a file', async () => {
    const { status, stderr } = await cli(['check', makeTempRepo(READY), '--cache', '']);
    expect(status).toBe(2);
    expect(stderr).toContain('readiness-gate: --cache: give the file to keep the cache in');
  });

  it('the bundled dist/cli.js runs the same check', () => {
    const result = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', makeTempRepo(READY), '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).metrics['tests.cases']).toBe(1);
  });

  it('the bundled dist/cli.js keeps a scan cache named after its own code', () => {
    const repo = makeTempRepo(READY);
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'readiness-cli-cache-')), 'scan-cache.jsonl');
    const run = () => spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'check', repo, '--cache', cache, '--debug'], { encoding: 'utf8' });
    expect(run().stderr).toContain('the findings of 0 of 4 listed files');
    expect(run().stderr).toContain('the findings of 4 of 4 listed files');
    expect(readFileSync(cache, 'utf8')).toMatch(/^\{"format":"readiness-gate scan cache 1","identity":"[0-9a-f]{64} max-file-bytes=1048576 collectors=/);
  });
});

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
