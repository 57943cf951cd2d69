import { describe, expect, it } from 'vitest';
import { listPullRequestFiles } from '../../src/github/pull-request-files.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { GitHubError } from '../../src/github/write-errors.js';
import { SECONDARY_RATE_LIMIT, rateLimitExhausted } from '../helpers/fake-github/index.js';
import { REPO, withFakeGitHub } from './with-fake-github.js';

const COMMENT = { ...REPO, issueNumber: 7, marker: '<!-- readiness-gate:recommended -->', body: 'report' };

describe('createGitHubClient', () => {
  it('works against a GitHub Enterprise Server base URL with an /api/v3 prefix', async () => {
    const { github, client } = await withFakeGitHub({ pathPrefix: '/api/v3' });
    github.seedPullFiles(7, [{ filename: 'a.ts', status: 'added' }]);

    expect(github.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect((await upsertStickyComment(client, COMMENT)).status).toBe('created');
    expect((await listPullRequestFiles(client, { ...REPO, pullNumber: 7 })).files).toHaveLength(1);
    expect((await client.rest.repos.get(REPO)).data.full_name).toBe('octo-org/octo-repo');
    expect(github.state.requests.map((sent) => `${sent.operationId} ${sent.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201',
      'pulls/list-files 200',
      'repos/get 200',
    ]);
  });

  it('identifies itself as readiness-gate', async () => {
    const { github, client } = await withFakeGitHub();

    await client.rest.repos.get(REPO);

    expect(github.state.requests[0]?.userAgent?.split(' ')[0]).toBe('readiness-gate');
  });

  it('retries once the primary rate limit has reset, naming the wait', async () => {
    const { github, client, warnings } = await withFakeGitHub();
    // A reset already past gives a wait of 0 s whatever the clock reads.
    github.failNext('repos/get', rateLimitExhausted(Math.floor(Date.now() / 1000) - 10));

    expect((await client.rest.repos.get(REPO)).status).toBe(200);
    expect(warnings).toEqual(['GitHub rate limit hit on GET /repos/{owner}/{repo}; waiting 0 s before retry 1 of 2']);
  });

  it('gives up after two secondary-rate-limit retries and throws a GitHubError', async () => {
    const { github, client, warnings } = await withFakeGitHub();
    github.failNext('issues/create-comment', SECONDARY_RATE_LIMIT, 3);

    const failure = await upsertStickyComment(client, COMMENT).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GitHubError);
    expect((failure as GitHubError).status).toBe(403);
    expect((failure as GitHubError).message).toMatch(
      /^could not write the pull-request comment: GitHub answered 403 to POST http:\/\/127\.0\.0\.1:\d+\/repos\/octo-org\/octo-repo\/issues\/7\/comments: You have exceeded a secondary rate limit/,
    );
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    expect(warnings).toEqual([
      `GitHub secondary rate limit hit on ${route}; waiting 60 s before retry 1 of 2`,
      `GitHub secondary rate limit hit on ${route}; waiting 60 s before retry 2 of 2`,
      `GitHub secondary rate limit hit on ${route}; giving up after 2 retries`,
    ]);
    expect(github.state.comments.get(7)).toBeUndefined();
  });
});
