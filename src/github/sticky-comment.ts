// One comment per pull request and rule set, found again by a hidden HTML marker and edited in
// place, so reruns never pile up comments (danger-js, dependency-review-action do the same).
// https://docs.github.com/en/rest/issues/comments
import type { GitHubClient } from './client.js';
import { cutText } from './cut-text.js';
import type { WriteOutcome } from './types.js';
import { COMMENT_WRITE, toGitHubError, writeOrSkip } from './write-errors.js';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** A pull request is an issue here: comments on its conversation tab. */
  issueNumber: number;
  /** A hidden HTML comment, e.g. `<!-- readiness-gate:recommended -->`. */
  marker: string;
}

export interface StickyComment {
  id: number;
  body: string;
  url: string;
}

/** GitHub rejects a longer body with 422. */
export const COMMENT_BODY_LIMIT = 65_536;
const CUT_NOTE = '\n\n…(cut to fit GitHub’s 65,536-character comment limit)';

function checkMarker(marker: string): void {
  if (!/^<!--[^]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new Error(`the sticky-comment marker must be one HTML comment like <!-- readiness-gate:recommended -->, not ${JSON.stringify(marker)}`);
  }
}

/**
 * Finds the comment holding the marker: the first one a bot wrote, else the first one. Throws a
 * GitHubError when the comments cannot be listed.
 */
export async function findStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
): Promise<StickyComment | undefined> {
  try {
    return await searchComments(client, target);
  } catch (error) {
    throw toGitHubError(error, 'list the pull-request comments');
  }
}

// Pages stop as soon as a bot's comment turns up, which saves requests on long threads
// (GITHUB_TOKEN gets about 1,000 requests an hour).
async function searchComments(client: GitHubClient, target: StickyCommentTarget): Promise<StickyComment | undefined> {
  checkMarker(target.marker);
  let firstByAnyone: StickyComment | undefined;
  let firstByBot: StickyComment | undefined;
  await client.paginate(
    client.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      for (const comment of response.data) {
        if (comment.body === undefined || !comment.body.includes(target.marker)) continue;
        const found = { id: comment.id, body: comment.body, url: comment.html_url };
        firstByAnyone ??= found;
        if (comment.user?.type === 'Bot') {
          firstByBot = found;
          done();
          break;
        }
      }
      return [];
    },
  );
  return firstByBot ?? firstByAnyone;
}

/** The body as posted: within GitHub's limit, and holding the marker even when the cut would drop it. */
export function stickyCommentBody(marker: string, body: string): string {
  if (body.includes(marker) && body.length <= COMMENT_BODY_LIMIT) return body;
  return `${marker}\n${cutText(body, COMMENT_BODY_LIMIT - marker.length - 1, CUT_NOTE)}`;
}

/** Creates the comment, or updates it when its body differs; a token that may not write gives `skipped`. */
export function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentTarget & { body: string },
): Promise<WriteOutcome> {
  const { owner, repo, issueNumber } = request;
  const body = stickyCommentBody(request.marker, request.body);
  return writeOrSkip(COMMENT_WRITE, async () => {
    const existing = await searchComments(client, request);
    if (existing === undefined) {
      const created = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
      return { status: 'created', url: created.data.html_url };
    }
    if (existing.body === body) return { status: 'unchanged', url: existing.url };
    const updated = await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { status: 'updated', url: updated.data.html_url };
  });
}
