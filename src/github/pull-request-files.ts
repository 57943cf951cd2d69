// The files of a pull request from the API, for when git cannot reach the base commit (shallow
// checkouts). The endpoint lists at most 3,000 files:
// https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files
import type { GitHubClient } from './client.js';
import type { ApiPullRequestFile } from './types.js';

export const PULL_REQUEST_FILES_LIMIT = 3000;

export interface PullRequestFiles {
  files: ApiPullRequestFile[];
  /**
   * True when the list reached the API's 3,000-file cap, so more files may have changed. A pull
   * request of exactly 3,000 files counts as cut: the API gives no way to tell them apart.
   */
  truncated: boolean;
}

export async function listPullRequestFiles(
  client: GitHubClient,
  request: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestFiles> {
  let listed = 0;
  const files = await client.paginate(
    client.rest.pulls.listFiles,
    { owner: request.owner, repo: request.repo, pull_number: request.pullNumber, per_page: 100 },
    (response, done) => {
      const page = response.data.map((file): ApiPullRequestFile => ({
        filename: file.filename,
        ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
        status: file.status,
        ...(file.patch === undefined ? {} : { patch: file.patch }),
        changes: file.changes,
      }));
      listed += page.length;
      // GitHub stops at 3,000 itself; this only guards against following pages past it.
      if (listed >= PULL_REQUEST_FILES_LIMIT) done();
      return page;
    },
  );
  const kept = files.slice(0, PULL_REQUEST_FILES_LIMIT);
  return { files: kept, truncated: kept.length >= PULL_REQUEST_FILES_LIMIT };
}
