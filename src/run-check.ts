import path from 'node:path';
import type { EventName } from './change/change-evidence.js';
import { readBlobs } from './change/read-blobs.js';
import { changeEvidenceOf, type ChangeRequest, resolveChangeSet, type ResolvedChange } from './change/resolve-change.js';
import { pathCollectors, textCollectors } from './collectors/index.js';
import { evaluate } from './evaluation/evaluate.js';
import { evaluatePullRequest } from './evaluation/evaluate-pull-request.js';
import { describeRuleSetDifferences } from './evaluation/rule-set-differences.js';
import type { ChangeReport, FailOn, Report } from './report.js';
import { METRIC_NAMES } from './rules/metric-catalog.js';
import {
  loadPresetRuleSet,
  loadRuleFile,
  loadRuleFileText,
  RuleFileError,
  ruleFileIsPresent,
  type RuleSet,
} from './rules/load-rule-file.js';
import { collectReportEvidence } from './artefacts/collect-report-evidence.js';
import { assembleEvidence } from './scan/assemble-evidence.js';
import { bundledParallelism } from './scan/parallelism.js';
import { cacheIdentity, scanCodeIdentity } from './scan/scan-cache.js';
import { scanRepository } from './scan/scan-repository.js';
import { VERSION } from './version.js';

export const DEFAULT_RULE_FILE = '.github/readiness.yml';
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export interface CheckOptions {
  /** The folder to scan. */
  root: string;
  /**
   * A rule file chosen by the user: its absolute path, the name to show in messages, and the repository it
   * may lie in (default `root`), below which no folder on its path may be a symbolic link.
   */
  config?: { path: string; display: string; root?: string };
  failOn: FailOn;
  maxFileBytes?: number;
  debug?: (message: string) => void;
  /** Judge this change too (pull-request mode). */
  change?: ChangeRequest;
  /** Wall-clock budget for the scan in milliseconds; when it runs out the report is marked incomplete. */
  timeBudgetMs?: number;
  /**
   * Absolute path of the scan cache: findings of unchanged tracked files are taken from it, and it is
   * written anew for the next run (see scan/scan-cache.ts).
   */
  cacheFile?: string;
  /** Test and coverage reports CI wrote before the scan: globs (the built-in ones when absent) or off. */
  reports?: { testReportGlobs?: readonly string[]; coverageGlobs?: readonly string[] } | false;
}

export interface CheckOutcome {
  report: Report;
  /** Things the user should know about the scan itself. */
  notes: string[];
}

interface RuleTarget {
  baseRef?: string;
  event?: EventName;
}

/** The rules in force: `--config`, else `.github/readiness.yml` under the root, else `recommended`. */
export function resolveRuleSet(root: string, config: CheckOptions['config'], target: RuleTarget = {}): RuleSet {
  if (config !== undefined) return loadRuleFile(config.path, config.display, target, config.root ?? root);
  const defaultPath = path.join(root, DEFAULT_RULE_FILE);
  if (ruleFileIsPresent(defaultPath)) return loadRuleFile(defaultPath, DEFAULT_RULE_FILE, target, root);
  return loadPresetRuleSet('recommended');
}

/** The scanned folder's path inside the repository: '' or ending in '/'. */
function folderPrefix(repositoryRoot: string, root: string): string {
  const relative = path.relative(repositoryRoot, root).split(path.sep).join('/');
  return relative === '' ? '' : `${relative}/`;
}

interface RulesInForce {
  ruleSet: RuleSet;
  ruleFileChange?: ChangeReport['ruleFileChange'];
}

/**
 * A pull request that edits the rule file is judged by the base branch's rules, so it cannot weaken its own
 * gate; the report lists what its rules would change. Without the base commit the built-in rules apply.
 */
function rulesForChange(options: CheckOptions, request: ChangeRequest, resolved: ResolvedChange, prefix: string): RulesInForce {
  const target = { baseRef: request.baseRef, event: request.event };
  const ruleFile = options.config
    ? path.relative(request.repositoryRoot, options.config.path).split(path.sep).join('/')
    : `${prefix}${DEFAULT_RULE_FILE}`;
  const display = options.config?.display ?? DEFAULT_RULE_FILE;
  const edited = resolved.changeSet.files.some((file) => file.path === ruleFile || file.previousPath === ruleFile);
  if (!edited) return { ruleSet: resolveRuleSet(options.root, options.config, target) };

  let base = loadPresetRuleSet('recommended');
  if (resolved.baseReadable) {
    const read = readBlobs(request.repositoryRoot, request.baseSha, [ruleFile]).get(ruleFile);
    if (read !== undefined && 'content' in read) base = loadRuleFileText(read.content.toString('utf8'), `${display} (base)`, target);
  }
  let differences: string[];
  try {
    differences = describeRuleSetDifferences(base, resolveRuleSet(options.root, options.config, target));
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    differences = [`the pull request's rule file has problems: ${error.problems.join('; ')}`];
  }
  return { ruleSet: base, ruleFileChange: { path: display, differences } };
}

