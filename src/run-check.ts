import path from 'node:path';
import { changeEvidenceOf, type ChangeRequest, ensureChangeCommits, readBaseTexts, resolveChangeSet, type ResolvedChange } from './change/resolve-change.js';
import { pathCollectors, textCollectors } from './collectors/index.js';
import { evaluate } from './evaluation/evaluate.js';
import { evaluatePullRequest } from './evaluation/evaluate-pull-request.js';
import type { Finding } from './evidence.js';
import type { ChangeReport, FailOn, Report } from './report.js';
import { METRIC_NAMES } from './rules/metric-catalog.js';
import type { RulesInForce } from './rules-in-force.js';
import { collectReportEvidence } from './artefacts/collect-report-evidence.js';
import { assembleEvidence } from './scan/assemble-evidence.js';
import { bundledParallelism } from './scan/parallelism.js';
import { cacheIdentity, scanCodeIdentity } from './scan/scan-cache.js';
import { type ScanResult, scanRepository } from './scan/scan-repository.js';
import { VERSION } from './version.js';

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

/** The scanned folder's path inside the repository: '' or ending in '/'. */
function folderPrefix(repositoryRoot: string, root: string): string {
  const relative = path.relative(repositoryRoot, root).split(path.sep).join('/');
  return relative === '' ? '' : `${relative}/`;
}

export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const notes: string[] = [];
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const request = options.change;
  // A commit the clone lacks (a shallow checkout) is fetched before the scan starts: git fetch blocks this
  // thread, and would hold the scan up while its time budget runs. The rest of the change is resolved once the
  // scan has started, so files are read (and git lists the untracked ones) while git diffs the base, the rules
  // load and git reads the changed files' base texts; a rule file with problems, or a change that cannot be
  // judged at all, stops the scan (and waits for its threads) before the problem is reported.
  const commits = request === undefined ? undefined : ensureChangeCommits(request);
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
  let resolved: ResolvedChange | undefined;
  let prefix = '';
  let rules: RulesInForce;
  let scan: ScanResult;
  let reportFindings: Finding[];
  let baseTexts: ReadonlyMap<string, string>;
  try {
    if (request !== undefined && commits !== undefined) {
      const outcome = await resolveChangeSet(request, commits);
      if ('unavailable' in outcome) notes.push(`judging the whole repository only: ${outcome.unavailable}`);
      else {
        resolved = outcome;
        notes.push(...outcome.notes);
        prefix = folderPrefix(request.repositoryRoot, options.root);
      }
    }
    const { resolveRuleSet, rulesForChange } = await import('./rules-in-force.js');
    rules =
      request && resolved
        ? await rulesForChange(options, request, resolved, prefix)
        : { ruleSet: resolveRuleSet(options.root, options.config, { baseRef: request?.baseRef, event: request?.event }) };
    // The changed files' base texts, read by git while the scan goes on.
    const reading = request && resolved ? readBaseTexts(request, resolved, prefix, maxFileBytes) : new Map<string, string>();
    [scan, reportFindings, baseTexts] = await Promise.all([scanning, reporting ?? [], reading]);
  } catch (error) {
    stopScan.abort();
    await Promise.allSettled([scanning, reporting]);
    throw error;
  }
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
      baseTexts,
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
