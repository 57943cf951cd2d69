import { describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT, findStickyComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { GitHubError } from '../../src/github/write-errors.js';
import {
  BAD_GATEWAY,
  BOT_USER,
  CONNECTION_RESET,
  NOT_ACCESSIBLE_BY_INTEGRATION,
  NOT_FOUND,
  SECONDARY_RATE_LIMIT,
} from '../helpers/fake-github/index.js';
import { REPO, withFakeGitHub } from './with-fake-github.js';

const MARKER = '<!-- readiness-gate:recommended -->';
const COMMENT = { ...REPO, issueNumber: 7, marker: MARKER };
const NO_PERMISSION =
  "could not write the pull-request comment: the token has no pull-requests: write permission (a fork's pull request gets a read-only token)";

function calls(requests: { method: string; operationId?: string; query: Record<string, string>; status: number }[]) {
  return requests.map((request) => `${request.operationId ?? request.method}${request.query.page ? ` page ${request.query.page}` : ''} ${request.status}`);
}

describe('upsertStickyComment', () => {
  it('creates the comment, then updates the same one on a rerun', async () => {
    const { github, client } = await withFakeGitHub();

    const first = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nScore 80` });
    const second = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nScore 90` });

    expect(first).toEqual({ status: 'created', url: 'https://github.com/octo-org/octo-repo/pull/7#issuecomment-' + String(github.state.comments.get(7)?.[0]?.id) });
    expect(second).toEqual({ status: 'updated', url: first.url });
    expect(github.state.comments.get(7)?.map((comment) => comment.body)).toEqual([`${MARKER}\nScore 90`]);
    expect(calls(github.state.requests)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201',
      'issues/list-comments 200',
      'issues/update-comment 200',
    ]);
    expect(github.state.requests[0]?.query).toEqual({ per_page: '100' });
  });

  it('finds its comment on page 2 of 3 and stops listing there', async () => {
    const { github, client } = await withFakeGitHub();
    for (let index = 0; index < 150; index += 1) github.seedComment(7, `comment ${index}`);
    const ours = github.seedComment(7, `${MARKER}\nold`, BOT_USER);
    for (let index = 0; index < 99; index += 1) github.seedComment(7, `later ${index}`);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nnew` });

    expect(outcome.status).toBe('updated');
    expect(ours.body).toBe(`${MARKER}\nnew`);
    expect(github.state.comments.get(7)).toHaveLength(250);
    expect(calls(github.state.requests)).toEqual([
      'issues/list-comments 200',
      'issues/list-comments page 2 200',
      'issues/update-comment 200',
    ]);
  });

  it('reads every page when only a person’s comment holds the marker', async () => {
    const { github, client } = await withFakeGitHub();
    const quoted = github.seedComment(7, `I saw ${MARKER} here`);
    for (let index = 0; index < 250; index += 1) github.seedComment(7, `comment ${index}`);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nnew` });

    expect(outcome.status).toBe('updated');
    expect(quoted.body).toBe(`${MARKER}\nnew`);
    expect(calls(github.state.requests)).toEqual([
      'issues/list-comments 200',
      'issues/list-comments page 2 200',
      'issues/list-comments page 3 200',
      'issues/update-comment 200',
    ]);
  });

  it('prefers the comment a bot wrote over an earlier one holding the marker', async () => {
    const { github, client } = await withFakeGitHub();
    const quoted = github.seedComment(7, `quoting ${MARKER}`);
    const ours = github.seedComment(7, `${MARKER}\nold`, BOT_USER);

    await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nnew` });

    expect([quoted.body, ours.body]).toEqual([`quoting ${MARKER}`, `${MARKER}\nnew`]);
  });

  it('sends no update when the body is the same', async () => {
    const { github, client } = await withFakeGitHub();
    const ours = github.seedComment(7, `${MARKER}\nsame`, BOT_USER);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nsame` });

    expect(outcome).toEqual({ status: 'unchanged', url: `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${ours.id}` });
    expect(calls(github.state.requests)).toEqual(['issues/list-comments 200']);
  });

  it('adds the marker to a body without it, and cuts a long body to GitHub’s limit keeping the marker', async () => {
    const { github, client } = await withFakeGitHub();

    await upsertStickyComment(client, { ...COMMENT, issueNumber: 1, body: 'no marker' });
    await upsertStickyComment(client, { ...COMMENT, issueNumber: 2, body: `${'x'.repeat(70_000)}${MARKER}` });

    expect(github.state.comments.get(1)?.[0]?.body).toBe(`${MARKER}\nno marker`);
    const long = github.state.comments.get(2)?.[0]?.body ?? '';
    expect(long).toHaveLength(COMMENT_BODY_LIMIT);
    expect(long.startsWith(`${MARKER}\nxxx`)).toBe(true);
    expect(long.endsWith('…(cut to fit GitHub’s 65,536-character comment limit)')).toBe(true);
  });

  it('refuses a marker that is not one HTML comment', async () => {
    const { client } = await withFakeGitHub();

    await expect(upsertStickyComment(client, { ...COMMENT, marker: 'readiness-gate', body: 'x' })).rejects.toThrow(
      'the sticky-comment marker must be one HTML comment like <!-- readiness-gate:recommended -->, not "readiness-gate"',
    );
  });

  it('still creates the comment when GitHub answers 502 once', async () => {
    const { github, client } = await withFakeGitHub();
    github.failNext('issues/create-comment', BAD_GATEWAY);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nx` });

    expect(outcome.status).toBe('created');
    expect(github.state.comments.get(7)).toHaveLength(1);
    expect(calls(github.state.requests)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 502',
      'issues/create-comment 201',
    ]);
  });

  it('still creates the comment when the connection drops once', async () => {
    const { github, client } = await withFakeGitHub();
    github.failNext('issues/create-comment', CONNECTION_RESET);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nx` });

    expect(outcome.status).toBe('created');
    expect(calls(github.state.requests)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 0',
      'issues/create-comment 201',
    ]);
  });

  it('waits out a secondary rate limit once and creates the comment', async () => {
    const { github, client, warnings } = await withFakeGitHub();
    github.failNext('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', SECONDARY_RATE_LIMIT);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nx` });

    expect(outcome.status).toBe('created');
    expect(github.state.comments.get(7)).toHaveLength(1);
    // The fault's retry-after is 0, which the throttling plugin replaces with its 60-second fallback.
    expect(warnings).toEqual([
      'GitHub secondary rate limit hit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; waiting 60 s before retry 1 of 2',
    ]);
  });

  it.each([
    ['create', 'issues/create-comment', NOT_ACCESSIBLE_BY_INTEGRATION, false],
    ['update', 'issues/update-comment', NOT_ACCESSIBLE_BY_INTEGRATION, true],
    ['create (404)', 'issues/create-comment', NOT_FOUND, false],
  ])('skips with a warning naming the permission when the %s is refused', async (_name, operationId, fault, existing) => {
    const { github, client } = await withFakeGitHub();
    if (existing) github.seedComment(7, `${MARKER}\nold`, BOT_USER);
    github.failNext(operationId, fault);

    const outcome = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nnew` });

    expect(outcome).toEqual({ status: 'skipped', warning: NO_PERMISSION });
    expect(github.state.requests.filter((request) => request.operationId === operationId)).toHaveLength(1);
  });

  it('throws a GitHubError with the status when GitHub keeps failing', async () => {
    const { github, client } = await withFakeGitHub();
    github.failNext('issues/create-comment', { status: 500, body: { message: 'Server Error' } }, 4);

    const failure = await upsertStickyComment(client, { ...COMMENT, body: `${MARKER}\nx` }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GitHubError);
    expect(failure).toMatchObject({
      status: 500,
      message: 'could not write the pull-request comment: GitHub answered 500 to POST ' + `${github.url}/repos/octo-org/octo-repo/issues/7/comments: Server Error`,
    });
    // One try and plugin-retry's three retries.
    expect(github.state.requests.filter((request) => request.operationId === 'issues/create-comment')).toHaveLength(4);
  });
});

describe('findStickyComment', () => {
  it('finds the comment, or nothing, and turns an API failure into a GitHubError', async () => {
    const { github, client } = await withFakeGitHub();
    const ours = github.seedComment(7, `${MARKER}\nreport`, BOT_USER);
    github.failNext('issues/list-comments', NOT_FOUND);

    const failure = await findStickyComment(client, COMMENT).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GitHubError);
    expect((failure as GitHubError).message).toBe(
      `could not list the pull-request comments: GitHub answered 404 to GET ${github.url}/repos/octo-org/octo-repo/issues/7/comments: Not Found - https://docs.github.com/rest`,
    );
    expect(await findStickyComment(client, COMMENT)).toEqual({
      id: ours.id,
      body: `${MARKER}\nreport`,
      url: `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${ours.id}`,
    });
    expect(await findStickyComment(client, { ...COMMENT, issueNumber: 8 })).toBeUndefined();
  });
});
