// A pull request can add links to anything on the runner. None may put one byte of its target in any output.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { allFormats, cli, expectNoSecret, plantSecret } from './helpers.js';
import { mkfifoSync } from './mkfifo.js';

const READY = {
  'README.md': '# x\n',
  'app.py': 'def f():\n    return 1\n',
  'test_app.py': 'def test_one():\n    assert True\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
};

function skipped(stdout: string): Record<string, number> {
  return (JSON.parse(stdout) as { inventory: { skipped: Record<string, number> } }).inventory.skipped;
}

describe('symlinks in the scanned tree', () => {
  it('skips a file linked to a secret outside the repository, in git and walk listings', async () => {
    const secret = plantSecret();
    for (const useGit of [true, false]) {
      const root = makeTempRepo(READY, { git: useGit, symlinks: { 'leak.py': secret.file, 'tests/test_leak.py': secret.file } });
      const runs = await allFormats(root);
      expectNoSecret(runs, secret);
      expect(skipped(runs.json?.stdout ?? '')).toEqual({ symlink: 2 });
    }
  });

  it('never enters a folder linked outside the repository (src -> the secret folder, up -> ../../..)', async () => {
    const secret = plantSecret();
    writeFileSync(path.join(secret.folder, 'evil.py'), `# TODO ${secret.text}\n`);
    for (const useGit of [true, false]) {
      const root = makeTempRepo(READY, { git: useGit, symlinks: { src: secret.folder, up: '../../..' } });
      const runs = await allFormats(root);
      expectNoSecret(runs, secret);
      const report = JSON.parse(runs.json?.stdout ?? '');
      // Both listings name the links themselves (a walk never descends into them); lstat skips them.
      expect(report.inventory.skipped).toEqual({ symlink: 2 });
      expect(report.findings.filter((f: { file: string }) => f.file.startsWith('src') || f.file.startsWith('up'))).toEqual([]);
    }
  });

  it('skips a file whose parent folder git tracks but the work tree turned into a link', async () => {
    const secret = plantSecret();
    writeFileSync(path.join(secret.folder, 'evil.py'), `# TODO ${secret.text}\n`);
    const root = makeTempRepo({ ...READY, 'lib/evil.py': 'x = 1\n' });
    // The index still lists lib/evil.py; the folder on disk is now a link to the secret folder.
    git(root, 'rm', '-rq', '--cached', 'lib');
    git(root, 'add', 'lib/evil.py');
    rmSync(path.join(root, 'lib'), { recursive: true });
    symlinkSync(secret.folder, path.join(root, 'lib'));
    const runs = await allFormats(root);
    expectNoSecret(runs, secret);
    // lib/evil.py (tracked, under a linked folder) and lib itself (an untracked link).
    expect(skipped(runs.json?.stdout ?? '')).toEqual({ symlink: 2 });
  });

  it('does not read test or coverage reports that are links (report discovery)', async () => {
    const secret = plantSecret();
    const root = makeTempRepo(READY, {
      symlinks: { 'junit.xml': secret.file, 'coverage/lcov.info': secret.file, 'reports/TEST-a.xml': '/proc/self/environ' },
    });
    const runs = await allFormats(root);
    expectNoSecret(runs, secret);
    expect(JSON.parse(runs.json?.stdout ?? '').metrics['tests.reports'] ?? 0).toBe(0);
  });

  it('reads base contents of a pull request from git, never through a link the base commit held', async () => {
    const secret = plantSecret();
    const root = makeTempRepo(READY, { symlinks: { 'leak.py': secret.file, '.github/readiness.yml': path.join(secret.folder, 'readiness.yml') } });
    git(root, 'checkout', '-q', '-b', 'feature');
    rmSync(path.join(root, 'leak.py'));
    rmSync(path.join(root, '.github/readiness.yml'));
    writeFileSync(path.join(root, 'leak.py'), 'x = 1\n');
    writeFileSync(path.join(root, '.github/readiness.yml'), 'extends: recommended\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'links become files');
    const runs = await allFormats(root, ['--base', 'main']);
    expectNoSecret(runs, secret);
    const report = JSON.parse(runs.json?.stdout ?? '');
    expect(runs.json?.status).toBe(0);
    expect(report.change.files.changed).toBe(2);
    // The base rule file was a link: the base is judged by the built-in rules.
    expect(report.rules.source).toBe('built-in:recommended');
  });
});

describe('the rule file', () => {
  it('refuses .github/readiness.yml as a link to /proc/self/environ, with exit 2', async () => {
    const root = makeTempRepo(READY, { symlinks: { '.github/readiness.yml': '/proc/self/environ' } });
    const run = await cli(['check', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'readiness-gate: the rule file has problems:\n.github/readiness.yml: is a symbolic link; a rule file must be a regular file\n',
    );
  });

  it('refuses a rule file inside a linked folder (.github -> a folder outside with readiness.yml)', async () => {
    const secret = plantSecret();
    const root = makeTempRepo({ 'app.py': 'x = 1\n' }, { symlinks: { '.github': secret.folder } });
    const run = await cli(['check', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'readiness-gate: the rule file has problems:\n.github/readiness.yml: .github is a symbolic link; a rule file is never read through one\n',
    );
    expect(run.stdout + run.stderr).not.toContain(secret.text);
  });

  it('refuses --config naming a link inside the repository', async () => {
    const secret = plantSecret();
    const root = makeTempRepo(READY, { symlinks: { 'rules/gate.yml': path.join(secret.folder, 'readiness.yml') } });
    const run = await cli(['check', '.', '--config', 'rules/gate.yml'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('readiness-gate: the rule file has problems:\nrules/gate.yml: is a symbolic link; a rule file must be a regular file\n');
  });

  it('refuses a named pipe as the rule file instead of waiting on it forever', async () => {
    const root = makeTempRepo(READY);
    mkdirSync(path.join(root, '.github'), { recursive: true });
    mkfifoSync(path.join(root, '.github/readiness.yml'));
    const run = await cli(['check', root]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'readiness-gate: the rule file has problems:\n.github/readiness.yml: is not a regular file (a pipe, socket or device); a rule file must be a regular file\n',
    );
  });

  it('uses the built-in rules when .github is a plain file (there is no rule file)', async () => {
    const root = makeTempRepo({ 'app.py': 'x = 1\n', '.github': 'not a folder\n' });
    const run = await cli(['check', root, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).rules.source).toBe('built-in:recommended');
  });
});
