// The pull-request parts shared by the comment and the job summary: the score change, the
// "What this PR changed" table and the note when the pull request edits the rule file.
import type { ChangeReport, Report } from '../report.js';
import type { NewFindingIndex } from './change-findings.js';
import { codeSpan, escapeInline } from './markdown-escape.js';
import { describeDelta, metricOrder } from './metric-labels.js';
import { MAX_MESSAGE_LENGTH, MAX_PATH_LENGTH, clip, formatNumber, formatScore, plural } from './report-view.js';

/** e.g. " (−3.4 vs base)", or "" outside pull-request mode. */
export function scoreChange(report: Report): string {
  if (report.change === undefined) return '';
  const rounded = Number(formatScore(report.change.scoreDelta));
  if (rounded === 0) return ' (same as base)';
  const sign = rounded < 0 ? '\u2212' : '+';
  return ` (${sign}${formatScore(Math.abs(rounded))} vs base)`;
}

/** How many code examples a row names, e.g. "+1 generic catch (`except Exception`)". */
const EXAMPLES_PER_ROW = 3;
const MAX_EXAMPLE_LENGTH = 60;

/** The first quoted code in each new finding's message: what the added lines actually contain. */
function examples(metric: string, index: NewFindingIndex): string[] {
  const quoted = index
    .ofKind(metric)
    .map((finding) => /`([^`]+)`/.exec(finding.message)?.[1])
    .filter((code): code is string => code !== undefined && code.trim() !== '');
  return [...new Set(quoted)].slice(0, EXAMPLES_PER_ROW);
}

function changeRow(metric: string, change: ChangeReport, index: NewFindingIndex): string | undefined {
  const delta = change.deltas[metric];
  if (delta === undefined || delta.delta === 0) return undefined;
  const quoted = delta.delta > 0 ? examples(metric, index) : [];
  const suffix =
    quoted.length > 0
      ? ` (${quoted.map((code) => codeSpan(clip(code, MAX_EXAMPLE_LENGTH), { inTable: true })).join(', ')})`
      : '';
  return `| ${describeDelta(metric, delta.delta)}${suffix} | ${formatNumber(delta.base)} → ${formatNumber(delta.head)} |`;
}

/** The table, or undefined when no metric moved. */
export function changeTable(change: ChangeReport, index: NewFindingIndex): string | undefined {
  const rows = metricOrder(Object.keys(change.deltas))
    .map((metric) => changeRow(metric, change, index))
    .filter((row): row is string => row !== undefined);
  if (rows.length === 0) return undefined;
  return ['| Change | In the changed files |', '| --- | --- |', ...rows].join('\n');
}

export function hasMovedMetrics(change: ChangeReport): boolean {
  return Object.values(change.deltas).some((delta) => delta.delta !== 0);
}

/**
 * Says that the gate ignored the pull request's own rule file (so a PR cannot weaken its gate) and
 * what those rules would change; `withDifferences: false` keeps only the sentence, to save space.
 */
export function ruleFileNote(change: ChangeReport, withDifferences: boolean): string | undefined {
  const edit = change.ruleFileChange;
  if (edit === undefined) return undefined;
  const path = codeSpan(clip(edit.path, MAX_PATH_LENGTH));
  const intro = `> This pull request changes ${path}; the gate used the base branch's rules.`;
  if (edit.differences.length === 0) return `${intro} The PR's rules would not change any rule's level or check.`;
  if (!withDifferences) return `${intro} With the PR's rules: ${plural(edit.differences.length, 'difference')} (the job summary lists them).`;
  const items = edit.differences.map((difference) => `> - ${escapeInline(clip(difference, MAX_MESSAGE_LENGTH))}`);
  return [`${intro} With the PR's rules:`, '>', ...items].join('\n');
}
