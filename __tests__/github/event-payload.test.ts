import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  EventPayloadError,
  isForkPullRequest,
  readMergeGroupEvent,
  readPullRequestEvent,
  readPushEvent,
} from '../../src/github/event-payload.js';

// Real payloads GitHub sent, from @octokit/webhooks-examples.
const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

function example(name: string): Record<string, unknown> {
  const found = definitions.find((definition) => definition.name === name)?.examples[0];
  if (found === undefined) throw new Error(`no ${name} example`);
  return structuredClone(found);
}

function withHeadRepo(headRepo: unknown): Record<string, unknown> {
  const payload = example('pull_request') as { pull_request: { head: { repo: unknown } } };
  payload.pull_request.head.repo = headRepo;
  return payload;
}

describe('event payloads', () => {
  it('reads a pull_request payload', () => {
    expect(readPullRequestEvent(example('pull_request'))).toEqual({
      repository: { owner: 'Codertocat', name: 'Hello-World' },
      number: 2,
      base: { sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', ref: 'master' },
      head: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', ref: 'changes' },
      isFork: false,
    });
  });

  it.each([
    ['the same repository', undefined, false],
    ['a fork', { full_name: 'someone/Hello-World' }, true],
    ['a deleted fork', null, true],
  ])('tells a pull request from %s', (_name, headRepo, fork) => {
    const payload = headRepo === undefined ? example('pull_request') : withHeadRepo(headRepo);
    expect(isForkPullRequest(payload)).toBe(fork);
  });

  it('reads a merge_group payload', () => {
    expect(readMergeGroupEvent(example('merge_group'))).toEqual({
      repository: { owner: 'octo-org', name: 'octo-repo' },
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      baseRef: 'refs/heads/main',
      headRef: 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
    });
  });

  it('reads a push payload, including a new ref’s all-zero before', () => {
    expect(readPushEvent(example('push'))).toEqual({
      repository: { owner: 'Codertocat', name: 'Hello-World' },
      before: '0000000000000000000000000000000000000000',
      after: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      ref: 'refs/tags/simple-tag',
    });
  });

  it('names every malformed field in one message', () => {
    const payload = example('pull_request') as { pull_request: Record<string, unknown> & { head: Record<string, unknown> } };
    payload.pull_request.head.sha = 'not-a-sha';
    delete payload.pull_request.number;

    expect(() => readPullRequestEvent(payload)).toThrow(EventPayloadError);
    expect(() => readPullRequestEvent(payload)).toThrow(
      'the pull_request event payload is malformed: pull_request.number: Invalid input: expected number, received undefined; ' +
        'pull_request.head.sha: expected a commit sha (40 or 64 hex digits)',
    );
    expect(() => readPushEvent('')).toThrow(
      'the push event payload is malformed: (payload): Invalid input: expected object, received string',
    );
  });
});
