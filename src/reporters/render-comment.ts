// The sticky pull-request comment: what the change did to the gate, new findings first. GitHub
// rejects a comment body over 65,536 characters with 422, so detail is shed in a fixed order until
// it fits. https://docs.github.com/en/rest/issues/comments#create-an-issue-comment
import type { Report } from '../report.js';
import {
  COMMENT_CAPS,
  type CommentPlan,
  FULL_COMMENT_PLAN,
  changeBlocks,
  countsLine,
  footerBlocks,
  headingLine,
  isQuiet,
  newFindingsLine,
  ruleBlocks,
} from './comment-sections.js';
import { type FailedGroups, failedGroups, showableFindings } from './change-findings.js';
import { largestFitting } from './fit-budget.js';
import { plural } from './report-view.js';

export interface CommentOptions {
  /** The hidden first line the caller finds its comment by, e.g. `<!-- readiness-gate:recommended -->`; trusted. */
  marker: string;
  /** `<server>/<owner>/<repo>/blob/<head sha>/`; findings link to file:line under it when given. */
  linkBase?: string;
  /** UTF-16 code units, which is what GitHub counts; defaults to `MAX_COMMENT_CHARS`. */
  maxChars?: number;
  /** Trusted one-line notes from the caller, e.g. "pull-request comment not written: …", quoted at the end. */
  notes?: string[];
}

export const MAX_COMMENT_CHARS = 65_536;

/** String length is in UTF-16 code units, never fewer than the characters GitHub counts. */
function length(text: string): number {
  return text.length;
}

function notesBlock(notes: readonly string[]): string[] {
  if (notes.length === 0) return [];
  return [notes.flatMap((note) => note.split(/\r?\n/)).map((line) => `> ${line}`).join('\n')];
}

function truncationNote(hiddenFindings: number, hiddenRules: number, changeDetailsHidden: boolean): string {
  const hidden = [plural(hiddenFindings, 'finding')];
  if (hiddenRules > 0) hidden.push(plural(hiddenRules, 'failed rule'));
  if (changeDetailsHidden) hidden.push('the change details');
  const listed = hidden.length > 1 ? `${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1) ?? ''}` : hidden.join('');
  return `> **… comment truncated: ${listed} not shown (the job summary and the JSON report have them all)**`;
}

function isFullPlan(plan: CommentPlan): boolean {
  return (Object.keys(FULL_COMMENT_PLAN) as (keyof CommentPlan)[]).every((key) => plan[key] === FULL_COMMENT_PLAN[key]);
}

function render(report: Report, groups: FailedGroups, options: CommentOptions, plan: CommentPlan): string {
  const rules = ruleBlocks(groups, plan, options.linkBase);
  const failed = [...groups.blocking, ...groups.notices];
  const note = isFullPlan(plan)
    ? []
    : [
        truncationNote(
          failed.reduce((sum, group) => sum + group.total, 0) - rules.findingsShown,
          failed.length - rules.rulesShown,
          !plan.showChangeDetails,
        ),
      ];
  const body = [
    ...changeBlocks(report, plan),
    newFindingsLine(report, groups),
    ...rules.blocks,
    ...footerBlocks(report),
    ...notesBlock(options.notes ?? []),
  ];
  // The marker must be the very first line, so it is joined to the heading by a single newline.
  return `${options.marker}\n${[headingLine(report), countsLine(report), ...note, ...body].join('\n\n')}\n`;
}

function renderQuiet(report: Report, options: CommentOptions): string {
  const blocks = [headingLine(report), 'No findings on the lines this pull request adds.', ...notesBlock(options.notes ?? [])];
  return `${options.marker}\n${blocks.join('\n\n')}\n`;
}

/** Whole lines from the start that fit; only reached when even the smallest plan is too long. */
function cutToLength(text: string, maxChars: number): string {
  if (length(text) <= maxChars) return text;
  let kept = '';
  for (const line of text.split('\n')) {
    if (length(kept) + length(line) + 1 > maxChars) break;
    kept += `${line}\n`;
  }
  return kept;
}

/**
 * Sheds detail until the comment fits: findings first (older ones before new ones), then the
 * notice details, then sections of failed rules, then the change table. The heading, the counts
 * and the truncation note always stay.
 */
export function renderComment(report: Report, options: CommentOptions): string {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const groups = failedGroups(report);
  if (isQuiet(report, groups)) return cutToLength(renderQuiet(report, options), maxChars);

  const full = render(report, groups, options, FULL_COMMENT_PLAN);
  if (length(full) <= maxChars) return full;

  const showable = showableFindings([...groups.blocking, ...groups.notices], COMMENT_CAPS);
  const withFindings = largestFitting(showable, maxChars, length, (findingBudget) =>
    render(report, groups, options, { ...FULL_COMMENT_PLAN, findingBudget }),
  );
  if (withFindings !== undefined) return withFindings;

  const withoutNotices: CommentPlan = { ...FULL_COMMENT_PLAN, findingBudget: 0, showNotices: false };
  const withRules = largestFitting(groups.blocking.length, maxChars, length, (ruleBudget) =>
    render(report, groups, options, { ...withoutNotices, ruleBudget }),
  );
  if (withRules !== undefined) return withRules;

  return cutToLength(render(report, groups, options, { ...withoutNotices, ruleBudget: 0, showChangeDetails: false }), maxChars);
}
