// Turns a failed write into either a skip (the token may not write) or a GitHubError with the
// status and GitHub's own message. A read-only token is normal on a fork's pull request, so it is a
// warning, never a failure: https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#permissions-for-the-github_token
import type { WriteOutcome } from './types.js';

/** An API call that still failed after the retries; `status` is GitHub's HTTP status. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a write is, in words, and the `permissions:` entry it needs. */
export interface WriteTarget {
  /** e.g. "write the pull-request comment". */
  action: string;
  permission: 'pull-requests: write' | 'checks: write';
}

export const COMMENT_WRITE: WriteTarget = { action: 'write the pull-request comment', permission: 'pull-requests: write' };
export const CHECK_RUN_WRITE: WriteTarget = { action: 'create the check run', permission: 'checks: write' };

interface ApiFailure {
  status: number;
  message: string;
  method: string;
  url: string;
}

// @octokit/request-error's RequestError, read by shape so this module needs no Octokit import.
function asApiFailure(error: unknown): ApiFailure | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') return undefined;
  const request = 'request' in error ? (error.request as { method?: unknown; url?: unknown } | undefined) : undefined;
  return {
    status: error.status,
    message: error.message,
    method: typeof request?.method === 'string' ? request.method : '?',
    url: typeof request?.url === 'string' ? request.url : '?',
  };
}

// 403 "Resource not accessible by integration" is the GITHUB_TOKEN without the permission (or a
// fork's read-only token); "…by personal access token" is the same for a fine-grained PAT. GitHub
// answers 404 instead of 403 when the token may not even see the target, which on a write means
// the same thing.
function isPermissionFailure(failure: ApiFailure): boolean {
  if (failure.status === 403) return /Resource not accessible by/i.test(failure.message);
  return failure.status === 404 && failure.method !== 'GET';
}

export function permissionWarning(target: WriteTarget): string {
  return `could not ${target.action}: the token has no ${target.permission} permission (a fork's pull request gets a read-only token)`;
}

/** An API failure as a GitHubError saying what could not be done; any other error (a bug) as it is. */
export function toGitHubError(error: unknown, action: string): unknown {
  const failure = asApiFailure(error);
  if (failure === undefined) return error;
  const path = failure.url.replace(/\?.*$/, '');
  return new GitHubError(
    `could not ${action}: GitHub answered ${failure.status} to ${failure.method} ${path}: ${failure.message}`,
    failure.status,
    { cause: error },
  );
}

/** Runs a write; a permission failure becomes `skipped`, an API failure a GitHubError, anything else is rethrown as is. */
export async function writeOrSkip(target: WriteTarget, write: () => Promise<WriteOutcome>): Promise<WriteOutcome> {
  try {
    return await write();
  } catch (error) {
    const failure = asApiFailure(error);
    if (failure !== undefined && isPermissionFailure(failure)) {
      return { status: 'skipped', warning: permissionWarning(target) };
    }
    throw toGitHubError(error, target.action);
  }
}
