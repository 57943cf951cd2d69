// SARIF 2.1.0 for code scanning: one result per finding of every failed rule, keyed by a fingerprint
// that ignores the line number, so an alert survives code moving above it.
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import { createHash } from 'node:crypto';
import type { Finding } from '../evidence.js';
import type { ActiveLevel, Report, RuleResult } from '../report.js';
import { ACTIVE_LEVELS } from './report-view.js';
import type { SarifLog, SarifResult, SarifRule } from './sarif-types.js';

export interface SarifOptions {
  /** Code scanning accepts at most 25,000 results per run. */
  maxResults?: number;
  /** The scanned folder inside the repository ('' or ending in '/'): code scanning resolves URIs from the root. */
  pathPrefix?: string;
}

export const MAX_SARIF_RESULTS = 25_000;
export const FINGERPRINT_KEY = 'readinessFinding/v1';
const INFORMATION_URI = 'https://github.com/readiness-gate/readiness-gate';

const SARIF_LEVEL: Record<ActiveLevel, SarifRule['defaultConfiguration']['level']> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

type FindingsByKind = ReadonlyMap<string, Finding[]>;

/** Failed rules whose failure is about findings (too many of something), most severe level first. */
function rulesWithFindings(report: Report): RuleResult[] {
  return ACTIVE_LEVELS.flatMap((level) =>
    report.results.filter((result) => result.status === 'fail' && result.level === level && result.evidence.findingCount > 0),
  );
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0);
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}

/**
 * Every finding behind the rule, not only the ones the report kept in `evidence.findings`: all
 * findings of its kind, or, for a rule that judges only added lines (its count says so), the
 * pull request's new findings of that kind.
 */
function findingsOf(result: RuleResult, all: FindingsByKind, added: FindingsByKind): Finding[] {
  const { metric: kind, findingCount, findings: kept } = result.evidence;
  const candidates = kind === undefined ? [] : [all.get(kind) ?? [], added.get(kind) ?? []];
  const complete = candidates.find((findings) => findings.length === findingCount) ?? kept;
  return [...complete].sort(compareFindings);
}

/**
 * sha256 of rule id, file, message and the occurrence index among findings with the same three:
 * the line is left out so the alert keeps its identity when lines above it are added or removed.
 */
export function findingFingerprint(ruleId: string, file: string, message: string, occurrence: number): string {
  return createHash('sha256').update([ruleId, file, message, String(occurrence)].join('\u0000')).digest('hex');
}

/** A relative URI: each path segment percent-encoded, so `#` or `?` in a name stays part of the path. */
function artifactUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function toSarifRule(result: RuleResult): SarifRule {
  const { metric, expected } = result.evidence;
  const check = metric === undefined ? '' : `Checks ${[metric, expected].filter((part) => part !== undefined).join(' ')}.`;
  return {
    id: result.id,
    name: result.id,
    shortDescription: { text: result.description },
    fullDescription: { text: [result.description, check].filter((part) => part !== '').join(' ') },
    defaultConfiguration: { level: SARIF_LEVEL[result.level] },
    properties: { category: result.category, tags: ['readiness', result.category] },
  };
}

function toSarifResult(result: RuleResult, ruleIndex: number, finding: Finding, occurrence: number, pathPrefix: string): SarifResult {
  const region =
    finding.line > 0 ? { region: { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) } } : {};
  return {
    ruleId: result.id,
    ruleIndex,
    level: SARIF_LEVEL[result.level],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(`${pathPrefix}${finding.file}`), uriBaseId: '%SRCROOT%' }, ...region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(result.id, finding.file, finding.message, occurrence) },
  };
}

function kindIndex(findings: readonly Finding[]): FindingsByKind {
  const byKind = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byKind.get(finding.kind);
    if (list === undefined) byKind.set(finding.kind, [finding]);
    else list.push(finding);
  }
  return byKind;
}

export function renderSarif(report: Report, options: SarifOptions = {}): SarifLog {
  const maxResults = Math.max(0, options.maxResults ?? MAX_SARIF_RESULTS);
  const failed = rulesWithFindings(report);
  const all = kindIndex(report.findings);
  const added = kindIndex(report.change?.newFindings ?? []);
  const results: SarifResult[] = [];
  let total = 0;
  failed.forEach((result, ruleIndex) => {
    const occurrences = new Map<string, number>();
    for (const finding of findingsOf(result, all, added)) {
      total += 1;
      // Counted before the cap, so a finding's fingerprint does not depend on how many fit.
      const key = `${finding.file}\u0000${finding.message}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      if (results.length < maxResults) results.push(toSarifResult(result, ruleIndex, finding, occurrence, options.pathPrefix ?? ''));
    }
  });
  const truncated =
    total > results.length
      ? {
          properties: {
            truncated: true as const,
            note: `${results.length} of ${total} results included (code scanning accepts ${maxResults} per run); the JSON report has them all`,
          },
        }
      : {};
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'readiness-gate', version: report.tool.version, informationUri: INFORMATION_URI, rules: failed.map(toSarifRule) } },
        results,
        ...truncated,
      },
    ],
  };
}
