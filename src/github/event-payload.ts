// Typed reads of the webhook payload at GITHUB_EVENT_PATH, for the few fields the action needs.
// Payloads are validated, so a malformed one is one clear message, not an undefined deep inside.
// https://docs.github.com/en/webhooks/webhook-events-and-payloads
import * as z from 'zod';

export interface RepositoryName {
  owner: string;
  name: string;
}

/** `pull_request` and `pull_request_target`. */
export interface PullRequestEvent {
  repository: RepositoryName;
  number: number;
  base: { sha: string; ref: string };
  head: { sha: string; ref: string };
  /** The head lives in another repository (or in a deleted fork): the token is read-only. */
  isFork: boolean;
}

export interface MergeGroupEvent {
  repository: RepositoryName;
  baseSha: string;
  headSha: string;
  /** e.g. `refs/heads/main`. */
  baseRef: string;
  headRef: string;
}

export interface PushEvent {
  repository: RepositoryName;
  /** All zeros when the push created the branch. */
  before: string;
  after: string;
  /** e.g. `refs/heads/main`. */
  ref: string;
}

export class EventPayloadError extends Error {
  override name = 'EventPayloadError';
}

// SHA-1 today; SHA-256 repositories use 64 hex digits.
const sha = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, 'expected a commit sha (40 or 64 hex digits)');
const ref = z.string().min(1, 'expected a non-empty ref');
const repository = z.object({ name: z.string().min(1), owner: z.object({ login: z.string().min(1) }) });
const repoFullName = z.object({ full_name: z.string().min(1) });

const pullRequestPayload = z.object({
  repository,
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha, ref, repo: repoFullName }),
    // null when the fork was deleted after the pull request was opened.
    head: z.object({ sha, ref, repo: repoFullName.nullable() }),
  }),
});

const mergeGroupPayload = z.object({
  repository,
  merge_group: z.object({ base_sha: sha, head_sha: sha, base_ref: ref, head_ref: ref }),
});

const pushPayload = z.object({ repository, before: sha, after: sha, ref });

function parse<T>(event: string, schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  throw new EventPayloadError(`the ${event} event payload is malformed: ${problems.join('; ')}`);
}

function toRepositoryName(value: z.infer<typeof repository>): RepositoryName {
  return { owner: value.owner.login, name: value.name };
}

export function readPullRequestEvent(payload: unknown): PullRequestEvent {
  const { repository: repo, pull_request: pr } = parse('pull_request', pullRequestPayload, payload);
  return {
    repository: toRepositoryName(repo),
    number: pr.number,
    base: { sha: pr.base.sha, ref: pr.base.ref },
    head: { sha: pr.head.sha, ref: pr.head.ref },
    isFork: pr.head.repo === null || pr.head.repo.full_name !== pr.base.repo.full_name,
  };
}

/** True when a pull request comes from a fork; GitHub then gives the workflow a read-only token. */
export function isForkPullRequest(payload: unknown): boolean {
  return readPullRequestEvent(payload).isFork;
}

export function readMergeGroupEvent(payload: unknown): MergeGroupEvent {
  const { repository: repo, merge_group: group } = parse('merge_group', mergeGroupPayload, payload);
  return {
    repository: toRepositoryName(repo),
    baseSha: group.base_sha,
    headSha: group.head_sha,
    baseRef: group.base_ref,
    headRef: group.head_ref,
  };
}

export function readPushEvent(payload: unknown): PushEvent {
  const { repository: repo, before, after, ref: pushedRef } = parse('push', pushPayload, payload);
  return { repository: toRepositoryName(repo), before, after, ref: pushedRef };
}
