import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRepositoryPaths } from '../../src/inventory/list-paths.js';
import { makeTempRepo } from '../helpers/temp-repo.js';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'pipe' });

describe('listRepositoryPaths', () => {
  it('lists each path once, sorted as JavaScript sorts, even where git orders bytes differently', async () => {
    // git lists U+FF5A before U+1F600 (UTF-8 byte order); JavaScript compares UTF-16 code units.
    const root = makeTempRepo({ 'ｚ.py': '', '😀.py': '', 'a.py': '' }, { untracked: { 'b.py': '', '😀new.py': '' } });
    const listing = await listRepositoryPaths(root);
    expect(listing.paths).toEqual(['a.py', '😀.py', 'ｚ.py']);
    expect(await listing.untracked).toEqual({ paths: ['b.py', '😀new.py'] });
  });

  it('lists a file in a merge conflict once, not once per stage', async () => {
    const root = makeTempRepo({ 'app.py': 'x = 0\n', 'z.py': '' });
    git(root, 'checkout', '-q', '-b', 'other');
    writeFileSync(path.join(root, 'app.py'), 'x = 1\n');
    git(root, 'commit', '-q', '-am', 'other');
    git(root, 'checkout', '-q', 'main');
    writeFileSync(path.join(root, 'app.py'), 'x = 2\n');
    git(root, 'commit', '-q', '-am', 'main');
    expect(() => git(root, 'merge', '-q', 'other')).toThrow();
    expect(execFileSync('git', ['ls-files', '--cached'], { cwd: root, encoding: 'utf8' })).toBe('app.py\napp.py\napp.py\nz.py\n');
    expect((await listRepositoryPaths(root)).paths).toEqual(['app.py', 'z.py']);
  });

  it('says why the untracked files are missing when git cannot list them, and still lists the tracked ones', async () => {
    const root = makeTempRepo({ 'a.py': '' }, { untracked: { 'b.py': '' } });
    // A folder where git expects its exclude file: listing tracked files works, listing the others fails.
    const exclude = path.join(root, '.git', 'info', 'exclude');
    rmSync(exclude, { force: true });
    mkdirSync(exclude, { recursive: true });
    const listing = await listRepositoryPaths(root);
    expect(listing.paths).toEqual(['a.py']);
    expect(await listing.untracked).toEqual({
      paths: [],
      note: 'only tracked files were scanned: git could not list the others (cannot use .git/info/exclude as an exclude file)',
    });
  });

  it('gives the blob ids of the tracked regular files that the work tree has not changed', async () => {
    const root = makeTempRepo({ 'same.py': 'x = 1\n', 'edited.py': 'x = 2\n', 'run.sh': '#!/bin/sh\n', 'gone.py': '' }, { symlinks: { 'link.py': 'same.py' } });
    chmodSync(path.join(root, 'run.sh'), 0o755);
    git(root, 'add', 'run.sh');
    git(root, 'commit', '-q', '-m', 'executable');
    writeFileSync(path.join(root, 'edited.py'), 'x = 3\n');
    rmSync(path.join(root, 'gone.py'));
    const listing = await listRepositoryPaths(root, { objectIds: true });
    expect(listing.paths).toEqual(['edited.py', 'gone.py', 'link.py', 'run.sh', 'same.py']);
    const blob = (file: string) => execFileSync('git', ['rev-parse', `HEAD:${file}`], { cwd: root, encoding: 'utf8' }).trim();
    expect(await listing.objectIds).toEqual(new Map([['run.sh', blob('run.sh')], ['same.py', blob('same.py')]]));
    expect((await listRepositoryPaths(root)).objectIds).toBeUndefined();

    // Files git does not compare with the work tree: assume-unchanged (edited here) and skip-worktree (absent).
    git(root, 'update-index', '--assume-unchanged', 'run.sh');
    writeFileSync(path.join(root, 'run.sh'), '#!/bin/sh\necho edited\n');
    git(root, 'update-index', '--skip-worktree', 'same.py');
    rmSync(path.join(root, 'same.py'));
    expect(await (await listRepositoryPaths(root, { objectIds: true })).objectIds).toEqual(new Map());
  });
});
