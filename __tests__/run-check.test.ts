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

  function cacheFileOutside(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'readiness-run-check-'));
    folders.push(folder);
    return path.join(folder, 'scan-cache.jsonl');
  }

  it('fails with the files API error when the base commit is neither in the clone nor fetchable', async () => {
    const root = makeTempRepo({ 'app/service.py': '# TODO: later\n' });
    const headSha = git(root, 'rev-parse', 'HEAD').trim();
    const cacheFile = cacheFileOutside();
    const run = runCheck({
      root,
      cacheFile,
      failOn: 'error',
      reports: false,
      change: {
        repositoryRoot: root,
        // There is no remote to fetch it from: the files API is the only way left.
        baseSha: 'f'.repeat(40),
        headSha,
        event: 'pull_request',
        listFiles: () => Promise.reject(new Error('the pull-request files API is down')),
      },
    });
    await expect(run).rejects.toThrow('the pull-request files API is down');
    // The scan never ran to its end: it writes no cache.
    expect(existsSync(cacheFile)).toBe(false);
    await runCheck({ root, cacheFile, failOn: 'error', reports: false });
    expect(existsSync(cacheFile)).toBe(true);
  });
});
