// The blocks of the pull-request comment, rendered under a plan that says how much detail fits.
// Every string from the repository or a rule file goes through markdown-escape; the marker and the
// caller's notes are trusted.
import type { ActiveLevel, Report } from '../report.js';
import {
  type FailedGroups,
  type FindingCaps,
  type RuleFindings,
  type ShownFindings,
  allocateFindings,
  indexNewFindings,
} from './change-findings.js';
import { changeTable, hasMovedMetrics, ruleFileNote, scoreChange } from './change-sections.js';
import { findingList } from './finding-list.js';
import { codeSpan, escapeInline, escapeText } from './markdown-escape.js';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_MESSAGE_LENGTH,
  MAX_PATH_LENGTH,
  clip,
  failedCountPhrases,
  formatScore,
  plural,
} from './report-view.js';

export interface CommentPlan {
  /** Findings that may be shown in the whole comment: new ones of every rule first. */
  findingBudget: number;
  /** Failed errors and warnings that get a section. */
  ruleBudget: number;
  showNotices: boolean;
  /** The "What this PR changed" table and the list of rule-file differences. */
  showChangeDetails: boolean;
}

export const FULL_COMMENT_PLAN: CommentPlan = {
  findingBudget: Number.POSITIVE_INFINITY,
  ruleBudget: Number.POSITIVE_INFINITY,
  showNotices: true,
  showChangeDetails: true,
};

/** A reviewer wants every line the PR added; the older findings are context, and the job summary has more. */
export const COMMENT_CAPS: FindingCaps = { fresh: 50, others: 5, total: 55 };

const VERDICT = { pass: '✔ Readiness gate passed', fail: '✖ Readiness gate failed' } as const;
const LEVEL_MARK: Record<ActiveLevel, string> = { error: '✖', warning: '▲', notice: '●' };

export function headingLine(report: Report): string {
  return `### ${VERDICT[report.verdict]} · score ${formatScore(report.score.overall)}${scoreChange(report)}`;
}

export function countsLine(report: Report): string {
  const failed = failedCountPhrases(report);
  const profile = report.rules.profile === undefined ? [] : [`profile ${codeSpan(clip(report.rules.profile, MAX_PATH_LENGTH))}`];
  return [failed.length > 0 ? failed.join(' · ') : 'no failed rules', `fail-on: ${report.failOn}`, ...profile].join(' · ');
}

/** The line before the rules: how many failed-rule findings sit on added lines. */
export function newFindingsLine(report: Report, groups: FailedGroups): string {
  const fresh = [...groups.blocking, ...groups.notices].reduce((sum, group) => sum + group.fresh.length, 0);
  if (fresh > 0) return `**${plural(fresh, 'new finding')}** on the lines this pull request adds, listed first.`;
  if ((report.change?.newFindings.length ?? 0) === 0) return 'No findings on the lines this pull request adds.';
  return 'No failed rule has findings on the lines this pull request adds.';
}

function ruleSection(group: RuleFindings, shown: ShownFindings, linkBase: string | undefined): string {
  const { result } = group;
  const heading = `#### ${LEVEL_MARK[result.level]} ${codeSpan(clip(result.id, MAX_PATH_LENGTH))} · ${result.level} · ${escapeText(result.category)}`;
  const explanation = [
    escapeInline(clip(result.message, MAX_MESSAGE_LENGTH)),
    escapeInline(clip(result.description, MAX_DESCRIPTION_LENGTH)),
  ]
    .filter((text) => text !== '')
    .join(' — ');
  const list = findingList(shown, linkBase);
  return [heading, explanation, ...(list === undefined ? [] : [list])].filter((block) => block !== '').join('\n\n');
}

export interface RuleBlocks {
  blocks: string[];
  findingsShown: number;
  rulesShown: number;
}

export function ruleBlocks(groups: FailedGroups, plan: CommentPlan, linkBase: string | undefined): RuleBlocks {
  const detailed = groups.blocking.slice(0, plan.ruleBudget);
  const notices = plan.showNotices ? groups.notices : [];
  const shown = allocateFindings([...detailed, ...notices], COMMENT_CAPS, plan.findingBudget);
  const sections = [...detailed, ...notices].map((group, position) => {
    const allocation = shown[position];
    return allocation === undefined ? '' : ruleSection(group, allocation, linkBase);
  });
  const blocks = sections.slice(0, detailed.length);
  if (notices.length > 0) {
    blocks.push(`<details>\n<summary>${plural(notices.length, 'notice')}</summary>`, ...sections.slice(detailed.length), '</details>');
  }
  const findingsShown = shown.reduce((sum, allocation) => sum + allocation.fresh.length + allocation.others.length, 0);
  return { blocks, findingsShown, rulesShown: detailed.length + notices.length };
}

/** The table and the rule-file note; the score change is in the heading. */
export function changeBlocks(report: Report, plan: CommentPlan): string[] {
  const change = report.change;
  if (change === undefined) return [];
  const table = plan.showChangeDetails ? changeTable(change, indexNewFindings(report)) : undefined;
  const note = ruleFileNote(change, plan.showChangeDetails);
  return [...(table === undefined ? [] : [`#### What this PR changed\n\n${table}`]), ...(note === undefined ? [] : [note])];
}

function filesPhrase(report: Report): string | undefined {
  const change = report.change;
  if (change === undefined) return undefined;
  const { changed, added, removed, renamed, binary } = change.files;
  const parts = Object.entries({ added, removed, renamed, binary })
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${plural(changed, 'file')} changed${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** Short commit ids are enough for a reader; the links carry the full head SHA. */
function commitsPhrase(report: Report): string | undefined {
  const change = report.change;
  if (change === undefined) return undefined;
  return `base ${codeSpan(change.baseSha.slice(0, 7))} → head ${codeSpan(change.headSha.slice(0, 7))}`;
}

export function footerBlocks(report: Report): string[] {
  const rules = `Rules: ${codeSpan(clip(report.rules.source, MAX_PATH_LENGTH))}`;
  const line = [rules, filesPhrase(report), commitsPhrase(report), `${report.tool.name} ${escapeText(report.tool.version)}`]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
  const change = report.change;
  if (change === undefined || !change.truncated) return ['---', line];
  const truncated =
    change.source === 'api'
      ? `The change set came from the pull-request files API, which stopped after ${plural(change.files.changed, 'file')}: files beyond those were not judged as changed.`
      : `The change set was truncated after ${plural(change.files.changed, 'file')}: files beyond those were not judged as changed.`;
  return ['---', line, truncated];
}

/** Nothing failed, no metric moved, the rules and the change set are whole: say only that. */
export function isQuiet(report: Report, groups: FailedGroups): boolean {
  const change = report.change;
  const failed = groups.blocking.length + groups.notices.length;
  if (failed > 0) return false;
  if (change === undefined) return true;
  return !hasMovedMetrics(change) && change.ruleFileChange === undefined && !change.truncated;
}
