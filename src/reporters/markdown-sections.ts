// The sections of the Markdown report, rendered under a plan that says how much detail fits.
// Every string that came from the scanned repository or a rule file goes through markdown-escape.
import { LANGUAGES } from '../evidence.js';
import type { ActiveLevel, Report } from '../report.js';
import {
  type FindingCaps,
  type RuleFindings,
  type ShownFindings,
  allocateFindings,
  failedGroups,
  indexNewFindings,
  showableFindings,
} from './change-findings.js';
import { changeTable, ruleFileNote, scoreChange } from './change-sections.js';
import { findingList } from './finding-list.js';
import { codeSpan, escapeInline, escapeText } from './markdown-escape.js';
import {
  KEY_METRICS,
  MAX_DESCRIPTION_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_PATH_LENGTH,
  clip,
  formatImpact,
  formatNumber,
  formatScore,
  plural,
  skippedBreakdown,
  skippedTotal,
} from './report-view.js';

/** How much detail to render; the full plan has no limits beyond `FINDINGS_PER_RULE`. */
export interface MarkdownPlan {
  /** Findings that may be shown in the whole report, taken in rule order. */
  findingBudget: number;
  /** Failed errors and warnings that get a section; the rest are only counted. */
  ruleBudget: number;
  showNotices: boolean;
  showMetrics: boolean;
}

export const FULL_PLAN: MarkdownPlan = {
  findingBudget: Number.POSITIVE_INFINITY,
  ruleBudget: Number.POSITIVE_INFINITY,
  showNotices: true,
  showMetrics: true,
};

/** Enough to act on; the rest are counted in "… and N more". */
export const FINDINGS_PER_RULE = 10;

/** New findings come first within the same per-rule limit. */
const SUMMARY_CAPS: FindingCaps = { fresh: FINDINGS_PER_RULE, others: FINDINGS_PER_RULE, total: FINDINGS_PER_RULE };

export interface RenderedBody {
  /** Blocks that go before the truncation note (heading, summary) and after it. */
  head: string[];
  body: string[];
  findingsShown: number;
  rulesShown: number;
}

const VERDICT_MARK = { pass: '✅', fail: '❌' } as const;
const LEVEL_MARK: Record<ActiveLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function headBlocks(report: Report, title: string): string[] {
  const verdictWord = report.verdict === 'pass' ? 'passed' : 'failed';
  const heading = `## ${VERDICT_MARK[report.verdict]} ${escapeText(title)}: ${verdictWord} · score ${formatScore(report.score.overall)} / 100${scoreChange(report)}`;
  const counts = report.counts;
  const summary = [
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    plural(counts.notices, 'notice'),
    `${counts.passed} passed`,
    `${counts.notApplicable} not applicable`,
    `fail-on: ${report.failOn}`,
  ].join(' · ');
  return [heading, summary];
}

