// Answers GitHub really gives, for failNext(). Messages are GitHub's own: Octokit and the
// throttling plugin decide what to do from them.
// https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Close the socket without answering, as a dropped connection does; `status` is only recorded. */
  dropConnection?: boolean;
}

export const CONNECTION_RESET: FakeResponse = { status: 0, dropConnection: true };

export const BAD_GATEWAY: FakeResponse = { status: 502, body: { message: 'Server Error' } };

export const SECONDARY_RATE_LIMIT: FakeResponse = {
  status: 403,
  headers: { 'retry-after': '0' },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  },
};

/** The primary limit used up until `resetEpochSeconds` (GitHub's `x-ratelimit-reset`). */
export function rateLimitExhausted(resetEpochSeconds: number): FakeResponse {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(resetEpochSeconds),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
    },
  };
}

/** What a write gets with a fork's read-only GITHUB_TOKEN, or without the `permissions:` entry. */
export const NOT_ACCESSIBLE_BY_INTEGRATION: FakeResponse = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  },
};

export const NOT_FOUND: FakeResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};
