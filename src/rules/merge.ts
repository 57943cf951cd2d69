// Merging a file's rules onto its presets' rules, and the checks only the merged rule can answer
// (is it complete? does it have exactly one check?).
import type { Check, Rule } from './rule-set.js';
import { CHECK_FIELDS, type RawRule } from './schema.js';
import { closestMatch, listInWords } from './suggest.js';

const CHECK_TYPES = ['metric', 'findings', 'exists'] as const;
/** Fields that bound a check rather than name one; given alone, they tighten the base rule's check. */
const BOUND_FIELDS = ['min', 'max', 'delta', 'new'] as const;

/**
 * Field by field. Naming a check type (metric, findings, exists) replaces the base's whole check; giving
 * only a bound (min, max, delta, new) tightens the base's check, so `todo-comments: { max: 0 }` does what it says.
 */
export function mergeRule(base: RawRule, override: RawRule): RawRule {
  const replacesCheck = CHECK_TYPES.some((field) => override[field] !== undefined);
  const merged: RawRule = { ...base };
  if (replacesCheck) for (const field of CHECK_FIELDS) delete merged[field];
  for (const [field, value] of Object.entries(override) as [keyof RawRule, never][]) {
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

export function fromRule(rule: Rule): RawRule {
  const raw: RawRule = { category: rule.category, level: rule.level, description: rule.description };
  const { check } = rule;
  if (check.type === 'metric') {
    raw.metric = check.metric;
    if (check.min !== undefined) raw.min = check.min;
    if (check.max !== undefined) raw.max = check.max;
  } else if (check.type === 'findings') {
    raw.findings = check.kind;
    raw.max = check.max;
  } else if (check.type === 'new') {
    raw.findings = check.kind;
    raw.new = check.max;
  } else if (check.type === 'delta') {
    raw.metric = check.metric;
    raw.delta = { ...(check.min === undefined ? {} : { min: check.min }), ...(check.max === undefined ? {} : { max: check.max }) };
  } else {
    raw.exists = check.globs;
  }
  if (rule.when !== undefined) raw.when = rule.when;
  return raw;
}

function checkOf(raw: RawRule): Check | undefined {
  if (raw.metric !== undefined && raw.delta !== undefined) {
    return { type: 'delta', metric: raw.metric, min: raw.delta.min, max: raw.delta.max };
  }
  if (raw.metric !== undefined) return { type: 'metric', metric: raw.metric, min: raw.min, max: raw.max };
  if (raw.findings !== undefined && raw.new !== undefined) return { type: 'new', kind: raw.findings, max: raw.new };
  if (raw.findings !== undefined) return { type: 'findings', kind: raw.findings, max: raw.max ?? 0 };
  if (raw.exists !== undefined) return { type: 'exists', globs: typeof raw.exists === 'string' ? [raw.exists] : raw.exists };
  return undefined;
}

/** The rule evaluation reads, or undefined when it is incomplete (only allowed for rules that are off). */
export function toRule(id: string, raw: RawRule): Rule | undefined {
  const check = checkOf(raw);
  const { category, level, description, when } = raw;
  if (check === undefined || category === undefined || level === undefined || description === undefined) return undefined;
  if (check.type === 'metric' || check.type === 'delta') {
    if (check.min === undefined) delete check.min;
    if (check.max === undefined) delete check.max;
  }
  return { id, category, level, description, check, ...(when === undefined ? {} : { when }) };
}

/** A problem with a merged rule; `fields` are the keys to point at, the first the file has. */
export interface MergedRuleProblem {
  fields?: readonly (keyof RawRule)[];
  text: string;
}

export interface MergeContext {
  /** The rule as the presets define it, when they do. */
  base: RawRule | undefined;
  /** The presets the file extends, to name them in messages. */
  presets: readonly string[];
  /** Every rule id the presets define, for "did you mean". */
  presetRuleIds: readonly string[];
}

function checkAsYaml(raw: RawRule): string {
  if (raw.metric !== undefined) return `metric: ${raw.metric}`;
  if (raw.findings !== undefined) return `findings: ${raw.findings}`;
  return `exists: ${JSON.stringify(raw.exists)}`;
}

function unknownOverride(id: string, context: MergeContext): string {
  if (context.presets.length === 0) {
    return `this file extends no preset, so "${id}" is a new rule; add "extends: recommended" to change a built-in rule, or give category, level, description and a check`;
  }
  const match = closestMatch(id, context.presetRuleIds);
  const hint = match === undefined ? 'a new rule needs category, level, description and a check' : `did you mean "${match}"?`;
  return `no rule "${id}" in ${listInWords(context.presets)} to change; ${hint}`;
}

export function mergedRuleProblems(id: string, merged: RawRule, context: MergeContext): MergedRuleProblem[] {
  const checks = CHECK_TYPES.filter((type) => merged[type] !== undefined);
  const isNew = context.base === undefined;
  if (isNew && checks.length === 0 && merged.category === undefined && merged.description === undefined) {
    return [{ text: unknownOverride(id, context) }];
  }
  if (merged.level === 'off') return [];
  const problems: MergedRuleProblem[] = [];
  const missing = (['category', 'level', 'description'] as const).filter((field) => merged[field] === undefined);
  if (missing.length > 0) {
    problems.push({
      text: `missing ${listInWords(missing, 'and')}; every rule needs category, level, description and one check`,
    });
  }
  problems.push(...checkProblems(merged, checks, context.base));
  return problems;
}

const INTEGER_OR_ZERO = (value: number) => Number.isInteger(value) && value >= 0;

function checkProblems(merged: RawRule, checks: readonly (typeof CHECK_TYPES)[number][], base: RawRule | undefined): MergedRuleProblem[] {
  const bound = BOUND_FIELDS.find((field) => merged[field] !== undefined);
  const [first, second] = checks;
  if (first === undefined) {
    if (bound === undefined) {
      return [{ text: 'no check; add one of metric (with min and/or max, or delta), findings (with max or new) or exists' }];
    }
    const hint =
      base === undefined
        ? 'add metric (with min and/or max, or delta) or findings (with max or new)'
        : `a change to a check restates the whole check, e.g. ${checkAsYaml(base)}`;
    return [{ fields: [bound], text: `${bound} has no check to apply to; ${hint}` }];
  }
  if (second !== undefined) {
    return [{ fields: [second], text: `a rule has exactly one check, but this one has ${listInWords(checks, 'and')}; split it into one rule per check` }];
  }
  if (first === 'metric') return metricProblems(merged);
  if (first === 'findings') return findingsProblems(merged);
  return BOUND_FIELDS.filter((field) => merged[field] !== undefined).map((field) => ({
    fields: [field],
    text: `${field} does not apply to an exists check; exists takes only globs`,
  }));
}

function metricProblems(merged: RawRule): MergedRuleProblem[] {
  const { metric, min, max, delta } = merged;
  const problems: MergedRuleProblem[] = [];
  if (merged.new !== undefined) {
    problems.push({
      fields: ['new'],
      text: `new does not apply to a metric check; to limit how a pull request moves ${metric}, use delta, e.g. delta: { max: 0 }`,
    });
  }
  if (delta !== undefined) {
    if (min !== undefined || max !== undefined) {
      problems.push({
        fields: ['delta', min !== undefined ? 'min' : 'max'],
        text: "a rule has one limit: min and max bound the whole repository's value, delta bounds how the pull request moves it; split it into two rules",
      });
    } else if (delta.min === undefined && delta.max === undefined) {
      problems.push({ fields: ['delta'], text: 'delta needs min and/or max, e.g. delta: { min: 0 } (may not drop)' });
    } else if (delta.min !== undefined && delta.max !== undefined && delta.min > delta.max) {
      problems.push({ fields: ['delta'], text: `delta min ${delta.min} is above max ${delta.max}, so the rule can never pass` });
    }
    return problems;
  }
  if (min === undefined && max === undefined) {
    problems.push({ fields: ['metric'], text: 'a metric check needs min and/or max, or delta, e.g. min: 1' });
  } else if (min !== undefined && max !== undefined && min > max) {
    problems.push({ fields: ['min'], text: `min ${min} is above max ${max}, so the rule can never pass` });
  }
  return problems;
}

function findingsProblems(merged: RawRule): MergedRuleProblem[] {
  const { findings: kind, min, max, delta } = merged;
  const problems: MergedRuleProblem[] = [];
  if (min !== undefined) {
    problems.push({ fields: ['min'], text: 'min does not apply to a findings check; a finding budget takes only max' });
  }
  if (delta !== undefined) {
    problems.push({
      fields: ['delta'],
      text: `delta does not apply to a findings check; to limit how a pull request moves ${kind}, use metric: ${kind} with delta`,
    });
  }
  if (merged.new !== undefined && max !== undefined) {
    problems.push({
      fields: ['new', 'max'],
      text: 'a rule has one budget: max counts the whole repository, new counts what the pull request adds; split it into two rules',
    });
    return problems;
  }
  if (max !== undefined && !INTEGER_OR_ZERO(max)) {
    problems.push({ fields: ['max'], text: `${max} is not a finding budget; use a whole number of findings, 0 or more` });
  }
  if (merged.new !== undefined && !INTEGER_OR_ZERO(merged.new)) {
    problems.push({ fields: ['new'], text: `${merged.new} is not a budget of new findings; use a whole number, 0 or more` });
  }
  return problems;
}
