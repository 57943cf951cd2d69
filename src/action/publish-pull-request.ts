// Writes what the report says to the pull request: one sticky comment, and a check run when asked.
// A write that the token may not make is a warning; nothing here can change the verdict.
import type { Finding } from '../evidence.js';
import { createCheckRun } from '../github/check-run.js';
import type { GitHubClient } from '../github/client.js';
import { findStickyComment, upsertStickyComment } from '../github/sticky-comment.js';
import type { CheckAnnotation, WriteOutcome } from '../github/types.js';
import { GitHubError } from '../github/write-errors.js';
import type { Report } from '../report.js';
import { renderComment } from '../reporters/render-comment.js';
import { renderMarkdown } from '../reporters/render-markdown.js';
import type { EventContext } from './event-context.js';
import type { CommentMode } from './get-inputs.js';

export interface PublishRequest {
  /** Undefined when there is no token. */
  client: GitHubClient | undefined;
  context: EventContext;
  report: Report;
  comment: CommentMode;
  checkRun: boolean;
  /** Identifies this rule set's comment among others on the pull request. */
  marker: string;
  linkBase?: string;
  /** The scanned folder inside the repository, '' or ending in '/', for annotation paths. */
  prefix: string;
  /** Trusted one-line notes for the end of the comment, e.g. how many findings were not annotated. */
  commentNotes: string[];
}

export interface PublishOutcome {
  /** One line each, for the log and the job summary. */
  notes: string[];
  warnings: string[];
}

const CHECK_LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

/** Whether this run has something to say on the pull request under the chosen comment mode. */
function wantsNewComment(mode: CommentMode, report: Report): boolean {
  if (mode === 'always') return true;
  if (mode === 'on-failure' || mode === 'never') return mode === 'on-failure' && report.verdict === 'fail';
  const change = report.change;
  const moved = change !== undefined && (change.newFindings.length > 0 || Object.keys(change.deltas).length > 0 || change.ruleFileChange !== undefined);
  return report.verdict === 'fail' || moved;
}

function checkAnnotations(report: Report, prefix: string): CheckAnnotation[] {
  const fresh = new Set((report.change?.newFindings ?? []).map((f: Finding) => `${f.kind}\0${f.file}\0${f.line}`));
  const annotations: { isNew: boolean; annotation: CheckAnnotation }[] = [];
  for (const result of report.results) {
    if (result.status !== 'fail') continue;
    for (const finding of result.evidence.findings) {
      annotations.push({
        isNew: fresh.has(`${finding.kind}\0${finding.file}\0${finding.line}`),
        annotation: {
          path: `${prefix}${finding.file}`,
          start_line: finding.line,
          end_line: finding.line,
          annotation_level: CHECK_LEVEL[result.level],
          title: `readiness-gate: ${result.id}`,
          message: `${finding.message} — ${result.description}`,
        },
      });
    }
  }
  // New findings first: they are what the pull request author can act on.
  return annotations.sort((a, b) => Number(b.isNew) - Number(a.isNew)).map((entry) => entry.annotation);
}

function describe(what: string, outcome: WriteOutcome, notes: string[], warnings: string[]): void {
  if (outcome.status === 'skipped') warnings.push(outcome.warning ?? `${what} was not written`);
  else notes.push(`${what} ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`);
}

/** Writes to the pull request; a failure that retries could not mend becomes a warning, never a crash. */
export async function publishToPullRequest(request: PublishRequest): Promise<PublishOutcome> {
  try {
    return await publish(request);
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    return { notes: [], warnings: [`could not write to the pull request: ${error.message}`] };
  }
}

async function publish(request: PublishRequest): Promise<PublishOutcome> {
  const notes: string[] = [];
  const warnings: string[] = [];
  const { client, context, report } = request;
  const change = context.change;
  const wantsComment = request.comment !== 'never' && change?.pullRequest !== undefined;
  if (!wantsComment && !request.checkRun) return { notes, warnings };
  if (context.isFork) {
    notes.push(
      "this pull request comes from a fork, whose token is read-only: the comment and the check run are skipped, and the verdict is the same",
    );
    return { notes, warnings };
  }
  if (client === undefined || context.repository === undefined) {
    notes.push('no token, so nothing was written to the pull request (set the `token` input)');
    return { notes, warnings };
  }
  const { owner, name: repo } = context.repository;

  if (wantsComment && change?.pullRequest !== undefined) {
    const target = { owner, repo, issueNumber: change.pullRequest, marker: request.marker };
    const body = () =>
      renderComment(report, { marker: request.marker, linkBase: request.linkBase, notes: request.commentNotes });
    if (wantsNewComment(request.comment, report)) {
      describe('pull-request comment', await upsertStickyComment(client, { ...target, body: body() }), notes, warnings);
    } else if ((await findStickyComment(client, target)) !== undefined) {
      // A comment from an earlier run would now be out of date: bring it up to date rather than leave it.
      describe('pull-request comment', await upsertStickyComment(client, { ...target, body: body() }), notes, warnings);
    }
  }
  if (request.checkRun && change !== undefined) {
    const outcome = await createCheckRun(client, {
      owner,
      repo,
      headSha: change.linkSha,
      name: 'readiness-gate',
      conclusion: report.verdict === 'fail' ? 'failure' : 'success',
      title: `Readiness gate ${report.verdict === 'fail' ? 'failed' : 'passed'} · score ${report.score.overall}`,
      summary: renderMarkdown(report, { linkBase: request.linkBase, maxBytes: 60_000 }),
      annotations: checkAnnotations(report, request.prefix),
    });
    describe('check run', outcome, notes, warnings);
  }
  return { notes, warnings };
}
