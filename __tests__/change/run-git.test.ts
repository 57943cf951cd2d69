import { describe, expect, it } from 'vitest';
import { gitFailureReason, runGitBufferLater, runGitTextLater } from '../../src/change/run-git.js';
import { makeTempRepo } from '../helpers/temp-repo.js';
import { headSha } from './commit-files.js';

describe('runGitBufferLater', () => {
  it('hands git its input and gives back its output', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    const sha = headSha(root);
    const output = await runGitTextLater(root, ['cat-file', '--batch-check'], { input: `${sha}\n${'0'.repeat(40)}\n` });
    expect(output).toMatch(new RegExp(`^${sha} commit \\d+\n0{40} missing\n$`));
  });

  it('fails with what git said, as the blocking runner does', async () => {
    const root = makeTempRepo({ 'a.txt': 'a\n' });
    const failure = await runGitBufferLater(root, ['cat-file', '-p', '0'.repeat(40)]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(gitFailureReason(failure)).toMatch(/^fatal: /);
  });
});
