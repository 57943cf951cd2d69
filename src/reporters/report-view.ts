// Read-only views of a Report shared by the text and Markdown renderers, so both present the same
// order, numbers and wording. Nothing here decides a verdict or a score; the report already has them.
import type { Finding } from '../evidence.js';
import type { ActiveLevel, Report, RuleResult } from '../report.js';

export const ACTIVE_LEVELS: readonly ActiveLevel[] = ['error', 'warning', 'notice'];

/** The metrics a reader checks first; shown on one line in the terminal and first in Markdown. */
export const KEY_METRICS = [
  'tests.cases',
  'tests.files',
  'source.files',
  'ci.workflows',
  'docker.files',
  'catch.generic',
  'todo.comments',
] as const;

/** Failed results at one level, largest overall impact first (stable, so ties keep report order). */
export function failedResultsAt(report: Report, level: ActiveLevel): RuleResult[] {
  return report.results
    .filter((result) => result.status === 'fail' && result.level === level)
    .sort((a, b) => b.impact.overall - a.impact.overall);
}

export function failedCountAt(report: Report, level: ActiveLevel): number {
  if (level === 'error') return report.counts.errors;
  if (level === 'warning') return report.counts.warnings;
  return report.counts.notices;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const LEVEL_NOUNS: Record<ActiveLevel, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** e.g. `["2 errors", "1 warning"]`: the non-zero failed counts, most severe first. */
export function failedCountPhrases(report: Report): string[] {
  return ACTIVE_LEVELS.filter((level) => failedCountAt(report, level) > 0).map((level) =>
    plural(failedCountAt(report, level), LEVEL_NOUNS[level]),
  );
}

/** At most two decimals and no trailing zeros: `7.5`, `10`, `0.25`. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** Uses U+2212 MINUS SIGN, which reads as a deduction rather than a hyphen. */
export function formatImpact(overall: number): string {
  return overall > 0 ? `\u2212${formatNumber(overall)} overall` : 'no score impact';
}

export function formatScore(score: number): string {
  return score.toFixed(1);
}

export function skippedTotal(report: Report): number {
  return Object.values(report.inventory.skipped).reduce((sum, count) => sum + (count ?? 0), 0);
}

/** e.g. `15 vendored, 5 generated`, largest first. */
export function skippedBreakdown(report: Report): string {
  return Object.entries(report.inventory.skipped)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([reason, count]) => `${count ?? 0} ${reason}`)
    .join(', ');
}

export function metricValue(report: Report, metric: string): string {
  const value = report.metrics[metric];
  return value === undefined ? '\u2013' : formatNumber(value);
}

/** `file:line`, or just `file` when the finding is about the whole file. */
export function findingLocation(finding: Finding): string {
  return finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file;
}

/**
 * Caps untrusted text before rendering so one huge message (a minified line quoted by a collector,
 * a hostile rule description) cannot crowd out the rest of the report. Cuts on code points.
 */
export function clip(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}

export const MAX_PATH_LENGTH = 300;
export const MAX_MESSAGE_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 1000;
