import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../src/run-check.js';
import { git, makeTempRepo } from './helpers/temp-repo.js';

describe('runCheck', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('stops the scan it started and fails with the error when the change cannot be listed', async () => {
    const root = makeTempRepo({ 'app/service.py': '# TODO: later\n', 'README.md': '# demo\n' });
    const headSha = git(root, 'rev-parse', 'HEAD').trim();
    // A scan that runs to its end writes the cache; a stopped one does not.
    const folder = mkdtempSync(path.join(tmpdir(), 'readiness-run-check-'));
    folders.push(folder);
    const cacheFile = path.join(folder, 'scan-cache.jsonl');
    const run = runCheck({
      root,
      cacheFile,
      failOn: 'error',
      reports: false,
      change: {
        repositoryRoot: root,
        // Not in the repository, and there is no remote to fetch it from: the files API is the only way left.
        baseSha: 'f'.repeat(40),
        headSha,
        event: 'pull_request',
        listFiles: () => Promise.reject(new Error('the pull-request files API is down')),
      },
    });
    await expect(run).rejects.toThrow('the pull-request files API is down');
    expect(existsSync(cacheFile)).toBe(false);
    await runCheck({ root, cacheFile, failOn: 'error', reports: false });
    expect(existsSync(cacheFile)).toBe(true);
  });
});
