import { describe, expect, it } from 'vitest';
import { readBlobs } from '../../src/change/read-blobs.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { commitFiles, headSha } from './commit-files.js';

describe('readBlobs', () => {
  it('returns regular files at the commit and says why others are left out', async () => {
    const root = makeTempRepo(
      {
        'src/app.ts': 'old\n',
        'big.sql': 'x'.repeat(2000),
        'logo.png': Buffer.from([0x89, 0, 1, 2]),
        'weird\nname *.ts': 'newline\n',
        'copy.ts': 'same\n',
        'also-copy.ts': 'same\n',
      },
      { symlinks: { 'env-link': '/proc/self/environ', 'dir-link': 'src' } },
    );
    const sha = headSha(root);
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${sha},vendor/lib`);
    git(root, 'commit', '-q', '-m', 'submodule');
    const atCommit = headSha(root);
    // The work tree moves on; contents must come from the commit.
    commitFiles(root, { 'src/app.ts': 'new\n' });

    const blobs = await readBlobs(
      root,
      atCommit,
      ['src/app.ts', 'big.sql', 'logo.png', 'weird\nname *.ts', 'copy.ts', 'also-copy.ts', 'env-link', 'dir-link', 'vendor/lib', 'src', 'nope.ts', '*.ts'],
      { maxBytes: 1000 },
    );
    expect(Object.fromEntries([...blobs].map(([path, read]) => [path, 'content' in read ? read.content.toString('latin1') : read]))).toEqual({
      'src/app.ts': 'old\n',
      'big.sql': { skipped: 'too-large', size: 2000 },
      'logo.png': '\x89\x00\x01\x02',
      'weird\nname *.ts': 'newline\n',
      'copy.ts': 'same\n',
      'also-copy.ts': 'same\n',
      'env-link': { skipped: 'symlink' },
      'dir-link': { skipped: 'symlink' },
      'vendor/lib': { skipped: 'submodule' },
      src: { skipped: 'missing' },
      'nope.ts': { skipped: 'missing' },
      '*.ts': { skipped: 'missing' },
    });
  });

  it('reads any size without a cap, and calls a folder missing', async () => {
    const root = makeTempRepo({ 'big.sql': 'x'.repeat(5000), 'src/a.ts': 'a\n' });
    const sha = headSha(root);
    const big = (await readBlobs(root, sha, ['big.sql'])).get('big.sql');
    expect(big !== undefined && 'content' in big ? big.content.length : big).toBe(5000);
    expect((await readBlobs(root, sha, [])).size).toBe(0);
    expect(await readBlobs(root, sha, ['src'])).toEqual(new Map([['src', { skipped: 'missing' }]]));
  });

  it('rejects a value that is not a commit SHA', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    await expect(readBlobs(root, 'HEAD~1', ['a.txt'])).rejects.toThrow('not a full commit SHA: "HEAD~1"');
  });
});
