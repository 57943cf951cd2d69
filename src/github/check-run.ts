// A check run on the pull request's head commit, with every annotation: the Checks API takes 50
// annotations per request and appends those of each update to the run.
// https://docs.github.com/en/rest/checks/runs#update-a-check-run
import type { GitHubClient } from './client.js';
import { cutText } from './cut-text.js';
import type { CheckAnnotation, WriteOutcome } from './types.js';
import { CHECK_RUN_WRITE, writeOrSkip } from './write-errors.js';

export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_TEXT_LIMIT = 65_535;
export const CHECK_TITLE_LIMIT = 255;
const TEXT_CUT_NOTE = '\n\n…(cut to fit GitHub’s 65,535-character check-run limit)';

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The pull request's head sha (on pull_request, GITHUB_SHA is the test merge commit instead). */
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown. */
  summary: string;
  /** Markdown shown below the summary. */
  text?: string;
  annotations: CheckAnnotation[];
}

// GitHub numbers lines from 1 and rejects the whole request (422) on a line 0, which a whole-file
// finding would give; such an annotation goes on line 1.
function toApiAnnotation(annotation: CheckAnnotation): CheckAnnotation {
  const startLine = Math.max(1, annotation.start_line);
  return {
    ...annotation,
    start_line: startLine,
    end_line: Math.max(startLine, annotation.end_line),
    ...(annotation.title === undefined ? {} : { title: cutText(annotation.title, CHECK_TITLE_LIMIT, '…') }),
  };
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Creates a completed check run; a token without `checks: write` gives `skipped`. */
export function createCheckRun(client: GitHubClient, request: CheckRunRequest): Promise<WriteOutcome> {
  const { owner, repo } = request;
  const output = {
    title: cutText(request.title, CHECK_TITLE_LIMIT, '…'),
    summary: cutText(request.summary, CHECK_TEXT_LIMIT, TEXT_CUT_NOTE),
    ...(request.text === undefined ? {} : { text: cutText(request.text, CHECK_TEXT_LIMIT, TEXT_CUT_NOTE) }),
  };
  const [first = [], ...rest] = batches(request.annotations.map(toApiAnnotation), ANNOTATIONS_PER_REQUEST);
  return writeOrSkip(CHECK_RUN_WRITE, async () => {
    // Giving a conclusion completes the run at once, so a failed later batch never leaves it in progress.
    const created = await client.rest.checks.create({
      owner,
      repo,
      name: request.name,
      head_sha: request.headSha,
      conclusion: request.conclusion,
      output: { ...output, annotations: first },
    });
    for (const annotations of rest) {
      // An update's output requires title and summary again; repeating them keeps them as they are.
      await client.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: { ...output, annotations } });
    }
    const url = created.data.html_url;
    return url === null ? { status: 'created' } : { status: 'created', url };
  });
}
