// Git in every state a runner or a laptop can have it: each gives a clear message or a correct fallback.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { cli } from './helpers.js';

const READY = {
  'README.md': '# x\n',
  'app.py': 'def f():\n    return 1\n',
  'test_app.py': 'def test_one():\n    assert True\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
};

const DEADBEEF = 'deadbeef'.repeat(5);

describe('git', () => {
  it('falls back to walking the folder, with a note, when git is not on PATH', async () => {
    const root = makeTempRepo(READY);
    const saved = process.env.PATH;
    process.env.PATH = path.join(root, 'no-such-folder');
    try {
      const run = await cli(['check', root, '--format', 'json']);
      expect(run.stderr).toBe('note: files listed by walking the folder: git is not installed\n');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).inventory).toMatchObject({ source: 'walk', listed: 4, scanned: 4 });
      const base = await cli(['check', root, '--base', 'main']);
      expect(base.status).toBe(2);
      expect(base.stderr).toBe('readiness-gate: --base main: git is not installed\n');
    } finally {
      process.env.PATH = saved;
    }
  });

  it('walks a folder that is not a git work tree, and says --base needs one', async () => {
    const root = makeTempRepo(READY, { git: false });
    const run = await cli(['check', root, '--format', 'json']);
    expect(run.stderr).toBe('note: files listed by walking the folder: not inside a git work tree\n');
    expect(JSON.parse(run.stdout).inventory.source).toBe('walk');
    const base = await cli(['check', root, '--base', 'main']);
    expect(base.status).toBe(2);
    expect(base.stderr).toBe('readiness-gate: --base main: the folder is not inside a git work tree; --base compares commits\n');
  });

  it('scans an empty repository (no commits) from git, and says --base needs a commit', async () => {
    const root = makeTempRepo({}, { git: false });
    git(root, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(root, 'app.py'), '# TODO first\n');
    const run = await cli(['check', root, '--format', 'json', '--fail-on', 'never']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).inventory).toMatchObject({ source: 'git', listed: 1, scanned: 1 });
    const base = await cli(['check', root, '--base', 'main']);
    expect(base.status).toBe(2);
    expect(base.stderr).toBe('readiness-gate: --base main: the repository has no commits yet; --base compares commits\n');
  });

  it('names an unknown --base commit', async () => {
    const run = await cli(['check', makeTempRepo(READY), '--base', DEADBEEF]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`readiness-gate: --base ${DEADBEEF}: fatal: Not a valid commit name ${DEADBEEF}\n`);
  });

  it('refuses a --base that git would read as an option', async () => {
    const run = await cli(['check', makeTempRepo(READY), '--base=--upload-pack=touch /tmp/pwned']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('readiness-gate: --base --upload-pack=touch /tmp/pwned: a git ref cannot start with "-"\n');
  });

  it('judges a detached HEAD against --base', async () => {
    const root = makeTempRepo(READY);
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(root, 'todo.py'), '# TODO new\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'todo');
    git(root, 'checkout', '-q', '--detach');
    const run = await cli(['check', root, '--base', 'main', '--format', 'json']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.change.files.changed).toBe(1);
    expect(report.change.newFindings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['todo.py:1']);
  });

  it('says what is missing when a shallow clone lacks the --base commit', async () => {
    const origin = makeTempRepo(READY);
    writeFileSync(path.join(origin, 'two.py'), 'x = 2\n');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'two');
    const first = git(origin, 'rev-parse', 'HEAD~1').trim();
    const clone = path.join(makeTempRepo({}, { git: false }), 'clone');
    git(origin, 'clone', '-q', '--depth=1', `file://${origin}`, clone);
    const scan = await cli(['check', clone, '--format', 'json']);
    expect(JSON.parse(scan.stdout).inventory).toMatchObject({ source: 'git', listed: 5 });
    const run = await cli(['check', clone, '--base', first]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`readiness-gate: --base ${first}: fatal: Not a valid commit name ${first}\n`);
  });

  it('skips a submodule (a gitlink) without reading inside it', async () => {
    const root = makeTempRepo(READY);
    const head = git(root, 'rev-parse', 'HEAD').trim();
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${head},vendor-lib`);
    mkdirSync(path.join(root, 'vendor-lib'));
    writeFileSync(path.join(root, 'vendor-lib/inner.py'), '# TODO inside the submodule\n');
    const run = await cli(['check', root, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.inventory).toMatchObject({ listed: 5, scanned: 4, skipped: { 'not-a-file': 1 } });
    expect(report.findings.filter((f: { file: string }) => f.file.startsWith('vendor-lib'))).toEqual([]);
  });

  it('scans an LFS pointer as the small text file it is', async () => {
    const pointer =
      'version https://git-lfs.github.com/spec/v1\n' +
      'oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    const root = makeTempRepo({ ...READY, 'model.py': pointer, '.gitattributes': 'model.py filter=lfs diff=lfs merge=lfs -text\n' });
    const run = await cli(['check', root, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.inventory).toMatchObject({ listed: 6, scanned: 6, skipped: {} });
    expect(report.findings.filter((f: { file: string }) => f.file === 'model.py')).toEqual([]);
  });
});
