import { lstatSync } from 'node:fs';
import path from 'node:path';
import { pathCollectors, textCollectors } from './collectors/index.js';
import { evaluate } from './evaluation/evaluate.js';
import type { FailOn, Report } from './report.js';
import { METRIC_NAMES } from './rules/metric-catalog.js';
import { loadPresetRuleSet, loadRuleFile, type RuleSet } from './rules/load-rule-file.js';
import { assembleEvidence } from './scan/assemble-evidence.js';
import { scanRepository } from './scan/scan-repository.js';
import { VERSION } from './version.js';

export const DEFAULT_RULE_FILE = '.github/readiness.yml';
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export interface CheckOptions {
  /** The folder to scan. */
  root: string;
  /** A rule file chosen by the user: its absolute path and the name to show in messages. */
  config?: { path: string; display: string };
  failOn: FailOn;
  maxFileBytes?: number;
  debug?: (message: string) => void;
}

export interface CheckOutcome {
  report: Report;
  /** Things the user should know about the scan itself. */
  notes: string[];
}

/** The rules in force: `--config`, else `.github/readiness.yml` under the root, else `recommended`. */
export function resolveRuleSet(root: string, config: CheckOptions['config']): RuleSet {
  if (config !== undefined) return loadRuleFile(config.path, config.display);
  const defaultPath = path.join(root, DEFAULT_RULE_FILE);
  if (lstatSync(defaultPath, { throwIfNoEntry: false }) !== undefined) {
    return loadRuleFile(defaultPath, DEFAULT_RULE_FILE);
  }
  return loadPresetRuleSet('recommended');
}

export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const ruleSet = resolveRuleSet(options.root, options.config);
  const scan = await scanRepository(options.root, {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    textCollectors,
    pathCollectors,
    debug: options.debug,
  });
  const evidence = assembleEvidence(scan, METRIC_NAMES);
  const evaluation = evaluate({ evidence, paths: scan.paths, ruleSet, failOn: options.failOn });
  // Key order is the order people read the JSON in: the verdict first, the long findings list last.
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'readiness-gate', version: VERSION },
    verdict: evaluation.verdict,
    score: evaluation.score,
    counts: evaluation.counts,
    failOn: options.failOn,
    rules: { source: ruleSet.source, extends: ruleSet.extends },
    results: evaluation.results,
    inventory: evidence.inventory,
    metrics: evidence.metrics,
    byLanguage: evidence.byLanguage,
    findings: evidence.findings,
  };
  return { report, notes: scan.notes };
}
