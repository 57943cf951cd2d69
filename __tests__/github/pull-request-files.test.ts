import { describe, expect, it } from 'vitest';
import { listPullRequestFiles } from '../../src/github/pull-request-files.js';
import type { ApiPullRequestFile } from '../../src/github/types.js';
import { REPO, withFakeGitHub } from './with-fake-github.js';

function files(count: number): ApiPullRequestFile[] {
  return Array.from({ length: count }, (_, index) => ({
    filename: `src/module-${index}.ts`,
    status: 'modified',
    patch: `@@ -1 +1 @@\n-a${index}\n+b${index}`,
  }));
}

describe('listPullRequestFiles', () => {
  it('lists 250 files over 3 pages of 100', async () => {
    const { github, client } = await withFakeGitHub();
    const seeded: ApiPullRequestFile[] = [
      { filename: 'new-name.ts', previous_filename: 'old-name.ts', status: 'renamed' },
      { filename: 'logo.png', status: 'added' },
      ...files(248),
    ];
    github.seedPullFiles(12, seeded);

    const listed = await listPullRequestFiles(client, { ...REPO, pullNumber: 12 });

    expect(listed).toEqual({ files: seeded, truncated: false });
    expect(github.state.requests.map((sent) => sent.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
  });

  it('reports the list as truncated at the API’s 3,000-file limit', async () => {
    const { github, client } = await withFakeGitHub();
    github.seedPullFiles(12, files(3100));

    const listed = await listPullRequestFiles(client, { ...REPO, pullNumber: 12 });

    expect(listed.files).toHaveLength(3000);
    expect(listed.files.at(-1)?.filename).toBe('src/module-2999.ts');
    expect(listed.truncated).toBe(true);
    expect(github.state.requests).toHaveLength(30);
  });

  it('returns an empty list for a pull request without files', async () => {
    const { client } = await withFakeGitHub();

    expect(await listPullRequestFiles(client, { ...REPO, pullNumber: 3 })).toEqual({ files: [], truncated: false });
  });
});
