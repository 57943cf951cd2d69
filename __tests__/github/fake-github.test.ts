// The fake's own checks: without them, the other tests' "no violations" would prove nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';

let github: FakeGitHub;

afterEach(async () => {
  await github.close();
});

async function send(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe('the fake GitHub', () => {
  it('flags a body whose field has the wrong type, and leaves the state alone', async () => {
    github = await startFakeGitHub();

    expect((await send('POST', '/repos/o/r/issues/7/comments', { body: 42 })).status).toBe(422);

    expect(github.state.violations).toEqual([
      {
        method: 'POST',
        path: '/repos/o/r/issues/7/comments',
        operationId: 'issues/create-comment',
        problem: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body.body: must be string',
      },
    ]);
    expect(github.state.comments.size).toBe(0);
  });

  it('flags a missing required body, bad path and query parameters, and too many annotations', async () => {
    github = await startFakeGitHub();

    await send('PATCH', '/repos/o/r/issues/comments/1');
    await send('GET', '/repos/o/r/issues/seven/comments?per_page=many&colour=red');
    await send('POST', '/repos/o/r/check-runs', {
      name: 'x',
      head_sha: 'abc',
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' })),
      },
    });
    await send('POST', '/repos/o/r/check-runs', {
      name: 'x',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 12 }, () => ({ path: 'a' })) },
    });

    expect(github.state.violations.map((violation) => violation.problem)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}: body: required',
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments: path.issue_number: must be integer; ' +
        'query: must NOT have additional properties (colour); query.per_page: must be integer',
      'POST /repos/{owner}/{repo}/check-runs: body.output.annotations: must NOT have more than 50 items',
      // 12 annotations missing 4 fields each: 48 problems, the first 10 shown.
      "POST /repos/{owner}/{repo}/check-runs: body.output.annotations.0: must have required property 'start_line'; " +
        "body.output.annotations.0: must have required property 'end_line'; " +
        "body.output.annotations.0: must have required property 'annotation_level'; " +
        "body.output.annotations.0: must have required property 'message'; " +
        "body.output.annotations.1: must have required property 'start_line'; " +
        "body.output.annotations.1: must have required property 'end_line'; " +
        "body.output.annotations.1: must have required property 'annotation_level'; " +
        "body.output.annotations.1: must have required property 'message'; " +
        "body.output.annotations.2: must have required property 'start_line'; " +
        "body.output.annotations.2: must have required property 'end_line'; …and 38 more",
    ]);
  });

  it('answers 404 for a route GitHub does not have, and outside the API prefix', async () => {
    github = await startFakeGitHub({ pathPrefix: '/api/v3' });

    expect((await send('GET', '/repos/o/r/no-such-thing')).status).toBe(404);
    expect((await fetch(github.url.replace('/api/v3', '/repos/o/r'))).status).toBe(404);

    expect(github.state.violations.map((violation) => violation.problem)).toEqual([
      'no GitHub operation GET /api/v3/repos/o/r/no-such-thing',
      'no GitHub operation GET /repos/o/r',
    ]);
  });

  it('answers 501 for a real operation it does not implement', async () => {
    github = await startFakeGitHub();

    expect((await send('GET', '/repos/o/r/pulls/1')).status).toBe(501);
    expect(github.state.violations.map((violation) => violation.problem)).toEqual(['the fake does not implement pulls/get']);
  });

  it('accepts a valid request and serves what it stored', async () => {
    github = await startFakeGitHub();

    expect((await send('POST', '/repos/o/r/issues/7/comments', { body: 'hi' })).status).toBe(201);
    const listed = await send('GET', '/repos/o/r/issues/7/comments');

    expect(listed.body).toMatchObject([{ body: 'hi', user: { login: 'github-actions[bot]', type: 'Bot' } }]);
    expect(github.state.violations).toEqual([]);
  });
});