function categoryTable(report: Report): string {
  const rows = report.score.categories.map(
    (category) =>
      `| ${escapeText(category.category)} | ${formatScore(category.score)} | ${formatNumber(category.weight)} | ${category.rules} | ${category.failed} |`,
  );
  return ['| Category | Score | Weight | Rules | Failed |', '| --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

function resultSection(group: RuleFindings, shown: ShownFindings, linkBase: string | undefined): string[] {
  const { result } = group;
  const impact =
    result.impact.overall > 0
      ? `${formatImpact(result.impact.overall)} (\u2212${formatNumber(result.impact.category)} on ${escapeText(result.category)})`
      : formatImpact(result.impact.overall);
  const list = findingList(shown, linkBase);
  return [
    `#### ${LEVEL_MARK[result.level]} ${codeSpan(clip(result.id, MAX_PATH_LENGTH))} · ${result.level} · ${escapeText(result.category)}`,
    escapeInline(clip(result.message, MAX_MESSAGE_LENGTH)),
    escapeInline(clip(result.description, MAX_DESCRIPTION_LENGTH)),
    `**Impact:** ${impact}`,
    ...(list === undefined ? [] : [list]),
  ].filter((block) => block !== '');
}

/** Findings the full report shows; the budget search in `renderMarkdown` runs up to this. */
export function summaryFindingsShowable(report: Report): number {
  const { blocking, notices } = failedGroups(report);
  return showableFindings([...blocking, ...notices], SUMMARY_CAPS);
}

function failedRuleBlocks(
  report: Report,
  plan: MarkdownPlan,
  linkBase: string | undefined,
): { blocks: string[]; findingsShown: number; rulesShown: number } {
  const { blocking, notices } = failedGroups(report);
  const detailed = blocking.slice(0, plan.ruleBudget);
  const noticesShown = plan.showNotices ? notices : [];
  const groups = [...detailed, ...noticesShown];
  const shown = allocateFindings(groups, SUMMARY_CAPS, plan.findingBudget);
  const sections = groups.map((group, position) => {
    const allocation = shown[position];
    return allocation === undefined ? [] : resultSection(group, allocation, linkBase);
  });
  const blocks: string[] = [];
  if (groups.length > 0) blocks.push('### Failed rules');
  blocks.push(...sections.slice(0, detailed.length).flat());
  if (noticesShown.length > 0) {
    blocks.push(`<details>\n<summary>${plural(noticesShown.length, 'notice')}</summary>`);
    blocks.push(...sections.slice(detailed.length).flat());
    blocks.push('</details>');
  }
  const findingsShown = shown.reduce((sum, allocation) => sum + allocation.fresh.length + allocation.others.length, 0);
  return { blocks, findingsShown, rulesShown: groups.length };
}

/** The score change is in the heading; this is the table and the rule-file note. */
function changeBlocks(report: Report): string[] {
  const change = report.change;
  if (change === undefined) return [];
  const table = changeTable(change, indexNewFindings(report));
  const note = ruleFileNote(change, true);
  return [
    ...(table === undefined ? [] : ['### What this PR changed', table]),
    ...(note === undefined ? [] : [note]),
  ];
}

function metricRows(metrics: Record<string, number>): string[] {
  const keyFirst = KEY_METRICS.filter((metric) => metrics[metric] !== undefined);
  const others = Object.keys(metrics)
    .filter((metric) => !(KEY_METRICS as readonly string[]).includes(metric))
    .sort();
  return [...keyFirst, ...others];
}

function languageTable(report: Report): string | undefined {
  const languages = LANGUAGES.filter((language) => report.byLanguage[language] !== undefined);
  if (languages.length === 0) return undefined;
  const merged: Record<string, number> = {};
  for (const language of languages) Object.assign(merged, report.byLanguage[language]);
  const rows = metricRows(merged).map((metric) => {
    const cells = languages.map((language) => {
      const value = report.byLanguage[language]?.[metric];
      return value === undefined ? '\u2013' : formatNumber(value);
    });
    return `| ${codeSpan(metric, { inTable: true })} | ${cells.join(' | ')} |`;
  });
  const header = `| Metric | ${languages.join(' | ')} |`;
  const divider = `| --- | ${languages.map(() => '---:').join(' | ')} |`;
  return [header, divider, ...rows].join('\n');
}

function metricsDetails(report: Report): string[] {
  const rows = metricRows(report.metrics).map(
    (metric) => `| ${codeSpan(metric, { inTable: true })} | ${formatNumber(report.metrics[metric] ?? 0)} |`,
  );
  const table = ['| Metric | Value |', '| --- | ---: |', ...rows].join('\n');
  const languages = languageTable(report);
  return [
    '<details>\n<summary>Metrics</summary>',
    table,
    ...(languages === undefined ? [] : ['By language:', languages]),
    '</details>',
  ];
}

function footer(report: Report): string {
  const extendsPart =
    report.rules.extends.length > 0
      ? ` (extends ${report.rules.extends.map((name) => codeSpan(clip(name, MAX_PATH_LENGTH))).join(', ')})`
      : '';
  const { inventory } = report;
  const skipped = skippedTotal(report);
  const breakdown = skipped > 0 ? ` (${skippedBreakdown(report)})` : '';
  const source = inventory.source === 'git' ? 'git ls-files' : 'directory walk';
  return [
    `Rules: ${codeSpan(clip(report.rules.source, MAX_PATH_LENGTH))}${extendsPart}`,
    `Files: ${inventory.listed} listed, ${inventory.scanned} scanned, ${skipped} skipped${breakdown}, from ${source}`,
    `${report.tool.name} ${escapeText(report.tool.version)}`,
  ].join(' · ');
}

export function renderBody(report: Report, title: string, linkBase: string | undefined, plan: MarkdownPlan): RenderedBody {
  const failed = failedRuleBlocks(report, plan, linkBase);
  const body = [...changeBlocks(report), categoryTable(report), ...failed.blocks, ...(plan.showMetrics ? metricsDetails(report) : []), '---', footer(report)];
  return { head: headBlocks(report, title), body, findingsShown: failed.findingsShown, rulesShown: failed.rulesShown };
}
