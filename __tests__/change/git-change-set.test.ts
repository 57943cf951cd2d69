import { describe, expect, it } from 'vitest';
import { gitChangeSet } from '../../src/change/git-change-set.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { commitFiles, headSha, numberedLines } from './commit-files.js';

/** A repository holding `base`, then a commit applying `changes`; returns the change set between them. */
async function changeSetOf(base: Record<string, string | Buffer>, changes: Parameters<typeof commitFiles>[1]) {
  const root = makeTempRepo(base);
  const baseSha = headSha(root);
  const head = commitFiles(root, changes);
  return { root, baseSha, head, changeSet: await gitChangeSet(root, baseSha, head) };
}

describe('gitChangeSet', () => {
  it('reports added, modified, removed and renamed files with the head lines they add', async () => {
    const twenty = numberedLines(20);
    const headLines = twenty.split('\n');
    headLines.splice(3, 0, 'new a', 'new b');
    headLines.splice(16, 1, 'changed 15', 'extra 15');
    const ten = numberedLines(10);
    const { baseSha, head, changeSet } = await changeSetOf(
      { 'src/edit.ts': twenty, 'old.txt': 'bye\n', 'docs/moved.md': ten, 'lib/moved-edited.py': ten },
      {
        'src/edit.ts': headLines.join('\n'),
        'src/new.ts': 'one\ntwo\nthree\n',
        'old.txt': null,
        'docs/moved.md': null,
        'guide/moved.md': ten,
        'lib/moved-edited.py': null,
        'pkg/moved-edited.py': ten.replace('line 2\n', 'line two\n') + 'line 11\n',
      },
    );
    expect(changeSet).toEqual({
      baseSha,
      headSha: head,
      source: 'git',
      truncated: false,
      files: [
        { path: 'guide/moved.md', previousPath: 'docs/moved.md', status: 'renamed', binary: false, addedLines: [] },
        { path: 'old.txt', status: 'removed', binary: false, addedLines: [] },
        {
          path: 'pkg/moved-edited.py',
          previousPath: 'lib/moved-edited.py',
          status: 'renamed',
          binary: false,
          addedLines: [2, 11],
        },
        { path: 'src/edit.ts', status: 'modified', binary: false, addedLines: [4, 5, 17, 18] },
        { path: 'src/new.ts', status: 'added', binary: false, addedLines: [1, 2, 3] },
      ],
    });
  });

  it('handles paths with spaces, unicode, quotes, backslashes, tabs, newlines and " b/"', async () => {
    const names = ['with space.txt', 'ünïcödé/日本.txt', 'quo"te.txt', 'back\\slash.txt', 'tab\there.txt', 'new\nline.txt', 'a b/x b/y.txt'];
    const { changeSet } = await changeSetOf(
      { 'renamed from\nhere.txt': numberedLines(6) },
      {
        ...Object.fromEntries(names.map((name) => [name, 'x\ny\n'])),
        'renamed from\nhere.txt': null,
        'renamed to "there".txt': `${numberedLines(6)}seven\n`,
      },
    );
    expect(changeSet.files).toEqual([
      { path: 'a b/x b/y.txt', status: 'added', binary: false, addedLines: [1, 2] },
      { path: 'back\\slash.txt', status: 'added', binary: false, addedLines: [1, 2] },
      { path: 'new\nline.txt', status: 'added', binary: false, addedLines: [1, 2] },
      { path: 'quo"te.txt', status: 'added', binary: false, addedLines: [1, 2] },
      {
        path: 'renamed to "there".txt',
        previousPath: 'renamed from\nhere.txt',
        status: 'renamed',
        binary: false,
        addedLines: [7],
      },
      { path: 'tab\there.txt', status: 'added', binary: false, addedLines: [1, 2] },
      { path: 'with space.txt', status: 'added', binary: false, addedLines: [1, 2] },
      { path: 'ünïcödé/日本.txt', status: 'added', binary: false, addedLines: [1, 2] },
    ]);
  });

  it('gives binary files and symlinks no added lines, but reads the added lines of text a -diff attribute hides', async () => {
    const { changeSet } = await changeSetOf(
      { 'logo.png': Buffer.from([0x89, 0x50, 0, 1, 2]), '.gitattributes': '*.gen -diff\n', 'target.txt': 'x\n' },
      {
        'logo.png': Buffer.from([0x89, 0x50, 0, 1, 2, 3]),
        'data.bin': Buffer.from([0, 0, 0, 10, 65]),
        'env-link': { symlink: '/proc/self/environ' },
        'code.gen': 'generated\n',
      },
    );
    expect(changeSet.files).toEqual([
      { path: 'code.gen', status: 'added', binary: false, addedLines: [1] },
      { path: 'data.bin', status: 'added', binary: true, addedLines: [] },
      { path: 'env-link', status: 'added', binary: true, addedLines: [] },
      { path: 'logo.png', status: 'modified', binary: true, addedLines: [] },
    ]);
  });

  it('sees what a pull request adds after marking every file -diff in its own .gitattributes', async () => {
    const { changeSet } = await changeSetOf(
      { 'app.py': 'def f():\n    return 1\n' },
      { '.gitattributes': '* -diff\n', 'app.py': 'def f():\n    try:\n        return 1\n    except Exception:\n        pass\n' },
    );
    expect(changeSet.files).toEqual([
      { path: '.gitattributes', status: 'added', binary: false, addedLines: [1] },
      { path: 'app.py', status: 'modified', binary: false, addedLines: [2, 3, 4, 5] },
    ]);
  });

  it('treats a file type change by its head side', async () => {
    const root = makeTempRepo({ 'target.txt': 'x\n', 'becomes-file': 'placeholder\n', 'becomes-link': 'a\nb\n' });
    commitFiles(root, { 'becomes-file': { symlink: 'target.txt' } });
    const baseSha = headSha(root);
    const head = commitFiles(root, { 'becomes-file': 'one\ntwo\n', 'becomes-link': { symlink: 'target.txt' } });
    expect((await gitChangeSet(root, baseSha, head)).files).toEqual([
      { path: 'becomes-file', status: 'modified', binary: false, addedLines: [1, 2] },
      { path: 'becomes-link', status: 'modified', binary: true, addedLines: [] },
    ]);
  });

  it('counts lines around "\\ No newline at end of file", CRLF lines and an empty new file', async () => {
    const { changeSet } = await changeSetOf(
      { 'no-eol.txt': 'a\nb', 'crlf.txt': 'a\r\nb\r\nc\r\n' },
      { 'no-eol.txt': 'a\nb\nc', 'crlf.txt': 'a\r\nnew\r\nb\r\nc\r\nend\r\n', 'empty.txt': '' },
    );
    expect(changeSet.files).toEqual([
      { path: 'crlf.txt', status: 'modified', binary: false, addedLines: [2, 5] },
      { path: 'empty.txt', status: 'added', binary: false, addedLines: [] },
      { path: 'no-eol.txt', status: 'modified', binary: false, addedLines: [2, 3] },
    ]);
  });

  it('leaves submodules out', async () => {
    const root = makeTempRepo({ 'readme.md': 'hi\n' });
    const baseSha = headSha(root);
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${baseSha},vendor/lib`);
    git(root, 'commit', '-q', '-m', 'add submodule');
    const head = commitFiles(root, { 'readme.md': 'hi\nthere\n' });
    expect((await gitChangeSet(root, baseSha, head)).files).toEqual([
      { path: 'readme.md', status: 'modified', binary: false, addedLines: [2] },
    ]);
  });

  it('is not misled by diff settings in the repository config', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    const baseSha = headSha(root);
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.external', 'false'],
      ['color.diff', 'always'],
      ['diff.renames', 'copies'],
    ]) {
      git(root, 'config', key as string, value as string);
    }
    const head = commitFiles(root, { 'a.txt': 'a\nb\n', 'b c.txt': 'c\n' });
    expect((await gitChangeSet(root, baseSha, head)).files).toEqual([
      { path: 'a.txt', status: 'modified', binary: false, addedLines: [2] },
      { path: 'b c.txt', status: 'added', binary: false, addedLines: [1] },
    ]);
  });

  it('has no files when base and head are the same commit', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    const sha = headSha(root);
    expect((await gitChangeSet(root, sha, sha)).files).toEqual([]);
  });

  it('rejects a value that is not a commit SHA and a commit git does not have', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    const sha = headSha(root);
    await expect(gitChangeSet(root, '--output=/tmp/x', sha)).rejects.toThrow('not a full commit SHA: "--output=/tmp/x"');
    await expect(gitChangeSet(root, 'f'.repeat(40), sha)).rejects.toThrow(`bad object ${'f'.repeat(40)}`);
  });
});
