import { describe, expect, it } from 'vitest';
import { API_FILE_LIMIT, apiChangeSet } from '../../src/change/api-change-set.js';
import type { ApiPullRequestFile } from '../../src/github/types.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

// Shaped like GitHub's answer for a small pull request (fields we do not use left out).
const FILES: ApiPullRequestFile[] = [
  {
    filename: 'src/server.ts',
    status: 'modified',
    changes: 5,
    patch:
      '@@ -10,5 +10,6 @@ export function start() {\n   const app = express();\n-  app.listen(80);\n+  // TODO: read the port\n+  app.listen(port);\n   return app;\n }\n \n@@ -40,2 +41,3 @@ function stop() {\n   server.close();\n+  log.info("stopped");\n }\n\\ No newline at end of file',
  },
  { filename: 'src/new.ts', status: 'added', changes: 2, patch: '@@ -0,0 +1,2 @@\n+export const a = 1;\n+export const b = 2;' },
  { filename: 'legacy/old.js', status: 'removed', changes: 2, patch: '@@ -1,2 +0,0 @@\n-a\n-b' },
  {
    filename: 'lib/util.py',
    previous_filename: 'util.py',
    status: 'renamed',
    changes: 1,
    patch: '@@ -1,3 +1,4 @@\n import os\n+import sys\n \n def main():',
  },
  { filename: 'docs/guide.md', previous_filename: 'guide.md', status: 'renamed', changes: 0 },
  { filename: 'assets/logo.png', status: 'modified', changes: 0 + 1 },
  { filename: 'data/huge.sql', status: 'added', changes: 250_000 },
  { filename: 'bin/run.sh', status: 'changed', changes: 0 },
  { filename: 'src/copy.ts', status: 'copied', changes: 1, patch: '@@ -0,0 +1 @@\n+x' },
  { filename: 'same.txt', status: 'unchanged', changes: 0 },
];

describe('apiChangeSet', () => {
  it('turns the pull-request files list into a change set', () => {
    expect(apiChangeSet(FILES, BASE, HEAD)).toEqual({
      baseSha: BASE,
      headSha: HEAD,
      source: 'api',
      truncated: false,
      files: [
        { path: 'assets/logo.png', status: 'modified', binary: true, addedLines: [] },
        { path: 'bin/run.sh', status: 'modified', binary: false, addedLines: [] },
        { path: 'data/huge.sql', status: 'added', binary: true, addedLines: [] },
        { path: 'docs/guide.md', previousPath: 'guide.md', status: 'renamed', binary: false, addedLines: [] },
        { path: 'legacy/old.js', status: 'removed', binary: false, addedLines: [] },
        { path: 'lib/util.py', previousPath: 'util.py', status: 'renamed', binary: false, addedLines: [2] },
        { path: 'src/copy.ts', status: 'added', binary: false, addedLines: [1] },
        { path: 'src/new.ts', status: 'added', binary: false, addedLines: [1, 2] },
        { path: 'src/server.ts', status: 'modified', binary: false, addedLines: [11, 12, 42] },
      ],
    });
  });

  it('treats a file without a patch and without a change count as binary', () => {
    expect(apiChangeSet([{ filename: 'x.bin', status: 'added' }], BASE, HEAD).files).toEqual([
      { path: 'x.bin', status: 'added', binary: true, addedLines: [] },
    ]);
  });

  it('marks the list truncated when it holds the API limit of 3,000 files', () => {
    const files = (count: number): ApiPullRequestFile[] =>
      Array.from({ length: count }, (_, i) => ({ filename: `f${i}.ts`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+x' }));
    expect(API_FILE_LIMIT).toBe(3000);
    expect(apiChangeSet(files(2999), BASE, HEAD).truncated).toBe(false);
    const full = apiChangeSet(files(3000), BASE, HEAD);
    expect(full.truncated).toBe(true);
    expect(full.files).toHaveLength(3000);
  });

  it('names the file whose patch is malformed', () => {
    const broken: ApiPullRequestFile = { filename: 'a.ts', status: 'modified', changes: 1, patch: 'not a hunk' };
    expect(() => apiChangeSet([broken], BASE, HEAD)).toThrow(
      'pull-request file a.ts: malformed patch, line 1: expected a hunk header',
    );
  });
});
