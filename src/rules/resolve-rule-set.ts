// Resolves one rule file's text against its presets into a complete RuleSet, or throws every problem.
import { formatProblems, problemAt, type Problem } from './located-problems.js';
import { mergeRule, mergedRuleProblems, fromRule, toRule } from './merge.js';
import { parseRuleFileText } from './parse-rule-file-text.js';
import { RuleFileError, type Rule, type RuleSet } from './rule-set.js';
import type { PresetName, RawRule } from './schema.js';

/** Loads a preset; `chain` is the presets being resolved around it, outermost first, for cycles. */
export type PresetLoader = (name: PresetName, chain: readonly PresetName[]) => RuleSet;

export interface ResolveOptions {
  /** How problems name the file, e.g. `.github/readiness.yml`. */
  displayPath: string;
  /** `RuleSet.source`. */
  source: string;
  /** Presets already being resolved, when this text is itself a preset (ends with its own name). */
  chain: readonly PresetName[];
  loadPreset: PresetLoader;
}

export function resolveRuleFileText(text: string, options: ResolveOptions): RuleSet {
  const parsed = parseRuleFileText(text);
  const problems: Problem[] = [...parsed.problems];
  const merged = new Map<string, RawRule>();
  const presets = parsed.extends ?? [];

  for (const name of presets) {
    if (options.chain.includes(name)) {
      const cycle = [...options.chain, name].join(' → ');
      problems.push(
        problemAt(parsed.locator, ['extends'], 'value', `preset cycle ${cycle}; a preset cannot extend itself, directly or through another`),
      );
      continue;
    }
    for (const rule of options.loadPreset(name, options.chain).rules) {
      const existing = merged.get(rule.id);
      merged.set(rule.id, existing === undefined ? fromRule(rule) : mergeRule(existing, fromRule(rule)));
    }
  }

  // With an invalid `extends` every override would look like an incomplete new rule; skip those checks.
  const presetRuleIds = [...merged.keys()];
  for (const [id, own] of parsed.rules) {
    const base = merged.get(id);
    const rule = base === undefined ? own : mergeRule(base, own);
    merged.set(id, rule);
    if (parsed.extends === undefined) continue;
    for (const problem of mergedRuleProblems(id, rule, { base, presets, presetRuleIds })) {
      const { field } = problem;
      const path = field !== undefined && own[field] !== undefined ? ['rules', id, field] : ['rules', id];
      problems.push(problemAt(parsed.locator, path, 'key', problem.text));
    }
  }

  if (problems.length > 0) throw new RuleFileError(formatProblems(options.displayPath, problems));
  const rules = [...merged].map(([id, raw]) => toRule(id, raw)).filter((rule): rule is Rule => rule !== undefined);
  return { source: options.source, extends: [...presets], rules };
}
