// Which rules judge a check. runCheck loads this module once its scan has started (in the bundles it is a
// chunk of its own): the rule schema (zod) takes tens of milliseconds to load, and files are read meanwhile.
import path from 'node:path';
import type { EventName } from './change/change-evidence.js';
import { readBlobs } from './change/read-blobs.js';
import type { ChangeRequest, ResolvedChange } from './change/resolve-change.js';
import { describeRuleSetDifferences } from './evaluation/rule-set-differences.js';
import type { ChangeReport } from './report.js';
import {
  loadPresetRuleSet,
  loadRuleFile,
  loadRuleFileText,
  RuleFileError,
  ruleFileIsPresent,
  type RuleSet,
} from './rules/load-rule-file.js';
import type { CheckOptions } from './run-check.js';

export const DEFAULT_RULE_FILE = '.github/readiness.yml';

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

export interface RulesInForce {
  ruleSet: RuleSet;
  ruleFileChange?: ChangeReport['ruleFileChange'];
}

/**
 * A pull request that edits the rule file is judged by the base branch's rules, so it cannot weaken its own
 * gate; the report lists what its rules would change. Without the base commit the built-in rules apply.
 */
export async function rulesForChange(options: CheckOptions, request: ChangeRequest, resolved: ResolvedChange, prefix: string): Promise<RulesInForce> {
  const target = { baseRef: request.baseRef, event: request.event };
  const ruleFile = options.config
    ? path.relative(request.repositoryRoot, options.config.path).split(path.sep).join('/')
    : `${prefix}${DEFAULT_RULE_FILE}`;
  const display = options.config?.display ?? DEFAULT_RULE_FILE;
  const edited = resolved.changeSet.files.some((file) => file.path === ruleFile || file.previousPath === ruleFile);
  if (!edited) return { ruleSet: resolveRuleSet(options.root, options.config, target) };

  let base = loadPresetRuleSet('recommended');
  if (resolved.baseReadable) {
    const read = (await readBlobs(request.repositoryRoot, request.baseSha, [ruleFile])).get(ruleFile);
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
