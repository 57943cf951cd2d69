import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCommit } from '../../src/change/ensure-commit.js';
import { gitChangeSet } from '../../src/change/git-change-set.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { commitFiles, headSha } from './commit-files.js';

/** An origin with two commits and a clone of it; `depth` 1 makes the clone shallow, like actions/checkout. */
function originAndClone(depth?: number) {
  const origin = makeTempRepo({ 'app.ts': 'export const a = 1;\n' });
  const baseSha = headSha(origin);
  const head = commitFiles(origin, { 'app.ts': 'export const a = 1;\n// TODO: b\n', 'new.ts': 'x\n' });
  const clone = path.join(makeTempRepo({}, { git: false }), 'clone');
  git(origin, 'clone', '-q', ...(depth === undefined ? [] : [`--depth=${depth}`]), `file://${origin}`, clone);
  return { origin, clone, baseSha, head };
}

describe('ensureCommit', () => {
  it('fetches a base commit a shallow clone lacks, keeps the clone shallow, and lets git diff it', async () => {
    const { clone, baseSha, head } = originAndClone(1);
    expect(git(clone, 'cat-file', '-t', head).trim()).toBe('commit');
    expect(ensureCommit(clone, head)).toEqual({ present: true, fetched: false });
    expect(ensureCommit(clone, baseSha)).toEqual({ present: true, fetched: true });
    expect(ensureCommit(clone, baseSha)).toEqual({ present: true, fetched: false });
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect((await gitChangeSet(clone, baseSha, head)).files).toEqual([
      { path: 'app.ts', status: 'modified', binary: false, addedLines: [2] },
      { path: 'new.ts', status: 'added', binary: false, addedLines: [1] },
    ]);
  });

  it('fetches a newer commit into a full clone without making it shallow', () => {
    const { origin, clone } = originAndClone();
    const later = commitFiles(origin, { 'later.ts': 'y\n' });
    expect(ensureCommit(clone, later)).toEqual({ present: true, fetched: true });
    expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });

  it('says why when origin does not have the commit', () => {
    const { clone } = originAndClone(1);
    const unknown = 'f'.repeat(40);
    const presence = ensureCommit(clone, unknown);
    expect({ ...presence, problem: undefined }).toEqual({ present: false, fetched: false, problem: undefined });
    // Over file:// the serving upload-pack shares our stderr, so its own line may come first.
    expect(presence.problem).toMatch(
      new RegExp(`^commit ${unknown} is not in the clone and fetching it from origin failed: fatal: (remote error: |git )upload-pack: not our ref ${unknown}$`),
    );
  });

  it('says why when there is no origin remote or no repository', () => {
    const repository = makeTempRepo({ 'a.txt': 'a\n' });
    const folder = makeTempRepo({}, { git: false });
    const unknown = 'a'.repeat(40);
    expect(ensureCommit(repository, unknown).problem).toBe(
      `commit ${unknown} is not in the clone and fetching it from origin failed: fatal: 'origin' does not appear to be a git repository`,
    );
    expect(ensureCommit(folder, unknown).problem).toMatch(
      new RegExp(`^commit ${unknown} is not in the clone and fetching it from origin failed: fatal: not a git repository`),
    );
  });

  it('refuses values that are not commit SHAs before running git', () => {
    const repository = makeTempRepo({ 'a.txt': 'a\n' });
    expect(ensureCommit(repository, '--upload-pack=touch /tmp/pwned')).toEqual({
      present: false,
      fetched: false,
      problem: 'not a full commit SHA: "--upload-pack=touch /tmp/pwned"',
    });
    expect(ensureCommit(repository, 'HEAD').problem).toBe('not a full commit SHA: "HEAD"');
  });
});
