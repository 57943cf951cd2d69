// The CLI's default output: a report a person can read at 100 columns.
import { scoreChange } from './change-sections.js';
import { describeDelta, metricOrder } from './metric-labels.js';
import type { ActiveLevel, Report, RuleResult } from '../report.js';
import {
  ACTIVE_LEVELS,
  KEY_METRICS,
  MAX_DESCRIPTION_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_PATH_LENGTH,
  clip,
  failedCountPhrases,
  failedResultsAt,
  findingLocation,
  formatImpact,
  formatScore,
  metricValue,
  plural,
  skippedBreakdown,
  skippedTotal,
} from './report-view.js';
import { neutraliseWorkflowCommands, terminalLine, wrapItems, wrapText } from './terminal-text.js';

export interface TextOptions {
  color: boolean;
}

const WIDTH = 100;
/** Enough to see the pattern; the Markdown and JSON reports have more. */
const FINDINGS_SHOWN = 5;

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Record<Style, [string, string]> = {
  bold: ['\u001B[1m', '\u001B[22m'],
  dim: ['\u001B[2m', '\u001B[22m'],
  red: ['\u001B[31m', '\u001B[39m'],
  yellow: ['\u001B[33m', '\u001B[39m'],
  cyan: ['\u001B[36m', '\u001B[39m'],
  green: ['\u001B[32m', '\u001B[39m'],
};

type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (style, text) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (_style, text) => text;
}

const LEVEL_MARK: Record<ActiveLevel, string> = { error: '✖', warning: '▲', notice: '●' };
const LEVEL_STYLE: Record<ActiveLevel, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
const LEVEL_HEADING: Record<ActiveLevel, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };

/** Untrusted text for one line: controls stripped and length capped. */
function safe(text: string, maxLength: number): string {
  return clip(terminalLine(text), maxLength);
}

function verdictLine(report: Report, paint: Paint): string {
  const counts = failedCountPhrases(report);
  const advisory = report.failOn === 'never' ? ' — advisory (fail-on: never)' : '';
  if (report.verdict === 'fail') {
    return paint('red', paint('bold', `✖ readiness gate failed: ${counts.join(', ')}`)) + advisory;
  }
  const suffix = counts.length > 0 ? ` (${counts.join(', ')})` : '';
  return paint('green', paint('bold', `✔ readiness gate passed${suffix}`)) + advisory;
}

function rulesLine(report: Report): string {
  const extendsPart =
    report.rules.extends.length > 0
      ? ` (extends: ${report.rules.extends.map((name) => safe(name, MAX_PATH_LENGTH)).join(', ')})`
      : '';
  const profile = report.rules.profile === undefined ? '' : ` · profile ${safe(report.rules.profile, MAX_PATH_LENGTH)}`;
  return `  Rules: ${safe(report.rules.source, MAX_PATH_LENGTH)}${extendsPart}${profile}`;
}

function categoryTable(report: Report, paint: Paint): string[] {
  const header = paint('dim', `  ${'Category'.padEnd(15)}${'Score'.padStart(7)}${'Rules'.padStart(7)}${'Failed'.padStart(8)}`);
  const rows = report.score.categories.map((category) => {
    const failed = String(category.failed).padStart(8);
    return `  ${category.category.padEnd(15)}${formatScore(category.score).padStart(7)}${String(category.rules).padStart(7)}${
      category.failed > 0 ? paint('red', failed) : failed
    }`;
  });
  return [header, ...rows];
}

function resultBlock(result: RuleResult, paint: Paint): string[] {
  const level = result.level;
  const head = `  ${paint(LEVEL_STYLE[level], LEVEL_MARK[level])} ${paint('bold', safe(result.id, MAX_PATH_LENGTH))}`;
  const lines = [`${head}  ${paint('dim', `${result.category} · ${formatImpact(result.impact.overall)}`)}`];
  lines.push(...wrapText(safe(result.message, MAX_MESSAGE_LENGTH), WIDTH, '    '));
  lines.push(...wrapText(safe(result.description, MAX_DESCRIPTION_LENGTH), WIDTH, '    ').map((line) => paint('dim', line)));
  const shown = result.evidence.findings.slice(0, FINDINGS_SHOWN);
  for (const finding of shown) {
    const location = safe(findingLocation(finding), MAX_PATH_LENGTH);
    const message = safe(finding.message, MAX_MESSAGE_LENGTH);
    lines.push(...(message === '' ? [`    ${location}`] : wrapText(message, WIDTH, '      ', `    ${location}  `)));
  }
  const more = result.evidence.findingCount - shown.length;
  if (more > 0) lines.push(paint('dim', `    … and ${more} more`));
  return lines;
}

function failedSections(report: Report, paint: Paint): string[] {
  const lines: string[] = [];
  for (const level of ACTIVE_LEVELS) {
    const results = failedResultsAt(report, level);
    if (results.length === 0) continue;
    lines.push('', paint(LEVEL_STYLE[level], paint('bold', `${LEVEL_HEADING[level]} (${results.length})`)));
    for (const [index, result] of results.entries()) {
      if (index > 0) lines.push('');
      lines.push(...resultBlock(result, paint));
    }
  }
  return lines;
}

function inventoryLine(report: Report): string {
  const { inventory } = report;
  const skipped = skippedTotal(report);
  const breakdown = skipped > 0 ? ` (${skippedBreakdown(report)})` : '';
  const source = inventory.source === 'git' ? 'git ls-files' : 'directory walk';
  return `Files: ${inventory.listed} listed, ${inventory.scanned} scanned, ${skipped} skipped${breakdown} · from ${source}`;
}

function metricsLines(report: Report): string[] {
  const items = KEY_METRICS.map((metric) => `${metric} ${metricValue(report, metric)}`);
  const [first = '', ...rest] = items;
  return wrapItems([`Metrics: ${first}`, ...rest], ' · ', WIDTH, '  ');
}

/** What a pull request (or `--base`) changed: files, new findings and each metric that moved. */
function changeLines(report: Report): string[] {
  const change = report.change;
  if (change === undefined) return [];
  const against = change.baseRef ? `${change.baseRef} (${change.baseSha.slice(0, 12)})` : change.baseSha.slice(0, 12);
  const moved = metricOrder(Object.keys(change.deltas)).map((metric) => describeDelta(metric, change.deltas[metric]?.delta ?? 0));
  const lines = [
    `  Change: ${plural(change.files.changed, 'file')} changed against ${terminalLine(against)} · ${plural(change.newFindings.length, 'new finding')} on added lines`,
  ];
  if (moved.length > 0) lines.push(...wrapItems([`  Moved: ${moved[0]}`, ...moved.slice(1)], ' · ', WIDTH, '    '));
  return lines;
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const passed = `${plural(report.counts.passed, 'rule')} passed, ${report.counts.notApplicable} not applicable`;
  const lines = [
    verdictLine(report, paint),
    `  Score: ${paint('bold', formatScore(report.score.overall))} / 100${scoreChange(report)} · ${passed}`,
    ...changeLines(report),
    ...(report.incomplete === undefined
      ? []
      : [paint('bold', `  Incomplete: the time budget ran out with ${plural(report.incomplete.unscanned, 'file')} unread`)]),
    rulesLine(report),
    '',
    ...categoryTable(report, paint),
    ...failedSections(report, paint),
    '',
    paint('dim', inventoryLine(report)),
    ...metricsLines(report).map((line) => paint('dim', line)),
  ];
  return neutraliseWorkflowCommands(lines.join('\n'));
}