export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const notes: string[] = [];
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let resolved: ResolvedChange | undefined;
  if (options.change !== undefined) {
    const outcome = await resolveChangeSet(options.change);
    if ('unavailable' in outcome) notes.push(`judging the whole repository only: ${outcome.unavailable}`);
    else {
      resolved = outcome;
      notes.push(...outcome.notes);
    }
  }
  const request = options.change;
  const prefix = request && resolved ? folderPrefix(request.repositoryRoot, options.root) : '';
  // The scan starts first, so the first files are read while the rules load; a rule file with problems
  // stops it (and waits for its threads) before the problems are reported.
  const stopScan = new AbortController();
  const scanning = scanRepository(options.root, {
    maxFileBytes,
    textCollectors,
    pathCollectors,
    debug: options.debug,
    parallel: bundledParallelism(),
    signal: stopScan.signal,
    ...(options.cacheFile === undefined
      ? {}
      : { cache: { file: options.cacheFile, identity: cacheIdentity(scanCodeIdentity(), maxFileBytes, textCollectors.map((collector) => collector.id)) } }),
    ...(options.timeBudgetMs === undefined ? {} : { deadline: Date.now() + options.timeBudgetMs }),
  });
  // Reports live where CI wrote them (often ignored folders), so they are found by their own walk, which
  // lists folders on libuv's threads while the scan reads files.
  const reporting = options.reports === false ? undefined : collectReportEvidence(options.root, { ...options.reports, nowMs: Date.now() });
  let rules: RulesInForce;
  try {
    rules =
      request && resolved
        ? rulesForChange(options, request, resolved, prefix)
        : { ruleSet: resolveRuleSet(options.root, options.config, { baseRef: request?.baseRef, event: request?.event }) };
  } catch (error) {
    stopScan.abort();
    await Promise.allSettled([scanning, reporting]);
    throw error;
  }
  const [scan, reportFindings] = await Promise.all([scanning, reporting ?? []]);
  notes.push(...scan.notes);
  if (scan.cache !== undefined) options.debug?.(`scan cache: the findings of ${scan.cache.reused} of ${scan.listed} listed files came from it`);
  if (scan.incomplete !== undefined) {
    notes.push(
      `the scan stopped at its time budget with ${scan.incomplete.unscanned} files unread; the report covers what was read, and the gate fails because it cannot vouch for the rest (raise the time budget)`,
    );
  }
  scan.findings.push(...reportFindings);
  const evidence = assembleEvidence(scan, METRIC_NAMES);
  const input = { evidence, paths: scan.paths, ruleSet: rules.ruleSet, failOn: options.failOn };

  let change: ChangeReport | undefined;
  let evaluation = undefined;
  if (request && resolved) {
    const { evidence: changeEvidence, changeSet } = changeEvidenceOf({
      request,
      resolved,
      prefix,
      scan,
      maxFileBytes,
      textCollectors,
      pathCollectors,
    });
    const pullRequest = evaluatePullRequest({ ...input, change: changeEvidence, changedFiles: changeSet.files });
    evaluation = pullRequest;
    change = {
      ...changeEvidence,
      baseScore: pullRequest.baseScore,
      scoreDelta: pullRequest.scoreDelta,
      ...(rules.ruleFileChange === undefined ? {} : { ruleFileChange: rules.ruleFileChange }),
    };
  } else {
    evaluation = evaluate(input);
  }

  // Key order is the order people read the JSON in: the verdict first, the long findings list last.
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'readiness-gate', version: VERSION },
    // An incomplete scan cannot pass a gate: it did not look at everything (fail-on: never still passes).
    verdict: scan.incomplete !== undefined && options.failOn !== 'never' ? 'fail' : evaluation.verdict,
    score: evaluation.score,
    counts: evaluation.counts,
    failOn: options.failOn,
    rules: {
      source: rules.ruleSet.source,
      extends: rules.ruleSet.extends,
      ...(rules.ruleSet.profile === undefined ? {} : { profile: rules.ruleSet.profile }),
    },
    results: evaluation.results,
    ...(scan.incomplete === undefined ? {} : { incomplete: scan.incomplete }),
    ...(change === undefined ? {} : { change }),
    inventory: evidence.inventory,
    metrics: evidence.metrics,
    byLanguage: evidence.byLanguage,
    findings: evidence.findings,
  };
  return { report, notes };
}
