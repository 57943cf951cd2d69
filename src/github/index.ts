// The GitHub port: the only part of readiness-gate that talks to the GitHub API. Callers get a
// client from createGitHubClient, pass it to these functions, and get plain data back.
export { createCheckRun, type CheckRunRequest } from './check-run.js';
export { createGitHubClient, type GitHubClient, type GitHubClientOptions } from './client.js';
export {
  EventPayloadError,
  isForkPullRequest,
  readMergeGroupEvent,
  readPullRequestEvent,
  readPushEvent,
  type MergeGroupEvent,
  type PullRequestEvent,
  type PushEvent,
  type RepositoryName,
} from './event-payload.js';
export { listPullRequestFiles, type PullRequestFiles } from './pull-request-files.js';
export { findStickyComment, upsertStickyComment, type StickyComment, type StickyCommentTarget } from './sticky-comment.js';
export type { ApiPullRequestFile, CheckAnnotation, GitHubLog, WriteOutcome } from './types.js';
export { GitHubError } from './write-errors.js';
