// The one place that builds an Octokit. Everything else in src/github takes the client as its first
// parameter (the actions/labeler pattern) and hands plain data back.
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { GitHubLog } from './types.js';

const ReadinessOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ReadinessOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** `GITHUB_API_URL`: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  log: GitHubLog;
  /**
   * Milliseconds per unit of back-off: plugin-retry waits (retry number)² × this after a 5xx or a
   * network error, plugin-throttling waits GitHub's `retry-after` seconds × this. Default 1000; tests pass 0.
   */
  retryBaseMs?: number;
  /**
   * GitHub asks for a pause of at least a second between content-creating requests, and the
   * throttling plugin keeps it (one write a second, three seconds before each notifying write).
   * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#pause-between-mutative-requests
   * Default true; tests pass false.
   */
  pauseBetweenWrites?: boolean;
}

/** Rate-limit retries per request, after which the request fails with GitHub's 403 or 429. */
const RATE_LIMIT_RETRIES = 2;

type ThrottleGroup = NonNullable<ThrottlingOptions['write']>;

// plugin-throttling only calls `group.key(id).schedule(jobOptions, task)` on its write and
// notification groups; this stand-in runs the task at once instead of spacing it.
const UNPACED_GROUP = {
  key: () => ({ schedule: (_jobOptions: unknown, task: () => Promise<unknown>) => task() }),
} as unknown as ThrottleGroup;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const route = `${request.method} ${request.url}`;
      if (retryCount < RATE_LIMIT_RETRIES) {
        log.warning(
          `GitHub ${kind} hit on ${route}; waiting ${retryAfter} s before retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}`,
        );
        return true;
      }
      log.warning(`GitHub ${kind} hit on ${route}; giving up after ${RATE_LIMIT_RETRIES} retries`);
      return false;
    };
  return new ReadinessOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'readiness-gate',
    // Octokit logs every request at info level and failed ones at error level; the callers of this
    // port decide what a failure means (a 403 on a fork is expected), so both go to debug.
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      error: (message: string) => log.debug(message),
    },
    retry: { retryAfterBaseValue: retryBaseMs },
    throttle: {
      retryAfterBaseValue: retryBaseMs,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(options.pauseBetweenWrites === false ? { write: UNPACED_GROUP, notifications: UNPACED_GROUP } : {}),
    },
  });
}
