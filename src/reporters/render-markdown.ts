// The Markdown report for the job summary and `--format markdown`, kept under GitHub's 1 MiB
// step-summary limit (a larger summary is rejected whole) by shedding detail in a fixed order.
import type { Report } from '../report.js';
import { plural } from './report-view.js';
import { largestFitting } from './fit-budget.js';
import { FULL_PLAN, type MarkdownPlan, renderBody, summaryFindingsShowable } from './markdown-sections.js';

export interface MarkdownOptions {
  /** e.g. `https://github.com/o/r/blob/<sha>/`; findings link to files under it when given. */
  linkBase?: string;
  title?: string;
  /** UTF-8 bytes; defaults to `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
}

/** Below GitHub's 1 MiB (1,048,576 bytes), leaving room for a caller's note after the report. */
export const DEFAULT_MAX_BYTES = 1_000_000;

function failedResults(report: Report) {
  return report.results.filter((result) => result.status === 'fail');
}

function render(report: Report, options: MarkdownOptions, plan: MarkdownPlan): string {
  const rendered = renderBody(report, options.title ?? 'Readiness gate', options.linkBase, plan);
  const failed = failedResults(report);
  const hiddenFindings = failed.reduce((sum, result) => sum + result.evidence.findingCount, 0) - rendered.findingsShown;
  const hiddenRules = failed.length - rendered.rulesShown;
  const truncated =
    plan.findingBudget !== FULL_PLAN.findingBudget ||
    plan.ruleBudget !== FULL_PLAN.ruleBudget ||
    plan.showNotices !== FULL_PLAN.showNotices ||
    plan.showMetrics !== FULL_PLAN.showMetrics;
  const hidden =
    hiddenRules > 0
      ? `${plural(hiddenFindings, 'finding')} and ${plural(hiddenRules, 'failed rule')} not shown`
      : `${plural(hiddenFindings, 'finding')} not shown`;
  const note = truncated ? [`> **… report truncated: ${hidden} (the JSON report has them all)**`] : [];
  return `${[...rendered.head, ...note, ...rendered.body].join('\n\n')}\n`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Sheds detail until the report fits: evidence findings first (as many as fit, in rule order),
 * then the notice section, then sections of failed rules, then the metrics. The heading, the
 * score table and the truncation note always stay.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const full = render(report, options, FULL_PLAN);
  if (byteLength(full) <= maxBytes) return full;

  const failed = failedResults(report);
  const withFindings = largestFitting(summaryFindingsShowable(report), maxBytes, byteLength, (findingBudget) =>
    render(report, options, { ...FULL_PLAN, findingBudget }),
  );
  if (withFindings !== undefined) return withFindings;

  const withoutNotices: MarkdownPlan = { ...FULL_PLAN, findingBudget: 0, showNotices: false };
  const blocking = failed.filter((result) => result.level !== 'notice').length;
  const withRules = largestFitting(blocking, maxBytes, byteLength, (ruleBudget) => render(report, options, { ...withoutNotices, ruleBudget }));
  if (withRules !== undefined) return withRules;

  return render(report, options, { ...withoutNotices, ruleBudget: 0, showMetrics: false });
}
